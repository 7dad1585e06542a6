import type { Candidate, PersonFields } from "../../db/people.js";
import type { ChannelName } from "../../domain/channels.js";
import { CHANNEL_LABELS, CHANNELS } from "../../domain/channels.js";
import { addDays } from "../../domain/dates.js";
import { editorCommand } from "../../domain/editor.js";
import { lineProblem, nameProblem, noteProblem, trimInvisible } from "../../domain/input.js";
import { nameKey, searchNames } from "../../domain/names.js";
import { SIZES, type SizeName } from "../../domain/sizes.js";
import { candidateLabel } from "../../ui/candidate.js";
import type { Choice } from "../../ui/prompts.js";
import { conversationDayFlag } from "../shared/conversation-flags.js";
import { parseFollowUpDay } from "../shared/follow-up-args.js";
import type { LearnedNeedsOffers, LogFlags, LogPlan } from "../log.js";
import { MAX_PHRASE, newPhrases, phraseOf, type Side } from "../../domain/needs-offers.js";
import type { Who } from "./who.js";
import { editedText, validName } from "../shared/text-flags.js";

// `net log` with no name, in a terminal: ask for each thing the flags did not already say.

// The default first, so Enter picks it.
const CHANNEL_ORDER: readonly ChannelName[] = ["call", ...CHANNELS.filter((c) => c !== "call")];

/** The prompts the flow needs; src/ui/prompts.ts in real use, fakes in tests. */
export interface LogPrompts {
  searchFor<T>(message: string, source: (term: string | undefined) => readonly Choice<T>[] | Promise<readonly Choice<T>[]>): Promise<T>;
  choose<T>(message: string, choices: readonly Choice<T>[]): Promise<T>;
  ask(message: string, options?: { initial?: string; validate?: (value: string) => string | true }): Promise<string>;
}

/** "Anyone else?" answered with no one. */
const NO_ONE_ELSE = { kind: "done" } as const;
type WhoOrDone = Who | typeof NO_ONE_ELSE;

type Exchange = "gave" | "got" | "asked";
const EXCHANGES: readonly { readonly key: Exchange; readonly choice: string; readonly question: string }[] = [
  { key: "gave", choice: "I gave them something (advice, an intro…)", question: "What did you give?" },
  { key: "got", choice: "they gave me something", question: "What did they give you?" },
  { key: "asked", choice: "I asked them for something", question: "What did you ask for?" },
];

export async function askForLog(
  names: readonly Candidate[],
  base: Omit<LogPlan, "who">,
  today: string,
  flags: LogFlags,
  prompts?: LogPrompts,
): Promise<LogPlan> {
  const p = prompts ?? (await import("../../ui/prompts.js"));
  {
    const who = await askWho(p, names, today);
    const date =
      flags.on !== undefined
        ? base.date
        : conversationDayFlag(
            (
              await p.ask(`When was it? (today, yesterday, monday, ${addDays(today, -3)})`, {
                initial: "today",
                validate: (v) => dayProblem(v, today) ?? true,
              })
            ).trim() || "today",
            today,
          );
    const channel =
      flags.via !== undefined
        ? base.channel
        : await p.choose(
            "How?",
            CHANNEL_ORDER.map((c) => ({ name: CHANNEL_LABELS[c], value: c })),
          );
    const initiatedBy = flags.theyReachedOut
      ? base.initiatedBy
      : await p.choose("Who reached out?", [
          { name: "I did", value: "me" as const },
          { name: "They did", value: "them" as const },
        ]);
    // --edit opens the editor once the questions are answered (log.ts), as it does with names given.
    const note = flags.note !== undefined || flags.edit ? base.note : await askNote(p);
    const exchanged = await askExchanges(p, base, flags);
    const learned = await askNeedsOffers(p, who);
    let followUp = base.followUp;
    if (flags.followUp === undefined) {
      const when = (
        await p.ask(`Follow up when? (2w, friday, ${addDays(today, 14)}; leave empty for none)`, {
          validate: (v) => followUpProblem(v, today) ?? true,
        })
      ).trim();
      if (when !== "") {
        const due = parseFollowUpDay(when, today);
        followUp = { due, note: (await p.ask("What is the follow-up about? (optional)", { validate: noteCheck })).trim() || null };
      }
    }
    return { ...base, ...exchanged, who, date, channel, initiatedBy, note, followUp, learned };
  }
}

/** One person or more: a search, then "Anyone else?" until no one; someone new is asked for company and title. */
async function askWho(p: LogPrompts, names: readonly Candidate[], today: string): Promise<Who[]> {
  const who: Who[] = [];
  for (;;) {
    const left = names.filter((n) => !who.some((w) => w.kind === "known" && w.person.id === n.id));
    const taken = who.flatMap((w) => (w.kind === "new" ? [nameKey(w.name)] : []));
    const picked: WhoOrDone =
      who.length === 0
        ? await p.searchFor<Who>("Who did you talk with? (type to search)", (term) => personChoices(term ?? "", left, today))
        : await p.searchFor<WhoOrDone>("Anyone else? (type to search; Enter for no one)", (term) =>
            anyoneElseChoices(term ?? "", left, today, taken),
          );
    if (picked.kind === "done") return who;
    // The entry for a name net cannot keep is disabled; should a prompt pick it all the same, nothing is written.
    if (picked.kind === "new") {
      validName(picked.name);
      who.push({ ...picked, fields: await askNewPerson(p, picked.name) });
    } else who.push(picked);
  }
}

async function askNewPerson(p: LogPrompts, name: string): Promise<PersonFields> {
  const line = async (question: string) =>
    (await p.ask(`${question} (optional)`, { validate: (v) => (lineProblem(v) ? `It ${lineProblem(v)}.` : true) })).trim() || null;
  const company = await line(`Where does ${name} work?`);
  const title = await line(`${name}'s title or role?`);
  return { ...(company ? { company } : {}), ...(title ? { title } : {}) };
}

async function askNote(p: LogPrompts): Promise<string | null> {
  const how = await p.choose("A note on what you talked about?", [
    { name: "type it here", value: "type" as const },
    { name: `open your editor (${editorCommand(process.env)})`, value: "editor" as const },
    { name: "no note", value: "none" as const },
  ]);
  if (how === "none") return null;
  if (how === "editor") return editedText(null, "the note");
  return (await p.ask("What did you talk about?", { validate: noteCheck })).trim() || null;
}

/** For each person: anything they need or can offer, a phrase at a time, until nothing more. */
async function askNeedsOffers(p: LogPrompts, who: readonly Who[]): Promise<LearnedNeedsOffers[]> {
  const learned: LearnedNeedsOffers[] = [];
  for (const w of who) {
    const name = w.kind === "known" ? w.person.name : w.name;
    const found: LearnedNeedsOffers = { needs: [], offers: [] };
    for (;;) {
      const any = found.needs.length + found.offers.length > 0;
      const pick = await p.choose<Side | "nothing">(
        any ? `Anything else ${name} needs or can offer?` : `Anything ${name} needs or can offer?`,
        [
          { name: any ? "nothing more" : "nothing new", value: "nothing" },
          { name: "they are looking for something", value: "needs" },
          { name: "they can offer or help with something", value: "offers" },
        ],
      );
      if (pick === "nothing") break;
      const question = pick === "needs" ? `What does ${name} need? (a short phrase)` : `What can ${name} offer? (a short phrase)`;
      const phrase = phraseOf(await p.ask(question, { validate: phraseCheck }));
      found[pick] = newPhrases(found[pick], [phrase]).length ? [...found[pick], phrase] : found[pick];
    }
    learned.push(found);
  }
  return learned;
}

function phraseCheck(value: string): string | true {
  if (value.trim() === "") return "Say it in a few words.";
  const problem = lineProblem(value);
  if (problem) return `It ${problem}.`;
  return phraseOf(value).length > MAX_PHRASE ? `Keep it to ${MAX_PHRASE} characters; the details belong in the note.` : true;
}

/** Gave, got and asked, each once at most; those given as flags are not asked. */
async function askExchanges(p: LogPrompts, base: Omit<LogPlan, "who">, flags: LogFlags) {
  const found: { gave: string | null; got: string | null; asked: string | null } = { gave: base.gave, got: base.got, asked: base.asked };
  let any = false;
  for (;;) {
    const open = EXCHANGES.filter((x) => found[x.key] === null && flags[x.key] === undefined);
    if (open.length === 0) break;
    const pick = await p.choose<Exchange | "nothing">(any ? "Anything else change hands?" : "Did anything change hands?", [
      { name: any ? "nothing more" : "nothing", value: "nothing" },
      ...open.map((x) => ({ name: x.choice, value: x.key })),
    ]);
    if (pick === "nothing") break;
    const question = EXCHANGES.find((x) => x.key === pick)!.question;
    found[pick] = (await p.ask(question, { validate: (v) => (v.trim() === "" ? "Say what it was." : noteCheck(v)) })).trim();
    any = true;
  }
  const size: SizeName =
    any && flags.size === undefined
      ? await p.choose(
          "How big?",
          SIZES.map((s) => ({ name: s, value: s })),
        )
      : base.size;
  return { ...found, size };
}

/** The people matching what has been typed, and an entry to add the typed name as someone new. */
export function personChoices(term: string, names: readonly Candidate[], today: string, taken: readonly string[] = []): Choice<Who>[] {
  const choices: Choice<Who>[] = searchNames(term, names, 8).map((person) => ({
    name: candidateLabel(person, today),
    short: `${person.name} #${person.id}`,
    value: { kind: "known", person: { id: person.id, name: person.name } },
  }));
  const typed = trimInvisible(term);
  if (typed !== "" && !names.some((n) => nameKey(n.name) === nameKey(typed)) && !taken.includes(nameKey(typed))) {
    const problem = nameProblem(typed);
    choices.push({
      name: `+ add "${typed}" as a new person`,
      value: { kind: "new", name: typed, close: [] },
      ...(problem ? { disabled: `(cannot: the name ${problem.words})` } : {}),
    });
  }
  return choices;
}

/** After the first person: "no one else" first while nothing is typed, so Enter ends the list. */
function anyoneElseChoices(term: string, names: readonly Candidate[], today: string, taken: readonly string[]): Choice<WhoOrDone>[] {
  const done: Choice<WhoOrDone> = { name: "no one else", value: NO_ONE_ELSE };
  const people: Choice<WhoOrDone>[] = personChoices(term, names, today, taken);
  return trimInvisible(term) === "" ? [done, ...people] : [...people, done];
}

function noteCheck(value: string): string | true {
  const problem = noteProblem(value);
  return problem ? `The note ${problem}.` : true;
}

function dayProblem(value: string, today: string): string | null {
  if (value.trim() === "") return null;
  try {
    conversationDayFlag(value, today);
    return null;
  } catch (e) {
    return (e as Error).message.replace(/^--on /, "");
  }
}

function followUpProblem(value: string, today: string): string | null {
  if (value.trim() === "") return null;
  try {
    parseFollowUpDay(value, today);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}
