import type { Context } from "../context.js";
import { asksOf, ledgerOf } from "../db/ledger.js";
import { withJournal } from "./shared/with-journal.js";
import { cadenceOf } from "../db/people.js";
import { relationshipsOf } from "../db/relationships.js";
import { askFactsFrom, verdictFor, type Verdict } from "../domain/verdict.js";
import { colour } from "../ui/colour.js";
import { print, printJson } from "../ui/output.js";
import { balanceText, renderReceipt } from "../ui/receipt.js";
import { visible } from "../ui/visible.js";
import { sizeFlag } from "./shared/ledger-flags.js";
import { resolvePerson } from "./shared/resolve-person.js";
import { refOf } from "../domain/refs.js";

// `net ask NAME`: read only. Is this relationship ready for this ask, and if not, what to do first.
export async function run(ctx: Context, name: string, flags: { size?: string; for?: string }): Promise<void> {
  const size = sizeFlag(flags.size, "medium");
  return withJournal(ctx, async (journal) => {
    const ref = await resolvePerson(journal, name, ctx, { reading: true });
    const [cadenceDays, relationships, asks, ledger] = await Promise.all([
      cadenceOf(journal.db, ref.id),
      relationshipsOf(journal.db, ctx.today, [ref.id]),
      asksOf(journal.db, ref.id),
      ledgerOf(journal.db, ref.id),
    ]);
    const relationship = relationships.get(ref.id)!;
    const facts = askFactsFrom(
      {
        id: ref.id,
        name: ref.name,
        size,
        depth: relationship.depth,
        balance: relationship.balance,
        lastContact: relationship.lastContact,
        cadenceDays,
      },
      { asks, ledger },
    );
    const openAsks = facts.openAsks;
    const { verdict, reasons, suggestion } = verdictFor(facts, ctx.today);
    if (ctx.json) {
      return printJson({
        person: { id: ref.id, name: ref.name },
        size,
        verdict,
        reasons,
        suggestion,
        depth: relationship.depth,
        balance: relationship.balance,
        lastContact: relationship.lastContact,
        openAsks: openAsks.map((a) => ({ id: a.id, ref: refOf("a", a.id), what: a.what, on: a.on })),
      });
    }
    const c = colour();
    const forText = flags.for ? ` for ${visible(flags.for)}` : "";
    print(`${verdictText(verdict)}  ${c.bold(visible(ref.name))}, a ${size} ask${forText}`);
    for (const reason of reasons) print(`  • ${visible(reason)}`);
    print();
    print(renderReceipt(relationship.depth));
    print();
    print(`${c.bold("Balance")}       ${balanceText(relationship.balance)}`);
    print(`${c.bold("Last contact")}  ${relationship.lastContact ?? "never"}`);
    if (openAsks.length)
      print(`${c.bold("Open asks")}     ${openAsks.map((a) => `${refOf("a", a.id)} ${visible(a.what)} (${a.on})`).join("; ")}`);
    print();
    print(`${c.bold("Next:")} ${visible(suggestion)}`);
  });
}

function verdictText(verdict: Verdict): string {
  const c = colour();
  const label = verdict.toUpperCase();
  if (verdict === "ready") return c.green.bold(label);
  if (verdict === "wait") return c.yellow.bold(label);
  return c.red.bold(label);
}
