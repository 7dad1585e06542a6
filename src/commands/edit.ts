import type { Context } from "../context.js";
import { withJournal } from "./shared/with-journal.js";
import { getPerson, peopleNamed, removePhrases, removeTags, updatePerson } from "../db/people.js";
import { SIDES } from "../domain/needs-offers.js";
import { relationshipsOf } from "../db/relationships.js";
import { normaliseTag } from "../domain/person.js";
import { usageError } from "../errors.js";
import { print, printJson, say } from "../ui/output.js";
import { personStandingJson, renderProfile } from "../ui/person.js";
import { fieldsFromFlags, phraseFlag, type PersonFlags } from "./shared/person-flags.js";
import { editedText, validName } from "./shared/text-flags.js";
import { personArgument } from "../domain/shell.js";
import { resolvePerson } from "./shared/resolve-person.js";
import { visible, visibleLines } from "../ui/visible.js";
import { readRef, refKindsList } from "../domain/refs.js";
import { flagName, flagsGiven, refuseFlagsThatDoNotFit, run as editEntry, type EntryFlags } from "./edit/entry.js";

export interface EditFlags extends PersonFlags, EntryFlags {
  readonly name?: string;
  readonly untag?: string[];
  readonly unneed?: string[];
  readonly unoffer?: string[];
  /** Rename even to the name of someone else in the journal. */
  readonly force?: boolean;
}

// `net edit NAME` changes what you know about a person; `net edit c12` corrects an entry (edit-entry.ts).
export async function run(ctx: Context, typed: string, flags: EditFlags): Promise<void> {
  const read = readRef(typed);
  if (read.kind === "unknown") {
    throw usageError(
      `"${typed.trim()}" is no kind of reference: references start with ${refKindsList()}`,
      "Give an entry's reference (c12, f7, l5, a3, i2) or a person's name or number (net edit 12).",
    );
  }
  if (read.kind === "ref" && read.ref.kind !== "p") return editEntry(ctx, read.ref, flags);
  refuseFlagsThatDoNotFit("p", "a person", flagsGiven(flags));
  const given = flagsGiven(flags).filter((flag) => flag !== "force");
  if (given.length === 0) {
    throw usageError(
      `nothing to change for "${typed}"`,
      "Pass what changed, e.g. --title VP, --company Acme, --tag investor, --untag prospect, --cadence monthly or --name 'New Name'.",
    );
  }
  const rename = flags.name === undefined ? undefined : validName(flags.name, "--name");
  let fields = { ...fieldsFromFlags(flags, ctx.today), ...(rename !== undefined ? { name: rename } : {}) };
  const untag = (flags.untag ?? []).map(normaliseTag).filter((t) => t !== "");
  const unsaid = {
    needs: (flags.unneed ?? []).map((p) => phraseFlag(p, "--unneed")).filter((p): p is string => p !== null),
    offers: (flags.unoffer ?? []).map((p) => phraseFlag(p, "--unoffer")).filter((p): p is string => p !== null),
  };

  return withJournal(ctx, async (journal) => {
    const ref = await resolvePerson(journal, typed, ctx);
    const before = (await getPerson(journal.db, ref.id))!;
    const namesakes = rename === undefined ? [] : (await peopleNamed(journal.db, rename)).filter((p) => p.id !== ref.id);
    if (namesakes.length > 0 && !flags.force) {
      const other = namesakes[0]!;
      // By name where each name is one person's, else by number: the command must run as suggested.
      const byName = namesakes.length === 1 && (await peopleNamed(journal.db, ref.name)).length === 1;
      const merge = byName ? `net merge ${personArgument(other)} ${personArgument(ref)}` : `net merge ${other.id} ${ref.id}`;
      throw usageError(
        `there is already someone called ${other.name} (#${namesakes.map((p) => p.id).join(", #")}); nothing was changed`,
        `If they are the same person, fold one into the other: ${merge}. To rename anyway and keep both, add --force.`,
      );
    }
    if (flags.edit) fields = { ...fields, note: await editedText(before.note, "the note") };
    const missing = { needs: [] as string[], offers: [] as string[] };
    await journal.write(async (w) => {
      const renamed = rename !== undefined && rename !== ref.name ? ` → ${rename}` : "";
      w.describe(`edit #${ref.id} ${ref.name}${renamed} (${given.map(flagName).join(", ")})`);
      await removeTags(w, ref.id, untag);
      for (const side of SIDES) missing[side] = await removePhrases(w, ref.id, side, unsaid[side]);
      await updatePerson(w, ref.id, fields);
    });
    const [person, relationships] = await Promise.all([getPerson(journal.db, ref.id), relationshipsOf(journal.db, ctx.today, [ref.id])]);
    const relationship = relationships.get(ref.id)!;
    // --note replaces; show what it replaced so no words are lost by a slip.
    if (fields.note !== undefined && before.note && before.note !== fields.note)
      say(`Replaced the note, which was: ${visibleLines(before.note, "  ")}`);
    if (ctx.json) {
      return printJson(personStandingJson(person!, relationship));
    }
    const missingTags = untag.filter((t) => !before.tags.includes(t));
    if (missingTags.length > 0) say(`Note: ${visible(before.name)} had no tag ${missingTags.map((t) => `"${visible(t)}"`).join(", ")}.`);
    for (const [side, one] of [
      ["needs", "need"],
      ["offers", "offer"],
    ] as const) {
      if (missing[side].length > 0)
        say(`Note: ${visible(before.name)} had no ${one} ${missing[side].map((t) => `"${visible(t)}"`).join(", ")}.`);
    }
    if (namesakes.length > 0)
      say(
        `Note: there is already someone called ${visible(person!.name)} (#${namesakes.map((p) => p.id).join(", #")}); refer to each by id.`,
      );
    print(renderProfile(person!));
    say(
      rename !== undefined && rename !== before.name
        ? `Renamed ${visible(before.name)} to ${visible(person!.name)}.`
        : `Updated ${visible(person!.name)}.`,
    );
  });
}
