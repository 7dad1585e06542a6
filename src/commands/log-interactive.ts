import type { Candidate } from "../db/people.js";
import type { ChannelName } from "../db/schema.js";
import { CHANNEL_LABELS, CHANNELS } from "../domain/channels.js";
import { nameProblem, noteProblem, trimInvisible } from "../domain/input.js";
import { nameKey, searchNames } from "../domain/names.js";
import { candidateLabel } from "../ui/candidate.js";
import type { Choice } from "../ui/prompts.js";
import { parseFollowUpDay } from "./follow-up-args.js";
import type { LogFlags, LogPlan } from "./log.js";
import type { Who } from "./log-people.js";
import { validName } from "./text-flags.js";

// `net log` with no name, in a terminal: ask for each thing the flags did not already say.

// The default first, so Enter picks it.
const CHANNEL_ORDER: readonly ChannelName[] = ["call", ...CHANNELS.filter((c) => c !== "call")];

/** The prompts the flow needs; src/ui/prompts.ts in real use, fakes in tests. */
export interface LogPrompts {
  searchFor<T>(message: string, source: (term: string | undefined) => readonly Choice<T>[] | Promise<readonly Choice<T>[]>): Promise<T>;
  choose<T>(message: string, choices: readonly Choice<T>[]): Promise<T>;
  ask(message: string, options?: { initial?: string; validate?: (value: string) => string | true }): Promise<string>;
}

export async function askForLog(
  names: readonly Candidate[],
  base: Omit<LogPlan, "who">,
  today: string,
  flags: LogFlags,
  prompts?: LogPrompts,
): Promise<LogPlan> {
  const p = prompts ?? (await import("../ui/prompts.js"));
  const who = await p.searchFor<Who>("Who did you talk with? (type to search)", (term) => personChoices(term ?? "", names, today));
  // The entry for a name net cannot keep is disabled; should a prompt pick it all the same, nothing is written.
  if (who.kind === "new") validName(who.name);
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
  const note =
    flags.note !== undefined ? base.note : (await p.ask("What did you talk about? (optional)", { validate: noteCheck })).trim() || null;
  let followUp = base.followUp;
  if (flags.followUp === undefined) {
    const when = (
      await p.ask("Follow up when? (2w, friday, 2026-12-01; leave empty for none)", {
        validate: (v) => followUpProblem(v, today) ?? true,
      })
    ).trim();
    if (when !== "") {
      const due = parseFollowUpDay(when, today);
      followUp = { due, note: (await p.ask("What is the follow-up about? (optional)", { validate: noteCheck })).trim() || null };
    }
  }
  return { ...base, who: [who], channel, initiatedBy, note, followUp };
}

/** The people matching what has been typed, and an entry to add the typed name as someone new. */
export function personChoices(term: string, names: readonly Candidate[], today: string): Choice<Who>[] {
  const choices: Choice<Who>[] = searchNames(term, names, 8).map((person) => ({
    name: candidateLabel(person, today),
    value: { kind: "known", person: { id: person.id, name: person.name } },
  }));
  const typed = trimInvisible(term);
  if (typed !== "" && !names.some((n) => nameKey(n.name) === nameKey(typed))) {
    const problem = nameProblem(typed);
    choices.push({
      name: `+ add "${typed}" as a new person`,
      value: { kind: "new", name: typed, close: [] },
      ...(problem ? { disabled: `(cannot: the name ${problem.words})` } : {}),
    });
  }
  return choices;
}

function noteCheck(value: string): string | true {
  const problem = noteProblem(value);
  return problem ? `The note ${problem}.` : true;
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
