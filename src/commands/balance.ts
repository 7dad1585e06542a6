import type { Context } from "../context.js";
import { ledgerTallies } from "../db/ledger.js";
import { openJournal } from "../db/open.js";
import { balanceOf, type LedgerTally } from "../domain/balance.js";
import type { Balance } from "../domain/depth.js";
import { SIZE_WEIGHT, SIZES } from "../domain/sizes.js";
import type { PersonRef } from "../db/people.js";
import { print, printJson, say } from "../ui/output.js";
import { netText } from "../ui/receipt.js";
import { columns } from "../ui/ledger.js";

// `net balance`: given against received for everyone in the ledger, those you have leaned on most first.
export async function run(ctx: Context): Promise<void> {
  const journal = await openJournal(ctx.dbPath, { notice: say });
  try {
    const tallies = await ledgerTallies(journal.db);
    const byPerson = new Map<number, { person: PersonRef; tallies: LedgerTally[] }>();
    for (const t of tallies) {
      const entry = byPerson.get(t.person.id) ?? { person: t.person, tallies: [] };
      entry.tallies.push(t);
      byPerson.set(t.person.id, entry);
    }
    const rows: { person: PersonRef; balance: Balance }[] = [...byPerson.values()]
      .map((e) => ({ person: e.person, balance: balanceOf(e.tallies) }))
      .sort((x, y) => x.balance.net - y.balance.net || y.balance.received - x.balance.received || x.person.name.localeCompare(y.person.name));
    if (ctx.json) return printJson(rows.map((r) => ({ person: r.person, ...r.balance })));
    if (rows.length === 0) {
      say("No gives or takes yet. Record them with `net gave NAME WHAT` and `net got NAME WHAT`.");
      return;
    }
    print(columns(["who", "given", "received", "net"], rows.map((r) => [r.person.name, String(r.balance.given), String(r.balance.received), netText(r.balance.net)])));
    const total = balanceOf(tallies);
    say(`Sizes weigh ${SIZES.map((s) => `${s} ${SIZE_WEIGHT[s]}`).join(", ")}. In all: given ${total.given}, received ${total.received}.`);
  } finally {
    await journal.close();
  }
}
