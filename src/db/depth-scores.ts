import { sql, type Kysely, type RawBuilder } from "kysely";
import { CHANNELS } from "../domain/channels.js";
import { depthScoreOf, windowStart, type Depth, type DepthFacts } from "../domain/depth.js";
import { SIZE_WEIGHT, SIZES } from "../domain/sizes.js";
import type { ChannelName, DB } from "./schema.js";

// Depth's facts as SQL reads them, and the score and tier alone (no words for the terms, no balance) for the lists
// that show nothing else: net stats over the whole network, net due for those going cold. relationshipsOf reads the same
// facts with these columns.

/** One person's conversations in the 12-month window: how many they started, and how many through each channel. */
export type WindowCounts = { theirs: number } & Record<ChannelName, number>;

/** The window's columns, counted over interaction_people rows already limited to the window (a FILTER costs less than a sum of tests). */
export function windowColumns() {
  const count = (test: RawBuilder<unknown>) => sql`count(*) FILTER (WHERE ${test})`;
  return sql.join([
    sql`${count(sql`initiated_by = 'them'`)} AS theirs`,
    ...CHANNELS.map((channel) => sql`${count(sql`channel = ${channel}`)} AS ${sql.ref(channel)}`),
  ]);
}

/** A person's conversation dates as depth needs them. */
export interface ContactRow {
  /** The latest conversation, even one planned after today. */
  readonly last_any: string | null;
  /** The latest on or before today. */
  readonly last: string | null;
  /** The first, unless it is after today. */
  readonly first: string | null;
  readonly met_on: string | null;
}

/** ContactRow's columns, from the span kept on people: only someone with a conversation planned after today needs a seek. */
export function contactColumns(today: string) {
  return sql`last_contact AS last_any,
    CASE WHEN last_contact <= ${today} THEN last_contact
      ELSE (SELECT max(date) FROM interaction_people WHERE person_id = people.id AND date <= ${today}) END AS last,
    CASE WHEN first_contact <= ${today} THEN first_contact END AS first,
    met_on`;
}

const NO_CONVERSATIONS: Readonly<Partial<Record<ChannelName, number>>> = {};

/** The facts depth is computed from, as the queries below find them; undefined where a person has none of that kind. */
export function depthFacts(
  contact: ContactRow | undefined,
  counts: WindowCounts | undefined,
  services: number,
): DepthFacts {
  return {
    lastContact: contact?.last ?? null,
    firstContact: contact?.first ?? null,
    metOn: contact?.met_on ?? null,
    windowChannels: counts ?? NO_CONVERSATIONS,
    windowTheirs: counts?.theirs ?? 0,
    services,
  };
}

/** A ledger entry's size weight, from SIZE_WEIGHT. */
export function sizeWeight() {
  return sql<number>`CASE size ${sql.join(SIZES.map((size) => sql`WHEN ${size} THEN ${SIZE_WEIGHT[size]}`), sql` `)} END`;
}

/** The size weight of favours both ways, summed per entry: one number a person instead of a count per size. */
export function servicesColumn() {
  return sql<number>`sum(${sizeWeight()})`;
}

/** Score and tier (no words for the terms) of each person in these rows: their conversation dates, window and past favours' weight. */
export function depthScores(
  today: string,
  contacts: Iterable<{ readonly id: number } & ContactRow>,
  window: Iterable<{ readonly id: number } & WindowCounts>,
  favours: Iterable<{ readonly id: number; readonly services: number }>,
): Map<number, Depth> {
  const windowOf = new Map<number, WindowCounts>();
  for (const r of window) windowOf.set(r.id, r);
  const servicesOf = new Map<number, number>();
  for (const r of favours) servicesOf.set(r.id, r.services);
  const result = new Map<number, Depth>();
  for (const contact of contacts) {
    result.set(contact.id, depthScoreOf(depthFacts(contact, windowOf.get(contact.id), servicesOf.get(contact.id) ?? 0), today));
    servicesOf.delete(contact.id);
  }
  // Favours with someone never talked to.
  for (const [id, services] of servicesOf) result.set(id, depthScoreOf(depthFacts(undefined, undefined, services), today));
  return result;
}

/**
 * Score and tier only (no words, no balance) of those of these people with a conversation or a past favour; everyone
 * else's depth is noHistoryDepth's. One seek a person in each of three indexes.
 */
export async function depthScoresOf(db: Kysely<DB>, today: string, ids: readonly number[]): Promise<Map<number, Depth>> {
  if (ids.length === 0) return new Map();
  const from = windowStart(today);
  const only = sql`(SELECT value FROM json_each(${JSON.stringify(ids)}))`;
  const [contacts, window, favours] = await Promise.all([
    sql<{ id: number } & ContactRow>`SELECT id, ${contactColumns(today)} FROM people WHERE id IN ${only} AND last_contact IS NOT NULL`.execute(db),
    sql<{ id: number } & WindowCounts>`
      SELECT person_id AS id, ${windowColumns()} FROM interaction_people
      WHERE person_id IN ${only} AND date >= ${from} AND date <= ${today} GROUP BY person_id`.execute(db),
    // Favours dated after today add no depth yet.
    sql<{ id: number; services: number }>`
      SELECT person_id AS id, ${servicesColumn()} AS services FROM ledger WHERE person_id IN ${only} AND date <= ${today} GROUP BY person_id`.execute(db),
  ]);
  return depthScores(today, contacts.rows, window.rows, favours.rows);
}
