import type { Context } from "../context.js";
import { openJournal } from "../db/open.js";
import { getPerson } from "../db/people.js";
import { relationshipsOf } from "../db/relationships.js";
import { openAsksOf, openFollowUpsOf, timelineOf } from "../db/timeline.js";
import { colour } from "../ui/colour.js";
import { print, printJson, say } from "../ui/output.js";
import { personJson, renderProfile } from "../ui/person.js";
import { balanceText, renderReceipt } from "../ui/receipt.js";
import { renderFollowUps, renderOpenAsks, renderTimeline } from "../ui/timeline.js";
import { lastContactText } from "../ui/when.js";
import { resolvePerson } from "./resolve.js";

export async function run(ctx: Context, name: string): Promise<void> {
  const journal = await openJournal(ctx.dbPath, { notice: say });
  try {
    const ref = await resolvePerson(journal, name, ctx);
    const [person, relationships, followUps, asks, timeline] = await Promise.all([
      getPerson(journal.db, ref.id),
      relationshipsOf(journal.db, ctx.today, [ref.id]),
      openFollowUpsOf(journal.db, ref.id),
      openAsksOf(journal.db, ref.id),
      timelineOf(journal.db, ref.id),
    ]);
    const relationship = relationships.get(ref.id)!;
    if (ctx.json) {
      return printJson({
        ...personJson(person!),
        depth: relationship.depth,
        balance: relationship.balance,
        lastContact: relationship.lastContact,
        followUps,
        openAsks: asks,
        timeline,
      });
    }
    const c = colour();
    const blocks = [
      renderProfile(person!),
      [
        renderReceipt(relationship.depth),
        `${c.bold("Balance")} ${balanceText(relationship.balance)}`,
        `${c.bold("Last contact")} ${lastContactText(relationship.lastContact, ctx.today)}`,
      ].join("\n"),
      ...(followUps.length > 0 ? [renderFollowUps(followUps, ctx.today)] : []),
      ...(asks.length > 0 ? [renderOpenAsks(asks)] : []),
      renderTimeline(timeline),
    ];
    print(blocks.join("\n\n"));
    if (timeline.length === 0) say(`Next: net log "${person!.name}" after you talk.`);
  } finally {
    await journal.close();
  }
}
