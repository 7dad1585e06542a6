import { sql, type RawBuilder } from "kysely";
import { CHANNELS } from "../domain/channels.js";
import type { DepthFacts } from "../domain/depth.js";
import { SIZE_WEIGHT, SIZES } from "../domain/sizes.js";
import type { ChannelName } from "../domain/channels.js";

// Depth's facts as SQL reads them, for relationships (src/db/relationships.ts) and net stats (src/db/stats.ts): the
// columns of each query, and each person's facts assembled from their rows.

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
function depthFacts(contact: ContactRow | undefined, counts: WindowCounts | undefined, services: number): DepthFacts {
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
  return sql<number>`CASE size ${sql.join(
    SIZES.map((size) => sql`WHEN ${size} THEN ${SIZE_WEIGHT[size]}`),
    sql` `,
  )} END`;
}

/** The size weight of favours both ways, summed per entry: one number a person instead of a count per size. */
export function servicesColumn() {
  return sql<number>`sum(${sizeWeight()})`;
}

/**
 * Depth's facts for each person in these rows with a conversation or a past favour (those talked to first, then those
 * with favours alone), handed to `visit` with the rows they came from.
 */
export function eachHistory<C extends { readonly id: number } & ContactRow, F extends { readonly id: number; readonly services: number }>(
  contacts: Iterable<C>,
  window: Iterable<{ readonly id: number } & WindowCounts>,
  favours: Iterable<F>,
  visit: (id: number, facts: DepthFacts, contact: C | undefined, favour: F | undefined) => void,
): void {
  const windowOf = new Map<number, WindowCounts>();
  for (const r of window) windowOf.set(r.id, r);
  const favourOf = new Map<number, F>();
  for (const r of favours) favourOf.set(r.id, r);
  for (const contact of contacts) {
    const favour = favourOf.get(contact.id);
    visit(contact.id, depthFacts(contact, windowOf.get(contact.id), favour?.services ?? 0), contact, favour);
    favourOf.delete(contact.id);
  }
  // Favours with someone never talked to.
  for (const [id, favour] of favourOf) visit(id, depthFacts(undefined, undefined, favour.services), undefined, favour);
}
