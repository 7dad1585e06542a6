import type { Context } from "../context.js";
import { refOf } from "../domain/refs.js";
import { followUpsByIds } from "../db/follow-ups.js";
import { withJournal } from "./shared/with-journal.js";
import { followUpJson } from "../ui/follow-ups.js";
import { print, printJson } from "../ui/output.js";
import { visible, visibleLines } from "../ui/visible.js";
import { followUpsToChange } from "./shared/follow-up-args.js";
import { idArgument } from "./shared/ledger-flags.js";

// net reopen: a follow-up closed by mistake is open again, due when it was due.

export async function run(ctx: Context, idTexts: string[]): Promise<void> {
  const typed = idTexts.map((t) => idArgument(t, "f"));
  const ids = [...new Set(typed.flatMap((t) => (t.id === null ? [] : [t.id])))];
  return withJournal(ctx, async (journal) => {
    await journal.write(async (w) => {
      const found = await followUpsToChange(w.db, typed, "done", "nothing was reopened");
      await w.update("follow_ups", { id: ids }, { done_on: null });
      w.describe(`reopen ${found.map((f) => `${refOf("f", f.id)} with ${f.person.name}`).join(", ")}`);
    });
    const reopened = await followUpsByIds(journal.db, ids);
    if (ctx.json) return printJson(reopened.map(followUpJson));
    for (const f of reopened)
      print(`Reopened: ${refOf("f", f.id)} ${visible(f.person.name)}, due ${f.due}${f.note ? ` — ${visibleLines(f.note, "  ")}` : ""}`);
  });
}
