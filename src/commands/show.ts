import type { Context } from "../context.js";
import { withJournal } from "./shared/with-journal.js";
import { getPerson } from "../db/people.js";
import { relationshipsOf } from "../db/relationships.js";
import { openFollowUpsOf } from "../db/follow-ups.js";
import { asksOf } from "../db/ledger.js";
import { newestTimeline, timelineOf } from "../db/timeline.js";
import { openAsksOf } from "../domain/verdict.js";
import { personArgument } from "../domain/shell.js";
import { colour } from "../ui/colour.js";
import { print, printJson, say } from "../ui/output.js";
import { personJson, renderProfile } from "../ui/person.js";
import { balanceText, renderReceipt } from "../ui/receipt.js";
import { eventRef, openAskJson, openFollowUpJson, renderFollowUps, renderOpenAsks, renderTimeline } from "../ui/timeline.js";
import { columns } from "../ui/table.js";
import { lastContactText } from "../ui/when.js";
import { resolvePerson } from "./shared/resolve-person.js";

export interface ShowFlags {
  /** The whole timeline, not only the newest entries. */
  readonly all?: boolean;
}

/** How many timeline entries a human sees without --all. */
export const TIMELINE_SHOWN = 50;

export async function run(ctx: Context, name: string, flags: ShowFlags = {}): Promise<void> {
  return withJournal(ctx, async (journal) => {
    const ref = await resolvePerson(journal, name, ctx, { reading: true });
    const [person, relationships, followUps, allAsks, { events: timeline, total }] = await Promise.all([
      getPerson(journal.db, ref.id),
      relationshipsOf(journal.db, ctx.today, [ref.id]),
      openFollowUpsOf(journal.db, [ref.id]),
      asksOf(journal.db, ref.id),
      // --json always carries the whole timeline; a person at the terminal sees the newest entries unless --all.
      ctx.json || flags.all
        ? timelineOf(journal.db, ref.id).then((events) => ({ events, total: events.length }))
        : newestTimeline(journal.db, ref.id, TIMELINE_SHOWN),
    ]);
    const asks = openAsksOf(allAsks);
    const relationship = relationships.get(ref.id)!;
    if (ctx.json) {
      return printJson({
        ...personJson(person!),
        depth: relationship.depth,
        balance: relationship.balance,
        lastContact: relationship.lastContact,
        followUps: followUps.map(openFollowUpJson),
        openAsks: asks.map(openAskJson),
        timeline: timeline.map((e) => ({ ...e, ref: eventRef(e) })),
      });
    }
    const c = colour();
    const blocks = [
      renderProfile(person!),
      [
        renderReceipt(relationship.depth),
        columns([
          [c.bold("Balance"), balanceText(relationship.balance)],
          [c.bold("Last contact"), lastContactText(relationship.lastContact, ctx.today)],
        ]),
      ].join("\n"),
      ...(followUps.length > 0 ? [renderFollowUps(followUps, ctx.today)] : []),
      ...(asks.length > 0 ? [renderOpenAsks(asks)] : []),
      renderTimeline(timeline, total, person!),
    ];
    print(blocks.join("\n\n"));
    if (timeline.length === 0) say(`Next: net log ${personArgument(person!)} after you talk.`);
  });
}
