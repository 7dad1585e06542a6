import type { Context } from "../context.js";
import { refOf } from "../domain/refs.js";
import { addAsk, asksOf } from "../db/ledger.js";
import { askSpacingNote } from "../domain/verdict.js";
import { withJournal } from "./shared/with-journal.js";
import { print, printJson, say } from "../ui/output.js";
import { dayFlag, sizeFlag, whatText } from "./shared/ledger-flags.js";
import { resolvePerson } from "./shared/resolve-person.js";
import { editedText, refuseEditWith } from "./shared/text-flags.js";
import { visible, visibleLines } from "../ui/visible.js";

// `net asked`: a request you made. It stays open until `net asks close`.
export async function run(
  ctx: Context,
  name: string,
  words: string[],
  flags: { size?: string; on?: string; edit?: boolean },
): Promise<void> {
  refuseEditWith(flags.edit, words.length > 0, "the words after the name");
  const typed = flags.edit ? null : whatText(words, "net asked ben 'a referral to Acme' --size medium", "what you asked for");
  const size = sizeFlag(flags.size, "medium");
  const date = dayFlag(flags.on, ctx.today);
  return withJournal(ctx, async (journal) => {
    const person = await resolvePerson(journal, name, ctx);
    const what = typed ?? (await editedText(null, "what you asked for"));
    const earlier = await asksOf(journal.db, person.id);
    const id = await journal.write(async (w) => {
      const id = await addAsk(w, { personId: person.id, what, size, date });
      w.describe(`asked ${refOf("a", id)} of ${person.name} on ${date}`);
      return id;
    });
    // Recorded either way (it happened), but say when it broke the spacing `net ask` would have advised.
    const note = askSpacingNote(person.name, earlier, date);
    if (note) say(`Note: ${visible(note)}`);
    if (ctx.json) return printJson({ ask: { id, ref: refOf("a", id), person, what, size, on: date, status: "open", closedOn: null } });
    print(
      `Ask ${refOf("a", id)}: you asked ${visible(person.name)} for ${visibleLines(what, "  ")} (${size}, ${date}). It stays open until you close it.`,
    );
    say(`When ${visible(person.name)} answers: net asks close ${refOf("a", id)} --granted (or --declined).`);
  });
}
