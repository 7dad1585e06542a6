import type { Context } from "../context.js";
import { withJournal } from "./shared/with-journal.js";
import { getPerson, updatePerson } from "../db/people.js";
import { relationshipsOf } from "../db/relationships.js";
import { noteProblem } from "../domain/input.js";
import { usageError } from "../errors.js";
import { print, printJson, say } from "../ui/output.js";
import { personStandingJson } from "../ui/person.js";
import { visible, visibleLines } from "../ui/visible.js";
import { resolvePerson } from "./shared/resolve-person.js";
import { personArgument } from "../domain/shell.js";
import { editedText, noteText } from "./shared/text-flags.js";

// `net note ana met her sister at the fair`: a dated paragraph added to a person's notes, as one undo step.

export async function run(ctx: Context, name: string, words: string[] = []): Promise<void> {
  const typed = noteText(words.join(" "), "the note");
  return withJournal(ctx, async (journal) => {
    const ref = await resolvePerson(journal, name, ctx);
    // No words: the editor, on an empty file (what is there already is shown by net show).
    const text = typed ?? (await editedText(null, "the note"));
    const before = (await getPerson(journal.db, ref.id))!;
    const paragraph = `${ctx.today}: ${text}`;
    const note = before.note ? `${before.note}\n\n${paragraph}` : paragraph;
    const problem = noteProblem(note);
    if (problem)
      throw usageError(
        `${before.name}'s notes would be too long: the whole ${problem}; nothing was written`,
        `Shorten what is there with net edit ${ref.id} --edit, then add the note again.`,
      );
    await journal.write(async (w) => {
      w.describe(`note #${ref.id} ${ref.name} (${ctx.today})`);
      await updatePerson(w, ref.id, { note });
    });
    const [person, relationships] = await Promise.all([getPerson(journal.db, ref.id), relationshipsOf(journal.db, ctx.today, [ref.id])]);
    if (ctx.json) return printJson(personStandingJson(person!, relationships.get(ref.id)!));
    print(`Added to ${visible(person!.name)}'s notes: ${visibleLines(paragraph, "  ")}`);
    say(`See all of them with net show ${personArgument(ref)}; take it back with net undo.`);
  });
}
