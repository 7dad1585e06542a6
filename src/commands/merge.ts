import type { Context } from "../context.js";
import { mergePeople } from "../db/merge.js";
import { withJournal } from "./shared/with-journal.js";
import { getPerson } from "../db/people.js";
import { usageError } from "../errors.js";
import { print, printJson, say } from "../ui/output.js";
import { personJson, renderProfile, roleLine } from "../ui/person.js";
import { resolvePerson } from "./shared/resolve-person.js";
import { visible } from "../ui/visible.js";
import { listed, plural } from "../domain/plural.js";

interface MergeFlags {
  readonly yes?: boolean;
}

export async function run(ctx: Context, keepQuery: string, otherQuery: string, flags: MergeFlags): Promise<void> {
  return withJournal(ctx, async (journal) => {
    const keep = await resolvePerson(journal, keepQuery, ctx);
    const other = await resolvePerson(journal, otherQuery, ctx);
    if (keep.id === other.id)
      throw usageError(
        `"${keepQuery}" and "${otherQuery}" are the same person (#${keep.id})`,
        "Name two different people: net merge KEEP OTHER.",
      );
    const [keepPerson, otherPerson] = [(await getPerson(journal.db, keep.id))!, (await getPerson(journal.db, other.id))!];
    const describe = (p: typeof keepPerson) => `${visible(p.name)} (#${p.id}${roleLine(p) ? `, ${visible(roleLine(p))}` : ""})`;
    if (!flags.yes) {
      if (!ctx.interactive || ctx.json) {
        throw usageError(
          `merging ${describe(otherPerson)} into ${describe(keepPerson)} removes #${other.id}; confirm with --yes`,
          `Run: net merge ${keep.id} ${other.id} --yes`,
        );
      }
      const { confirm } = await import("../ui/prompts.js");
      const ok = await confirm(
        `Fold ${describe(otherPerson)} into ${describe(keepPerson)}? Their history moves to #${keep.id} and #${other.id} is removed.`,
      );
      if (!ok) return say("Nothing was changed.");
    }
    const moved = await journal.write((w) => {
      w.describe(`merge #${other.id} ${other.name} into #${keep.id} ${keep.name}`);
      return mergePeople(w, keep.id, other.id);
    });
    const person = (await getPerson(journal.db, keep.id))!;
    if (ctx.json) return printJson({ kept: personJson(person), removed: { id: other.id, name: other.name }, moved });
    print(renderProfile(person));
    const parts = [
      plural(moved.interactions, "conversation"),
      plural(moved.ledger, "ledger entry", "ledger entries"),
      plural(moved.asks, "ask"),
      plural(moved.intros, "introduction"),
      plural(moved.followUps, "follow-up"),
    ].filter((part) => !part.startsWith("0 "));
    const what = parts.length === 0 ? "they had no history to move" : `moved ${listed(parts)}`;
    say(`Merged ${visible(otherPerson.name)} (#${other.id}) into ${visible(person.name)} (#${person.id}): ${what}.`);
    if (moved.introsBetween > 0) say(`Removed ${plural(moved.introsBetween, "introduction")} between the two: they are one person.`);
  });
}
