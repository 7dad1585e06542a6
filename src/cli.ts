import { Argument, Command, CommanderError, Option } from "commander";
import { type CommandSpec, commands, type Loader, type OptionSpec } from "./command-list.js";
import type { Context } from "./context.js";
import { isIsoDate } from "./domain/dates.js";
import { ExitError } from "./errors.js";
import { damagedJournalError } from "./db/journal-files.js";
import { journalPath } from "./db/path.js";
import { setColour } from "./ui/colour.js";
import { say } from "./ui/output.js";
import { forTerminal, visibleLines } from "./ui/visible.js";
import { fitLines, helpWidth, outputWidth, setWidth } from "./ui/width.js";
import pkg from "../package.json" with { type: "json" };

// The program: global options, and the commands of src/command-list.ts, each module imported only when it runs.

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function contextFrom(command: Command): Context {
  const opts = command.optsWithGlobals<{ db?: string; json?: boolean; color?: boolean; input?: boolean }>();
  const today = process.env.NET_TODAY?.trim() || localToday();
  if (!isIsoDate(today))
    throw new ExitError(
      `NET_TODAY must be a date like 2026-11-22, not "${process.env.NET_TODAY}"`,
      2,
      "Unset NET_TODAY to use the real date.",
    );
  const noColorEnv = (process.env.NO_COLOR ?? "") !== "";
  // FORCE_COLOR, as chalk and Node read it, asks for colour where stdout is not a terminal (a pager: net due | less -R).
  const forceColour = !["", "0", "false"].includes(process.env.FORCE_COLOR ?? "");
  const color = (Boolean(process.stdout.isTTY) || forceColour) && opts.color !== false && !noColorEnv;
  return {
    today,
    now: new Date().toISOString(),
    dbPath: journalPath(opts.db, process.env),
    json: Boolean(opts.json),
    // Read only when asked: Node makes process.stdin and process.stderr on first use, which for a pipe or a terminal
    // loads its socket code (about 4 ms), and most commands never prompt nor show progress.
    get interactive() {
      return Boolean(process.stdout.isTTY && process.stdin.isTTY) && opts.input !== false;
    },
    color,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    width: outputWidth(process.env, process.stdout),
    get stderrIsTTY() {
      return Boolean(process.stderr.isTTY);
    },
  };
}

function act(load: Loader, program?: Command) {
  return async (...args: unknown[]) => {
    const command = args.at(-1) as Command;
    const ctx = contextFrom(command);
    setWidth(ctx.width);
    const [{ run }] = await Promise.all([load(), setColour(ctx.color)]);
    await (program ? run(ctx, program, ...args.slice(0, -1)) : run(ctx, ...args.slice(0, -1)));
  };
}

function example(lines: readonly string[]): string {
  return `\nExample${lines.length > 1 ? "s" : ""}:\n${lines.map((l) => `  $ ${l}`).join("\n")}`;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function optionFrom(spec: OptionSpec): Option {
  const option = new Option(spec.flags, spec.description);
  if (spec.repeatable) option.argParser(collect);
  if (spec.default !== undefined) option.default(spec.default);
  return option;
}

const rootOf = (command: Command): Command => (command.parent ? rootOf(command.parent) : command);

function addCommand(parent: Command, spec: CommandSpec): void {
  const cmd = parent.command(spec.name, { ...(spec.isDefault ? { isDefault: true } : {}), ...(spec.hidden ? { hidden: true } : {}) });
  if (spec.alias) cmd.alias(spec.alias);
  if (spec.group) cmd.helpGroup(spec.group);
  for (const [syntax, description, choices] of spec.args ?? []) {
    const argument = new Argument(syntax, description);
    cmd.addArgument(choices ? argument.choices(choices) : argument);
  }
  cmd.description(spec.description);
  for (const option of spec.options ?? []) cmd.addOption(optionFrom(option));
  const examples = spec.examples?.length ? example(spec.examples) : "";
  if (spec.notes || examples) cmd.addHelpText("after", spec.notes ? `\n${spec.notes}\n${examples}` : examples);
  if (spec.run) cmd.action(act(spec.run, spec.readsProgram ? rootOf(parent) : undefined));
  for (const sub of spec.commands ?? []) addCommand(cmd, sub);
}

export function buildProgram(): Command {
  const program = new Command("net")
    .description("A networking journal: log conversations, keep your promises, and know who you can ask.")
    .version(pkg.version, "-V, --version")
    .option("--db <path>", "journal file (default: $NET_DB, else the user data directory)")
    .option("--json", "print one JSON document on stdout")
    .option("--no-color", "no colour (also: NO_COLOR=1)")
    .option("--no-input", "never prompt; fail with a hint instead")
    .showHelpAfterError("(run with --help for usage)")
    // Descriptions wrap even beside long option names, so no help line passes the width.
    .configureHelp({ minWidthToWrap: 10 })
    // commander's own errors quote what was typed: through the same boundary as every other message.
    .configureOutput({
      writeErr: (text) => process.stderr.write(fitLines(forTerminal(text, false), outputWidth(process.env, process.stdout))),
      // A pipe without COLUMNS gets whole example lines, to copy; commander still lays out descriptions at 80.
      writeOut: (text) => process.stdout.write(fitLines(text, outputWidth(process.env, process.stdout))),
      // Help wraps to the same width as every other output; 80 in a pipe without COLUMNS.
      getOutHelpWidth: () => helpWidth(outputWidth(process.env, process.stdout)),
      getErrHelpWidth: () => helpWidth(outputWidth(process.env, process.stdout)),
    })
    .exitOverride()
    .addHelpText(
      "after",
      `
Environment:
  NET_DB      the journal file, when --db is not given
  NET_TODAY   pretend today is this date (YYYY-MM-DD), for trying things out and back-filling
  NO_COLOR    any non-empty value turns colour off
  FORCE_COLOR 1 turns colour on where stdout is not a terminal (a pager)
  NET_DEBUG   1 shows stack traces
${example(["net demo", "net log ana --via video --note 'talked about her raise' --follow-up 2w", "net due", "net ask ana --size large"])}`,
    );
  for (const spec of commands) addCommand(program, spec);
  return program;
}

/** Runs the program and returns the exit code: 0 ok, 1 failure, 2 usage. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (e) {
    return reportError(e, () => journalPath(program.opts<{ db?: string }>().db, process.env));
  }
}

function reportError(e: unknown, journal: () => string): number {
  if (e instanceof CommanderError) {
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
    return e.exitCode === 0 ? 0 : 2;
  }
  if (process.env.NET_DEBUG === "1" && e instanceof Error) say(e.stack ?? e.message);
  if (e instanceof ExitError) return reportExitError(e);
  const err = e as { code?: string; message?: string };
  // A damaged page that a query ran into after the journal opened: the same answer as when opening finds it.
  if (typeof err?.code === "string" && (err.code.startsWith("SQLITE_CORRUPT") || err.code === "SQLITE_NOTADB"))
    return reportExitError(damagedJournalError(journal()));
  if (typeof err?.code === "string" && err.code.startsWith("SQLITE_")) {
    say(`net: the journal could not be written or read (${err.code}): ${err.message}`);
    say("Nothing was changed. Check the file's permissions and free disk space, or pass --db PATH.");
    return 1;
  }
  say(`net: ${err?.message ?? String(e)}`);
  if (process.env.NET_DEBUG !== "1") say("Run with NET_DEBUG=1 for details.");
  return 1;
}

function reportExitError(e: ExitError): number {
  // Messages quote what was typed and what the journal holds: shown as visible text, like any other.
  say(`net: ${visibleLines(e.message)}`);
  if (e.hint) say(visibleLines(e.hint));
  return e.code;
}
