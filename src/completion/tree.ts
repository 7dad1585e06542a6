import type { RootCommand } from "@bomb.sh/tab";
import tab from "@bomb.sh/tab/commander";
import { Command } from "commander";
import { CHANNELS } from "../domain/channels.js";
import { TIERS } from "../domain/depth.js";
import { SIZES } from "../domain/sizes.js";
import type { CompletionCandidates } from "../db/completion-candidates.js";

// The completion tree: commands, flags and arguments as the program declares them (tab's commander adapter reads
// them), with the values each flag and argument takes: fixed words from the domain, and names and references from
// the journal, looked up only for the word being completed.

type Complete = (value: string, description: string) => void;
type Values = (complete: Complete, typed: string) => void;

/** The commands net declares for completion itself; tab adds its own to the copy it reads. */
export const COMPLETION_COMMANDS = ["completion", "complete"];
export const SHELLS = ["bash", "zsh", "fish"] as const;

const words =
  (list: readonly (string | readonly [string, string])[]): Values =>
  (complete) => {
    for (const w of list) typeof w === "string" ? complete(w, "") : complete(w[0], w[1]);
  };

const CADENCES = [
  ["weekly", "every week"],
  ["2w", "every 2 weeks"],
  ["monthly", "every month"],
  ["quarterly", "every 3 months"],
  ["yearly", "every year"],
  ["none", "no cadence"],
] as const;

/** tab's ShellCompDirectiveNoFileComp: no file names when nothing matches (the package's value, not bundled twice). */
const NO_FILE_COMPLETION = 4;
const folded = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
const oneLine = (text: string | null) => (text ?? "").replace(/\p{Cc}+/gu, " ").slice(0, 60);

export function completionTree(program: Command, journal: () => CompletionCandidates | null): RootCommand {
  // Names with a control character could not be typed back: they are left out rather than shown mangled.
  const people =
    (archived?: boolean): Values =>
    (complete, typed) => {
      for (const name of journal()?.names(typed, archived) ?? []) if (!/\p{Cc}/u.test(name)) complete(name, "");
    };
  const followUps =
    (state: "open" | "closed"): Values =>
    (complete, typed) => {
      const bare = /^\d/.test(typed);
      for (const f of journal()?.followUps(state, typed.replace(/^f/i, "")) ?? [])
        complete(bare ? String(f.id) : `f${f.id}`, oneLine(`${f.name}, ${f.due}${f.note ? `: ${f.note}` : ""}`));
    };
  const conversations: Values = (complete, typed) => {
    for (const c of journal()?.conversations(typed.replace(/^c/i, "")) ?? [])
      complete(`c${c.id}`, oneLine(`${c.date} ${c.channel}${c.note ? `: ${c.note}` : ""}`));
  };
  const tags: Values = (complete, typed) => {
    for (const tag of journal()?.tags(typed) ?? []) complete(tag, "");
  };
  // edit, rm, tag: a reference when what is typed starts like one (c12, f7), else a person.
  const peopleOrRefs: Values = (complete, typed) => {
    if (/^c\d*$/i.test(typed)) conversations(complete, typed);
    else if (/^f\d*$/i.test(typed)) followUps("open")(complete, typed);
    if (!/^[cf]\d+$/i.test(typed)) people()(complete, typed);
  };

  const flagValues: Record<string, Values> = {
    via: words(CHANNELS),
    size: words(SIZES),
    tier: words(TIERS),
    sort: words(["name", "last", "depth"]),
    cadence: words(CADENCES),
    within: words(["7d", "2w", "1m"]),
    tag: tags,
    untag: tags,
    with: people(),
    without: people(),
  };
  const argumentValues: Record<string, Record<string, Values>> = {
    log: { names: people() },
    "follow-up": { name: people() },
    gave: { name: people() },
    got: { name: people() },
    asked: { name: people() },
    ask: { name: people() },
    show: { name: people() },
    intro: { a: people(), b: people() },
    edit: { "name|ref": peopleOrRefs },
    tag: { tag: tags, who: peopleOrRefs },
    untag: { tag: tags, who: peopleOrRefs },
    archive: { name: people(false) },
    unarchive: { name: people(true) },
    merge: { keep: people(), other: people() },
    rm: { what: peopleOrRefs },
    done: { ids: followUps("open") },
    snooze: { id: followUps("open") },
    reopen: { ids: followUps("closed") },
    "intros outcome": { result: words(["met", "fizzled"]) },
    completion: { shell: words(SHELLS) },
  };

  const tree = tab(declarationOf(program), { completionCommandName: "completion" });
  let typed = "";
  const handler =
    (values: Values) =>
    (complete: Complete): void =>
      values(complete, typed);
  for (const command of [tree, ...tree.commands.values()]) {
    for (const [name, option] of command.options) {
      const values = flagValues[name];
      if (values && !option.isBoolean) option.handler = handler(values);
    }
    for (const [name, argument] of command.arguments) {
      const values = argumentValues[command.value]?.[name];
      if (values) argument.handler = handler(values);
    }
  }
  const parse = tree.parse.bind(tree);
  // The handlers look up only what starts with the word being completed (tab filters, but would need everyone).
  tree.parse = (args: string[]) => {
    typed = (args.at(-1) ?? "").replace(/^--?[\w-]+=/, "");
    parse(args);
  };
  // tab keeps the candidates that start with the word exactly; net matches a name whatever its case and accents
  // (ana finds Ana Lima, chloe Chloé), so the same here. What is printed is tab's protocol: value, tab, description; :directive.
  Object.assign(tree, {
    complete(this: RootCommand, word: string) {
      const prefix = folded(word.replace(/^--?[\w-]+=/, ""));
      const seen = new Set<string>();
      for (const { value, description } of this.completions) {
        if (seen.has(value) || !folded(value).startsWith(prefix)) continue;
        seen.add(value);
        process.stdout.write(`${value}\t${description ?? ""}\n`);
      }
      process.stdout.write(`:${NO_FILE_COMPLETION}\n`);
    },
  });
  return tree;
}

/** The program as declared, without net's own completion commands (tab declares them again on what it reads). */
function declarationOf(program: Command): Command {
  const copy = new Command(program.name());
  for (const option of program.options) copy.addOption(option);
  for (const command of program.commands) if (!COMPLETION_COMMANDS.includes(command.name())) copy.addCommand(command);
  return copy;
}
