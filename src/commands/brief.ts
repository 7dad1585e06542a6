import type { Context } from "../context.js";
import { openFollowUpsOf } from "../db/follow-ups.js";
import { asksOf, ledgerOf } from "../db/ledger.js";
import { getPerson } from "../db/people.js";
import { relationshipsOf } from "../db/relationships.js";
import { newestTimeline } from "../db/timeline.js";
import { CHANNEL_LABELS } from "../domain/channels.js";
import { refOf } from "../domain/refs.js";
import { openAsksOf } from "../domain/verdict.js";
import { colour } from "../ui/colour.js";
import { print, printJson } from "../ui/output.js";
import { roleLine } from "../ui/person.js";
import { balanceText } from "../ui/receipt.js";
import { columns } from "../ui/table.js";
import { verdictText } from "../ui/verdict.js";
import { visible } from "../ui/visible.js";
import { lastContactText } from "../ui/when.js";
import { askVerdictOf } from "./shared/ask-verdict.js";
import { resolvePerson } from "./shared/resolve-person.js";
import { withJournal } from "./shared/with-journal.js";

// `net brief NAME`: one screen to read just before a call.

/** How many of the latest conversations, and of each way's gives, a brief shows. */
export const BRIEF_ENTRIES = 3;

export async function run(ctx: Context, name: string): Promise<void> {
  return withJournal(ctx, async (journal) => {
    const ref = await resolvePerson(journal, name, ctx, { reading: true });
    const db = journal.db;
    const [person, relationships, followUps, asks, ledger, { events }] = await Promise.all([
      getPerson(db, ref.id),
      relationshipsOf(db, ctx.today, [ref.id]),
      openFollowUpsOf(db, [ref.id]),
      asksOf(db, ref.id),
      ledgerOf(db, ref.id),
      newestTimeline(db, ref.id, 50),
    ]);
    const relationship = relationships.get(ref.id)!;
    const ask = await askVerdictOf(db, ref, relationship, "medium", ctx.today);
    const conversations = events.flatMap((e) => (e.kind === "interaction" ? [e] : [])).slice(0, BRIEF_ENTRIES);
    const newest = [...ledger].reverse();
    const gave = newest.filter((l) => l.direction === "gave").slice(0, BRIEF_ENTRIES);
    const got = newest.filter((l) => l.direction === "got").slice(0, BRIEF_ENTRIES);
    const open = openAsksOf(asks);
    if (ctx.json) {
      return printJson({
        person: { id: ref.id, name: ref.name, company: person!.company, title: person!.title },
        depth: { score: relationship.depth.score, tier: relationship.depth.tier },
        balance: relationship.balance,
        lastContact: relationship.lastContact,
        conversations: conversations.map((c) => ({ ref: refOf("c", c.id), date: c.date, channel: c.channel, note: c.note })),
        followUps: followUps.map((f) => ({ ref: refOf("f", f.id), due: f.due, note: f.note })),
        openAsks: open.map((a) => ({ ref: refOf("a", a.id), what: a.what, size: a.size, on: a.on })),
        needs: person!.needs,
        offers: person!.offers,
        gave: gave.map((l) => ({ ref: refOf("l", l.id), what: l.what, size: l.size, date: l.date })),
        got: got.map((l) => ({ ref: refOf("l", l.id), what: l.what, size: l.size, date: l.date })),
        ask: { size: "medium", verdict: ask.verdict, suggestion: ask.suggestion },
      });
    }
    const c = colour();
    const line = (text: string | null) => (text === null ? c.dim("no note") : visible(text.split("\n")[0]!));
    const role = roleLine(person!);
    const blocks: string[] = [
      [
        `${c.bold(visible(ref.name))} ${c.dim(`#${ref.id}`)}${role ? `  ${visible(role)}` : ""}`,
        `  ${relationship.depth.tier}, depth ${relationship.depth.score} · ${balanceText(relationship.balance)} · last contact ${lastContactText(relationship.lastContact, ctx.today)}`,
      ].join("\n"),
    ];
    const section = (title: string, rows: string[][]) => {
      if (rows.length > 0) blocks.push(`${c.bold(title)}\n${columns(rows.map(([first, ...rest]) => [`  ${first}`, ...rest]))}`);
    };
    section(
      "Last conversations",
      conversations.map((e) => [c.dim(refOf("c", e.id)), e.date, CHANNEL_LABELS[e.channel], line(e.note)]),
    );
    section(
      "You promised",
      followUps.map((f) => [c.dim(refOf("f", f.id)), `due ${f.due}`, line(f.note)]),
    );
    section(
      "You asked them",
      open.map((a) => [c.dim(refOf("a", a.id)), a.on, `${visible(a.what)} ${c.dim(`(${a.size}, open)`)}`]),
    );
    section(
      "They need",
      person!.needs.map((n) => [visible(n)]),
    );
    section(
      "They offer",
      person!.offers.map((o) => [visible(o)]),
    );
    section(
      "You did for them",
      gave.map((l) => [c.dim(refOf("l", l.id)), l.date, visible(l.what)]),
    );
    section(
      "They did for you",
      got.map((l) => [c.dim(refOf("l", l.id)), l.date, visible(l.what)]),
    );
    blocks.push(`${c.bold("A medium ask")}  ${verdictText(ask.verdict)}\n  ${visible(ask.suggestion)}`);
    print(blocks.join("\n\n"));
  });
}
