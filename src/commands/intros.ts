import type { Context } from "../context.js";
import { listIntros } from "../db/intros.js";
import { refOf } from "../domain/refs.js";
import { withJournal } from "./shared/with-journal.js";
import { introJson, introStateText } from "../ui/ledger.js";
import { print, printJson, say } from "../ui/output.js";
import { table } from "../ui/table.js";
import { visible, visibleLines } from "../ui/visible.js";

// `net intros`: introductions you made or proposed, newest first.
export async function run(ctx: Context): Promise<void> {
  return withJournal(ctx, async (journal) => {
    const intros = await listIntros(journal.db);
    if (ctx.json) return printJson(intros.map(introJson));
    if (intros.length === 0) {
      say("No introductions yet. Introducing two people is a gift to both: net intro ana ben --why 'Ana is hiring'.");
      return;
    }
    const rows = intros.map((i) => [
      refOf("i", i.id),
      `${visible(i.a.name)} ↔ ${visible(i.b.name)}`,
      i.madeOn ?? i.proposedOn ?? "",
      introStateText(i),
      visibleLines(i.outcomeNote ?? i.why ?? ""),
    ]);
    print(table(["ref", "who", "when", "state", "note"], rows));
  });
}
