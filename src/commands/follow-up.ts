import type { Context } from "../context.js";
import { refOf } from "../domain/refs.js";
import { addFollowUp, followUpsByIds } from "../db/follow-ups.js";
import { withJournal } from "./shared/with-journal.js";
import { usageError } from "../errors.js";
import { dayLabel, followUpJson } from "../ui/follow-ups.js";
import { print, printJson, say } from "../ui/output.js";
import { parseFollowUpDay } from "./shared/follow-up-args.js";
import { editedText, noteText, refuseEditWith } from "./shared/text-flags.js";
import { resolvePerson } from "./shared/resolve-person.js";
import { visible, visibleLines } from "../ui/visible.js";

export async function run(
  ctx: Context,
  name: string,
  when: string,
  noteWords: string[] = [],
  flags: { edit?: boolean } = {},
): Promise<void> {
  const due = parseFollowUpDay(when, ctx.today);
  refuseEditWith(flags.edit, noteWords.length > 0, "the words after WHEN");
  const typed = noteText(noteWords.join(" "), "the follow-up's note");
  if (name.trim() === "") throw usageError("who is the follow-up with?", "Pass a name: net follow-up ana 2w send the deck.");
  return withJournal(ctx, async (journal) => {
    const person = await resolvePerson(journal, name, ctx);
    const note = flags.edit ? await editedText(null, "the follow-up's note") : typed;
    const id = await journal.write(async (w) => {
      const id = await addFollowUp(w, { personId: person.id, due, note }, ctx.today);
      w.describe(`follow-up ${refOf("f", id)} with ${person.name} due ${due}`);
      return id;
    });
    const [followUp] = await followUpsByIds(journal.db, [id]);
    if (ctx.json) return printJson(followUpJson(followUp!));
    print(
      `Follow-up ${refOf("f", id)} with ${visible(person.name)} on ${dayLabel(due, ctx.today)}${note ? `: ${visibleLines(note, "  ")}` : ""}.`,
    );
    say(`It will show in \`net due\`; close it with \`net done ${refOf("f", id)}\`.`);
  });
}
