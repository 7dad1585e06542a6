import type { Context } from "../context.js";
import { listAsks } from "../db/ledger.js";
import { refOf } from "../domain/refs.js";
import { withJournal } from "./shared/with-journal.js";
import { askJson, askStatusText } from "../ui/ledger.js";
import { print, printJson, say } from "../ui/output.js";
import { table } from "../ui/table.js";
import { visible, visibleLines } from "../ui/visible.js";

// `net asks`: every request you made, open ones first.
export async function run(ctx: Context): Promise<void> {
  return withJournal(ctx, async (journal) => {
    const asks = await listAsks(journal.db);
    if (ctx.json) return printJson(asks.map(askJson));
    if (asks.length === 0) {
      say("No asks yet. Before asking someone for something, run `net ask NAME`; record it with `net asked NAME WHAT`.");
      return;
    }
    print(
      table(
        ["ref", "who", "what", "size", "asked", "status"],
        asks.map((a) => [refOf("a", a.id), visible(a.person.name), visibleLines(a.what), a.size, a.on, askStatusText(a)]),
      ),
    );
    const open = asks.filter((a) => a.status === "open");
    if (open.length > 0) say(`${open.length} open. Close one with: net asks close ${refOf("a", open[0]!.id)} --granted (or --declined).`);
  });
}
