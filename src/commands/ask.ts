import type { Context } from "../context.js";
import { withJournal } from "./shared/with-journal.js";
import { relationshipsOf } from "../db/relationships.js";
import { verdictText } from "../ui/verdict.js";
import { askVerdictOf } from "./shared/ask-verdict.js";
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
    const relationship = (await relationshipsOf(journal.db, ctx.today, [ref.id])).get(ref.id)!;
    const { verdict, reasons, suggestion, facts } = await askVerdictOf(journal.db, ref, relationship, size, ctx.today);
    const openAsks = facts.openAsks;
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
