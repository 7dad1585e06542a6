import type { Context } from "../../context.js";
import type { Journal } from "../../db/open.js";
import { allCandidates, type Candidate, candidatesNamed, personById, type PersonRef } from "../../db/people.js";
import { trimInvisible } from "../../domain/input.js";
import { resolveName } from "../../domain/names.js";
import { aKind, readRef } from "../../domain/refs.js";
import { usageError } from "../../errors.js";
import { say } from "../../ui/output.js";
import { visible } from "../../ui/visible.js";

// Turns a name typed on the command line into one person, or explains why it cannot.

/** How many namesakes an error lists before it says how many more there are. */
const AMBIGUOUS_LISTED = 8;

export interface ResolveOptions {
  /**
   * The command only reads: a close spelling may be taken to mean the closest name, said on stderr. Without it (every
   * command that writes) a close spelling is acted on only once confirmed at a terminal; otherwise it is exit 2.
   */
  readonly reading?: boolean;
}

export async function resolvePerson(journal: Journal, typed: string, ctx: Context, options: ResolveOptions = {}): Promise<PersonRef> {
  // An empty name would be a prefix of everyone's.
  const query = trimInvisible(typed);
  if (query === "")
    throw usageError("a name is needed", "Name the person (a name, a prefix or an id such as 12); see everyone with `net people`.");
  // 4, #4 and p4 are person 4; c12 and the like name entries, never a person (someone called "C3" is named by their number).
  const ref = readRef(query);
  const byNumber = ref.kind === "bare" ? ref : ref.kind === "ref" && ref.ref.kind === "p" ? ref.ref : null;
  if (byNumber) {
    const person = byNumber.id === null ? undefined : await personById(journal.db, byNumber.id);
    if (person) return person;
    throw usageError(`no person with id ${byNumber.digits}`, "Run `net people` to see everyone with their ids.");
  }
  if (ref.kind === "ref") {
    throw usageError(
      `"${query}" is ${aKind(ref.ref.kind)}, not a person`,
      `Name the person (a name, a prefix, or their number such as 12 or p12); someone whose name looks like a reference is named by their number.`,
    );
  }
  // The names are read with what a picker shows of each person, so choosing among namesakes reads nothing more.
  const exact = await candidatesNamed(journal.db, query);
  const resolution =
    exact.length === 1
      ? ({ kind: "found", person: exact[0]!, match: "exact" } as const)
      : resolveName(query, exact.length > 1 ? exact : await allCandidates(journal.db));
  if (resolution.kind === "found") {
    if (resolution.match !== "fuzzy") return refOf(resolution.person);
    // A close spelling may be someone else: confirm at a terminal, and always say whom it was taken to mean.
    const person = refOf(resolution.person);
    if (ctx.interactive && !ctx.json) {
      const { confirm } = await import("../../ui/prompts.js");
      if (await confirm(`No one is called "${query}". Did you mean ${person.name} (#${person.id})?`, true)) return person;
      throw usageError(`no one called "${query}" in the journal`, "Add them with `net add NAME`, or see everyone with `net people`.");
    }
    if (!options.reading) {
      // A write never lands on a guess: only an id, an exact name or a unique prefix is acted on without asking.
      throw usageError(
        `no one called "${query}" in the journal`,
        `Did you mean ${person.name} (#${person.id})? Then type the name as it is, a prefix of it, or the id ${person.id}. To add someone new: net add NAME (or net log NAME --add).`,
      );
    }
    say(`net: no one is called "${visible(query)}"; taking it to mean the closest name, ${visible(person.name)} (#${person.id}).`);
    return person;
  }
  if (resolution.kind === "ambiguous") {
    const candidates = resolution.candidates;
    if (ctx.interactive && !ctx.json) {
      const [{ choose }, { candidateLabel }] = await Promise.all([import("../../ui/prompts.js"), import("../../ui/candidate.js")]);
      return choose(
        `"${query}" matches ${candidates.length} people. Which one?`,
        candidates.map((p) => ({ name: candidateLabel(p, ctx.today), short: `${p.name} #${p.id}`, value: refOf(p) })),
      );
    }
    // Without a terminal to pick at, the message lists what a picker would show, so the next try can name the right one.
    const { candidateLabel } = await import("../../ui/candidate.js");
    const shown = candidates.slice(0, AMBIGUOUS_LISTED).map((p) => `  ${candidateLabel(p, ctx.today)}`);
    if (candidates.length > AMBIGUOUS_LISTED) shown.push(`  … and ${candidates.length - AMBIGUOUS_LISTED} more`);
    throw usageError(
      `"${query}" matches ${candidates.length} people:\n${shown.join("\n")}`,
      `Type more of the name, or use the id, e.g. ${candidates[0]!.id}.`,
    );
  }
  const suggestions = resolution.suggestions;
  throw usageError(
    `no one called "${query}" in the journal`,
    suggestions.length > 0
      ? `Did you mean ${suggestions.map((p) => `${p.name} (#${p.id})`).join(" or ")}? To add someone new: net add NAME (or net log NAME --add).`
      : "Add them with `net add NAME` (or `net log NAME --add`), or see everyone with `net people`.",
  );
}

/** Only the id and name go on: what else was read is for the picker, not for what the command writes or prints. */
function refOf(person: Candidate): PersonRef {
  return { id: person.id, name: person.name };
}
