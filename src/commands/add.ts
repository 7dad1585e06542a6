import type { Context } from "../context.js";
import { withJournal } from "./shared/with-journal.js";
import { getPerson, insertPerson, peopleNamed } from "../db/people.js";
import { print, printJson, say } from "../ui/output.js";
import { personStandingJson, renderProfile } from "../ui/person.js";
import { relationshipsOf } from "../db/relationships.js";
import { fieldsFromFlags, type PersonFlags } from "./shared/person-flags.js";
import { editedText, validName } from "./shared/text-flags.js";
import { personArgument } from "../domain/shell.js";
import { visible } from "../ui/visible.js";
import { newOrClose, sayCloseNames } from "./shared/close-names.js";

export async function run(ctx: Context, name: string, flags: PersonFlags): Promise<void> {
  const trimmed = validName(name);
  const fields = fieldsFromFlags(flags, ctx.today);
  return withJournal(ctx, async (journal) => {
    const namesakes = await peopleNamed(journal.db, trimmed);
    const same = await newOrClose(journal, trimmed, ctx);
    if (same.kind === "same") {
      print(renderProfile((await getPerson(journal.db, same.person.id))!));
      return say(
        `Nothing was added: "${visible(trimmed)}" is ${visible(same.person.name)} (#${same.person.id}); change what you know about them with net edit ${personArgument(same.person)}.`,
      );
    }
    const note = flags.edit ? { note: await editedText(null, "the note") } : {};
    const id = await journal.write(async (w) => {
      const id = await insertPerson(w, { ...fields, ...note, name: trimmed }, ctx.today);
      w.describe(`add #${id} ${trimmed}`);
      return id;
    });
    const person = (await getPerson(journal.db, id))!;
    if (ctx.json) {
      // A script adding a namesake spelled the same meant to (stderr stays clean, as before); other close names are warned of.
      sayCloseNames(
        person,
        same.close.filter((p) => p.name !== trimmed),
      );
      return printJson(personStandingJson(person, (await relationshipsOf(journal.db, ctx.today, [id])).get(id)!));
    }
    // A namesake may well be someone else: told how to tell them apart; any other close name only how to fold them together.
    if (namesakes.length > 0) {
      say(
        `Note: there is already someone called ${visible(namesakes[0]!.name)} (#${namesakes.map((p) => p.id).join(", #")}); refer to each by id, or if they are the same person: net merge ${namesakes[0]!.id} ${id}`,
      );
    }
    sayCloseNames(
      person,
      same.close.filter((p) => !namesakes.some((n) => n.id === p.id)),
    );
    print(renderProfile(person));
    // With a namesake, the name alone would be asked about again: the id names this one.
    const argument = namesakes.length > 0 ? String(person.id) : personArgument(person);
    say(`Added ${visible(person.name)}. Next: net log ${argument} after you talk.`);
  });
}
