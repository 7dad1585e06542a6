import type { Context } from "../context.js";
import { refOf } from "../domain/refs.js";
import { followUpsByIds, markDone } from "../db/follow-ups.js";
import { withJournal } from "./shared/with-journal.js";
import { followUpJson } from "../ui/follow-ups.js";
import { print, printJson } from "../ui/output.js";
import { followUpsToChange } from "./shared/follow-up-args.js";
import { visible, visibleLines } from "../ui/visible.js";
import { idArgument } from "./shared/ledger-flags.js";

export async function run(ctx: Context, idTexts: string[]): Promise<void> {
  const typed = idTexts.map((t) => idArgument(t, "f"));
  const ids = [...new Set(typed.flatMap((t) => (t.id === null ? [] : [t.id])))];
  return withJournal(ctx, async (journal) => {
    await journal.write(async (w) => {
      const found = await followUpsToChange(w.db, typed, "open", "nothing was marked done");
      await markDone(w, ids, ctx.today);
      w.describe(`done ${found.map((f) => `${refOf("f", f.id)} with ${f.person.name}`).join(", ")}`);
    });
    const done = await followUpsByIds(journal.db, ids);
    if (ctx.json) return printJson(done.map(followUpJson));
    for (const f of done) print(`Done: ${refOf("f", f.id)} ${visible(f.person.name)}${f.note ? ` — ${visibleLines(f.note, "  ")}` : ""}`);
  });
}
