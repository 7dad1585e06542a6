import { sql, type Kysely } from "kysely";
import { balanceOf, NO_BALANCE, weightOf, type LedgerTally } from "../domain/balance.js";
import { CHANNELS } from "../domain/channels.js";
import { depthOf, windowStart, type Balance, type Depth } from "../domain/depth.js";
import type { ChannelName, DB, SizeName } from "./schema.js";

// Depth, balance and last contact for many people at once: one GROUP BY per table group, then the pure formula per person in memory.
export interface Relationship {
  readonly personId: number;
  readonly depth: Depth;
  readonly balance: Balance;
  /** The date of the latest interaction, or null. */
  readonly lastContact: string | null;
}

type ContactRow = {
  id: number;
  last_any: string | null;
  last: string | null;
  first: string | null;
  theirs: number;
} & Record<ChannelName, number>;

/** For the given people (or everyone when ids is omitted). */
export async function relationshipsOf(db: Kysely<DB>, today: string, ids?: readonly number[]): Promise<Map<number, Relationship>> {
  if (ids && ids.length === 0) return new Map();
  const from = windowStart(today);
  // One JSON parameter instead of one per id: no limit on how many people, and the person indexes still apply.
  const only = (column: string) => (ids ? sql`WHERE ${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))` : sql``);
  const perChannel = sql.join(CHANNELS.map((channel) => sql`coalesce(sum(i.channel = ${channel}), 0) AS ${sql.ref(channel)}`));

  // First and last contact come from the dates kept in interaction_people (an index-only pass); only the conversations
  // inside the window are looked up for their channel and initiative.
  const [people, dates, window, ledger] = await Promise.all([
    sql<{ id: number; met_on: string | null }>`SELECT id, met_on FROM people ${only("id")}`.execute(db),
    sql<{ id: number; last_any: string | null; last: string | null; first: string | null }>`
      SELECT person_id AS id, max(date) AS last_any,
        max(CASE WHEN date <= ${today} THEN date END) AS last,
        min(CASE WHEN date <= ${today} THEN date END) AS first
      FROM interaction_people ${only("person_id")}
      GROUP BY person_id`.execute(db),
    // A few people: seek each one's window in interaction_people_person_date. Everyone: walk the window once by date.
    sql<{ id: number; theirs: number } & Record<ChannelName, number>>`
      SELECT ip.person_id AS id, coalesce(sum(i.initiated_by = 'them'), 0) AS theirs, ${perChannel}
      ${
        ids
          ? sql`FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id
                WHERE ip.person_id IN (SELECT value FROM json_each(${JSON.stringify(ids)})) AND ip.date >= ${from} AND ip.date <= ${today}`
          : sql`FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id WHERE i.date >= ${from} AND i.date <= ${today}`
      }
      GROUP BY ip.person_id`.execute(db),
    // `past` leaves out entries dated after today: like interactions, they add no depth yet (the balance still lists them).
    sql<{ id: number; direction: "gave" | "got"; size: SizeName; count: number; past: number }>`
      SELECT person_id AS id, direction, size, count(*) AS count, coalesce(sum(date <= ${today}), 0) AS past FROM ledger ${only("person_id")}
      GROUP BY person_id, direction, size`.execute(db),
  ]);

  const windowOf = new Map(window.rows.map((r) => [r.id, r]));
  const noWindow = { theirs: 0, ...Object.fromEntries(CHANNELS.map((channel) => [channel, 0])) } as { theirs: number } & Record<ChannelName, number>;
  const contactOf = new Map<number, ContactRow>(dates.rows.map((r) => [r.id, { ...r, ...(windowOf.get(r.id) ?? noWindow) }]));
  const talliesOf = new Map<number, LedgerTally[]>();
  const pastOf = new Map<number, LedgerTally[]>();
  for (const r of ledger.rows) {
    const list = talliesOf.get(r.id) ?? [];
    list.push({ direction: r.direction, size: r.size, count: r.count });
    talliesOf.set(r.id, list);
    const past = pastOf.get(r.id) ?? [];
    past.push({ direction: r.direction, size: r.size, count: r.past });
    pastOf.set(r.id, past);
  }

  const result = new Map<number, Relationship>();
  for (const person of people.rows) {
    const c = contactOf.get(person.id);
    const tallies = talliesOf.get(person.id) ?? [];
    const services = weightOf(pastOf.get(person.id) ?? []);
    const depth = depthOf(
      {
        lastContact: c?.last ?? null,
        firstContact: c?.first ?? null,
        metOn: person.met_on,
        windowChannels: c ? Object.fromEntries(CHANNELS.map((channel) => [channel, c[channel]])) : {},
        windowTheirs: c?.theirs ?? 0,
        services,
      },
      today,
    );
    result.set(person.id, { personId: person.id, depth, balance: tallies.length ? balanceOf(tallies) : NO_BALANCE, lastContact: c?.last_any ?? null });
  }
  return result;
}
