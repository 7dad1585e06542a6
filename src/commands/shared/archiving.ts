import type { Context } from "../../context.js";
import { withJournal } from "./with-journal.js";
import { getPerson, updatePerson } from "../../db/people.js";
import { printJson, say } from "../../ui/output.js";
import { personStandingJson } from "../../ui/person.js";
import { relationshipsOf } from "../../db/relationships.js";
import { resolvePerson } from "./resolve-person.js";
import { personArgument } from "../../domain/shell.js";
import { visible } from "../../ui/visible.js";

/** Archiving keeps every record: the person only leaves `net people` and going-cold. Doing it twice is harmless. */
export async function setArchived(ctx: Context, name: string, archived: boolean): Promise<void> {
  return withJournal(ctx, async (journal) => {
    const ref = await resolvePerson(journal, name, ctx);
    const before = (await getPerson(journal.db, ref.id))!;
    if (before.archived !== archived) {
      await journal.write((w) => {
        w.describe(`${archived ? "archive" : "unarchive"} #${ref.id} ${ref.name}`);
        return updatePerson(w, ref.id, { archived });
      });
    }
    const person = (await getPerson(journal.db, ref.id))!;
    if (ctx.json) printJson(personStandingJson(person, (await relationshipsOf(journal.db, ctx.today, [ref.id])).get(ref.id)!));
    if (before.archived === archived) {
      say(
        archived
          ? `${visible(person.name)} was already archived; nothing changed.`
          : `${visible(person.name)} is not archived; nothing changed.`,
      );
    } else if (archived) {
      say(
        `Archived ${visible(person.name)}: hidden from net people and going-cold, history kept. Undo with: net unarchive ${personArgument(person)}`,
      );
    } else {
      say(`${visible(person.name)} is back: listed in net people and watched for going cold again.`);
    }
  });
}
