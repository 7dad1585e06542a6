import { Command, CommanderError, Option } from "commander";
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

// The program: global options, and one declaration per command whose module is imported only when it runs.

type Run = (ctx: Context, ...args: any[]) => Promise<void>;
type Loader = () => Promise<{ run: Run }>;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
const sizeOption = () => new Option("--size <size>", "how big: small, medium or large");

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

function act(load: Loader) {
  return async (...args: unknown[]) => {
    const command = args.at(-1) as Command;
    const ctx = contextFrom(command);
    setWidth(ctx.width);
    const [{ run }] = await Promise.all([load(), setColour(ctx.color)]);
    await run(ctx, ...args.slice(0, -1));
  };
}

function example(...lines: string[]): string {
  return `\nExample${lines.length > 1 ? "s" : ""}:\n${lines.map((l) => `  $ ${l}`).join("\n")}`;
}

function personFlags(cmd: Command): Command {
  return cmd
    .option("--company <company>", "where they work")
    .option("--title <title>", "their role")
    .option("--email <email>", "an e-mail address (repeatable)", collect)
    .option("--phone <phone>", "a phone number (repeatable)", collect)
    .option("--tag <tag>", "a tag such as investor or climate (repeatable)", collect)
    .option("--met <text>", "how or where you met")
    .option("--met-on <date>", "when you met (the start of the relationship)")
    .option("--birthday <date>", "their birthday, YYYY-MM-DD or MM-DD")
    .option("--cadence <duration>", "keep in touch every 2w, 1m, 90d… or 'none'")
    .option("--note <text>", "notes: objectives, personality, family");
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
      writeOut: (text) => process.stdout.write(fitLines(text, helpWidth(outputWidth(process.env, process.stdout)))),
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
${example("net demo", "net log ana --via video --note 'talked about her raise' --follow-up 2w", "net due", "net ask ana --size large")}`,
    );

  program.commandsGroup("After a conversation:");
  program
    .command("log")
    .argument("[names...]", "who you talked with (a name, prefix or id); omit for a guided prompt")
    .description("record a conversation: who, how, what was said, what to do next")
    .option("--via <channel>", "meeting (in person), video, call (the default), email, message or social")
    .option("--on <date>", "when it happened (default today)")
    .option("--note <text>", "what was said")
    .option("--they-reached-out", "they started it (not you)")
    .option("--follow-up <when>", "set a follow-up: 2w, friday, 2026-12-01…")
    .option("--follow-up-note <text>", "what the follow-up is about")
    .option("--gave <text>", "something you did for them in this conversation")
    .option("--got <text>", "something they did for you")
    .option("--asked <text>", "a request you made")
    .addOption(sizeOption().default("small"))
    .option("--add", "create anyone not yet in the journal")
    .option("--done <follow-up>", "close a follow-up this conversation took care of (f7; repeatable)", collect)
    .option("--again", "record it even if the same conversation (people, day, channel, note) is already there")
    .addHelpText(
      "after",
      example(
        "net log ana --via meeting --note 'coffee; she is hiring' --follow-up 'next week'",
        "net log ana ben --via video --on yesterday --they-reached-out",
      ),
    )
    .action(act(() => import("./commands/log.js")));
  program
    .command("follow-up")
    .alias("remind")
    .argument("<name>", "who")
    .argument("<when>", "when: 3d, 2w, friday, next month, 2026-12-01…")
    .argument("[note...]", "what to follow up on")
    .description("remind yourself to get back to someone")
    .addHelpText("after", example("net follow-up ana 2w send her the deck"))
    .action(act(() => import("./commands/follow-up.js")));
  program
    .command("gave")
    .argument("<name>", "who")
    .argument("<what...>", "what you did for them")
    .description("record something you did for someone (advice, an intro, a referral)")
    .addOption(sizeOption().default("small"))
    .option("--on <date>", "when (default today)")
    .addHelpText("after", example("net gave ana 'reviewed her pitch deck' --size medium"))
    .option("--again", "record it even if the same entry is already there")
    .action(act(() => import("./commands/gave.js")));
  program
    .command("got")
    .argument("<name>", "who")
    .argument("<what...>", "what they did for you")
    .description("record something someone did for you")
    .addOption(sizeOption().default("small"))
    .option("--on <date>", "when (default today)")
    .addHelpText("after", example("net got ben 'introduced me to his CTO' --size large"))
    .option("--again", "record it even if the same entry is already there")
    .action(act(() => import("./commands/got.js")));
  program
    .command("asked")
    .argument("<name>", "who")
    .argument("<what...>", "what you asked for")
    .description("record a request you made; it stays open until you close it")
    .addOption(sizeOption().default("medium"))
    .option("--on <date>", "when (default today)")
    .addHelpText("after", example("net asked ben 'a referral to Acme' --size medium"))
    .action(act(() => import("./commands/asked.js")));
  program
    .command("intro")
    .argument("<a>", "one person")
    .argument("<b>", "the other")
    .description("introduce two people (a gift to both) and check back in two weeks")
    .option("--why <text>", "what each side gains")
    .option("--on <date>", "when (default today)")
    .option("--proposed", "you are still sounding both sides out")
    .option("--again", "record it even if the pair already has an introduction with no outcome yet")
    .addHelpText("after", example("net intro ana ben --why 'Ana is hiring; Ben wants a design role'"))
    .action(act(() => import("./commands/intro.js")));

  program.commandsGroup("Each morning:");
  program
    .command("due")
    .description("follow-ups overdue, due and upcoming; intros to check on; relationships going cold")
    .option("--within <duration>", "how far ahead Upcoming looks", "7d")
    .option("--all", "show every item, not the first 20 of each section")
    .addHelpText("after", example("net due", "net due --within 2w --json"))
    .action(act(() => import("./commands/due.js")));
  program
    .command("done")
    .argument("<ids...>", "follow-up ids, as shown by net due")
    .description("mark follow-ups done")
    .addHelpText("after", example("net done 12 13"))
    .action(act(() => import("./commands/done.js")));
  program
    .command("reopen")
    .argument("<ids...>", "follow-ups marked done by mistake (f7 or 7)")
    .description("open again a follow-up marked done")
    .addHelpText("after", example("net reopen f7"))
    .action(act(() => import("./commands/reopen.js")));
  program
    .command("snooze")
    .argument("<id>", "a follow-up id")
    .argument("<when>", "the new date: 3d, monday, next week…")
    .description("move a follow-up to a later date")
    .addHelpText("after", example("net snooze 12 monday"))
    .action(act(() => import("./commands/snooze.js")));
  const intros = program
    .command("intros")
    .description("introductions you made or proposed")
    .addHelpText("after", example("net intros", "net intros made i3", "net intros outcome i3 met --note 'they are working together'"));
  intros
    .command("list", { isDefault: true })
    .description("list introductions, newest first")
    .addHelpText("after", example("net intros"))
    .action(act(() => import("./commands/intros.js")));
  intros
    .command("made")
    .argument("<id>", "a proposed introduction")
    .option("--on <date>", "when you made it (default today)")
    .description("the proposed introduction happened")
    .addHelpText("after", example("net intros made i3"))
    .action(act(() => import("./commands/intros-made.js")));
  intros
    .command("outcome")
    .argument("<id>", "an introduction")
    .argument("<result>", "met or fizzled")
    .option("--note <text>", "how it went")
    .description("record how an introduction went and close its check-in")
    .addHelpText("after", example("net intros outcome i3 met --note 'they are working together'"))
    .action(act(() => import("./commands/intros-outcome.js")));

  program.commandsGroup("Before an ask:");
  program
    .command("ask")
    .argument("<name>", "who you want to ask")
    .addOption(sizeOption().default("medium"))
    .option("--for <text>", "what you want to ask for")
    .description("is this relationship ready for this ask? what to do first")
    .addHelpText("after", example("net ask ben --size large --for 'a referral to Acme'"))
    .action(act(() => import("./commands/ask.js")));
  const asks = program
    .command("asks")
    .description("requests you made")
    .addHelpText("after", example("net asks", "net asks close a4 --granted"));
  asks
    .command("list", { isDefault: true })
    .description("list asks, open first")
    .addHelpText("after", example("net asks"))
    .action(act(() => import("./commands/asks.js")));
  asks
    .command("close")
    .argument("<id>", "an open ask")
    .option("--granted", "they did it")
    .option("--declined", "they could not or would not")
    .option("--on <date>", "when (default today)")
    .description("close an ask as granted or declined")
    .addHelpText("after", example("net asks close a4 --granted"))
    .action(act(() => import("./commands/asks-close.js")));
  program
    .command("balance")
    .description("given against received, for everyone with ledger entries")
    .addHelpText("after", example("net balance"))
    .action(act(() => import("./commands/balance.js")));

  program.commandsGroup("Managing people:");
  personFlags(program.command("add").argument("<name>", "their full name").description("add a person"))
    .addHelpText("after", example("net add 'Ana Souza' --company Acme --title CTO --email ana@acme.io --tag design --cadence 1m"))
    .action(act(() => import("./commands/add.js")));
  personFlags(
    program
      .command("edit")
      .argument("<name|ref>", "who (a name, prefix or id such as 4 or p4), or an entry's reference (c12, f7, l5, a3, i2)")
      .description("change what you know about a person, or correct an entry"),
  )
    .option("--name <new>", "a person: rename them")
    .option("--untag <tag>", "a person: remove a tag (repeatable)", collect)
    .option("--force", "with --name: rename even to the name of someone else in the journal")
    .option("--on <date>", "a conversation, ledger entry, ask or introduction: the day it happened")
    .option("--via <channel>", "a conversation: meeting, video, call, email, message or social")
    .option("--they-reached-out", "a conversation: they started it")
    .option("--i-reached-out", "a conversation: you started it")
    .option("--with <name>", "a conversation: add someone who was there (repeatable)", collect)
    .option("--without <name>", "a conversation: remove someone who was not (repeatable)", collect)
    .option("--due <when>", "a follow-up: the new day (friday, 2w, 2026-12-01…)")
    .option("--what <text>", "a ledger entry or ask: what it was")
    .addOption(sizeOption())
    .option("--why <text>", "an introduction: what each side gains")
    .addHelpText(
      "after",
      `
A conversation takes --on --via --note --they-reached-out|--i-reached-out --with --without; a follow-up --due --note;
a ledger entry or an ask --on --what --size; an introduction --on --why. A letter and digits (c12) is a reference:
to edit a person whose name looks like one (say "C3"), use their number (net edit 12).
${example("net edit ana --title VP --untag prospect --cadence none", "net edit c12 --note 'coffee; she is hiring' --via meeting", "net edit f7 --due friday")}`,
    )
    .action(act(() => import("./commands/edit.js")));
  program
    .command("show")
    .argument("<name>", "who (a name, prefix or id)")
    .description("a person's profile, depth, open follow-ups and timeline")
    .option("--all", "the whole timeline, not only the newest 50 entries")
    .addHelpText("after", example("net show ana", "net show ana --all"))
    .action(act(() => import("./commands/show.js")));
  program
    .command("people")
    .alias("ls")
    .description("everyone in the journal")
    .option("--tag <tag>", "only people with this tag (repeatable: all of them)", collect)
    .option("--any-tag", "with several --tag: people with any one of them")
    .option("--tier <tier>", "only this tier: contact, acquaintance, connection or inner")
    .option("--sort <order>", "name, last (most recent contact first) or depth", "name")
    .option("--all", "include archived people")
    .addHelpText("after", example("net people --tag investor --sort last", "net ls --tier inner"))
    .action(act(() => import("./commands/people.js")));
  program
    .command("tag")
    .argument("<tag>", "the tag, such as investor")
    .argument("<who...>", "people (a name or number), or entries whose people to tag (c12: everyone in that conversation)")
    .description("give several people a tag at once")
    .addHelpText("after", example("net tag investor ana ben c12"))
    .action(act(() => import("./commands/tag.js")));
  program
    .command("untag")
    .argument("<tag>", "the tag to remove")
    .argument("<who...>", "people (a name or number), or entries whose people to untag")
    .description("take a tag away from several people at once")
    .addHelpText("after", example("net untag investor ana ben"))
    .action(act(() => import("./commands/untag.js")));
  program
    .command("archive")
    .argument("<name>", "who")
    .description("step back from a relationship, keeping its history")
    .addHelpText("after", example("net archive 'old client'"))
    .action(act(() => import("./commands/archive.js")));
  program
    .command("unarchive")
    .argument("<name>", "who")
    .description("bring an archived person back")
    .addHelpText("after", example("net unarchive 'old client'"))
    .action(act(() => import("./commands/unarchive.js")));
  program
    .command("stats")
    .description("how strong your network really is: tiers, give and take, activity")
    .addHelpText("after", example("net stats"))
    .action(act(() => import("./commands/stats.js")));
  program
    .command("dupes")
    .description("people who are probably the same person")
    .addHelpText("after", example("net dupes"))
    .action(act(() => import("./commands/dupes.js")));
  program
    .command("merge")
    .argument("<keep>", "the person to keep")
    .argument("<other>", "the duplicate to fold into them")
    .option("-y, --yes", "do not ask for confirmation")
    .description("fold a duplicate into another person, keeping all history")
    .addHelpText("after", example("net merge 'Ana Souza' 'ana s' --yes"))
    .action(act(() => import("./commands/merge.js")));

  program.commandsGroup("Fixing mistakes:");
  program
    .command("undo")
    .description("undo the last command that wrote (again to go further back)")
    .option("--list", "the last 20 steps, newest first, and which were undone")
    .addHelpText("after", example("net undo", "net undo --list"))
    .action(act(() => import("./commands/undo.js")));
  program
    .command("rm")
    .argument("<what...>", "entries by reference (c12, f7, l5, a3, i2), or a person (a name or number)")
    .option("-y, --yes", "delete a person and their history without asking")
    .description("delete entries logged by mistake, or a person with all their history")
    .addHelpText("after", example("net rm c12 f3", "net rm 'Ana Lima' --yes"))
    .action(act(() => import("./commands/rm.js")));

  program.commandsGroup("Your data:");
  const imp = program
    .command("import")
    .description("bring contacts in: linkedin, vcard, google or json")
    .addHelpText("after", example("net import linkedin ~/Downloads/Connections.csv --dry-run", "net import vcard ~/contacts.vcf"));
  for (const [format, what, sample] of [
    ["linkedin", "a LinkedIn Connections.csv export", "net import linkedin ~/Downloads/Connections.csv"],
    ["vcard", "a .vcf file or a folder of them", "net import vcard ~/contacts.vcf"],
    ["google", "a Google Contacts CSV export", "net import google ~/Downloads/contacts.csv"],
    ["json", "a journal exported with net export json", "net import json backup.json"],
  ] as const) {
    imp
      .command(format)
      .argument("<file>", what)
      .description(`import ${what}`)
      .option("--dry-run", "show what would change; write nothing")
      .option("--verbose", "list every skipped row")
      .addHelpText("after", example(sample))
      .action(
        act(() => import("./commands/import.js").then((m) => ({ run: (ctx: Context, ...rest: unknown[]) => m.run(ctx, format, ...rest) }))),
      );
  }
  const exp = program
    .command("export")
    .description("take everything out: json, csv, vcard or ics")
    .addHelpText("after", example("net export json --out net.json", "net export ics --out follow-ups.ics"));
  for (const [format, what] of [
    ["json", "everything, in the documented net format"],
    ["csv", "one row per person with tier, depth and balance"],
    ["vcard", "vCard 4.0 for a phone or address book"],
    ["ics", "open follow-ups, intro check-ins and birthdays as a calendar"],
  ] as const) {
    exp
      .command(format)
      .description(`export ${what}`)
      .option("--out <file>", "write to a file instead of stdout")
      .option("--force", "overwrite an existing --out file")
      .addHelpText("after", example(`net export ${format} --out net.${format === "vcard" ? "vcf" : format}`))
      .action(
        act(() => import("./commands/export.js").then((m) => ({ run: (ctx: Context, ...rest: unknown[]) => m.run(ctx, format, ...rest) }))),
      );
  }
  program
    .command("backup")
    .argument("<file>", "where to write the copy")
    .option("--force", "overwrite an existing file")
    .description("a consistent copy of the journal, safe while it is in use")
    .addHelpText("after", example("net backup ~/net-2026-11-22.db"))
    .action(act(() => import("./commands/backup.js")));
  program
    .command("demo")
    .description("try net on a sample network (never touches your journal)")
    .addHelpText("after", example("net demo"))
    .action(act(() => import("./commands/demo.js")));

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
