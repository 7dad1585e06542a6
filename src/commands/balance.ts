import type { Context } from "../context.js";
import { ledgerTallies } from "../db/ledger.js";
import { withJournal } from "./shared/with-journal.js";
import { balanceOf, balancesByPerson } from "../domain/balance.js";
import { personLabel, refOf } from "../domain/refs.js";
import { SIZE_WEIGHT, SIZES } from "../domain/sizes.js";
import { print, printJson, say } from "../ui/output.js";
import { netText } from "../ui/receipt.js";
import { table } from "../ui/table.js";
import { visible } from "../ui/visible.js";

// `net balance`: given against received for everyone in the ledger, those you have leaned on most first.
export async function run(ctx: Context): Promise<void> {
  return withJournal(ctx, async (journal) => {
    const tallies = await ledgerTallies(journal.db);
    const rows = balancesByPerson(tallies);
    if (ctx.json) return printJson(rows.map((r) => ({ person: { ...r.person, ref: refOf("p", r.person.id) }, ...r.balance })));
    if (rows.length === 0) {
      say("No gives or takes yet. Record them with `net gave NAME WHAT` and `net got NAME WHAT`.");
      return;
    }
    print(
      table(
        ["who", "given", "received", "net"],
        rows.map((r) => [
          `${personLabel(r.person.id)} ${visible(r.person.name)}`,
          String(r.balance.given),
          String(r.balance.received),
          netText(r.balance.net),
        ]),
        ["left", "right", "right", "right"],
      ),
    );
    const total = balanceOf(tallies);
    say(`Sizes weigh ${SIZES.map((s) => `${s} ${SIZE_WEIGHT[s]}`).join(", ")}. In all: given ${total.given}, received ${total.received}.`);
  });
}
