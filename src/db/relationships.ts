import { sql, type Kysely } from "kysely";
import { balanceFrom, NO_BALANCE } from "../domain/balance.js";
import { depthOf, depthScoreOf, windowStart, type Balance, type Depth } from "../domain/depth.js";
import { CHANNELS } from "../domain/channels.js";
import { contactColumns, eachHistory, sizeWeight, windowColumns, type ContactRow, type WindowCounts } from "./depth-scores.js";
import { jsonRows } from "./json-rows.js";
import type { DB } from "./schema.js";

// Depth, balance and last contact for many people at once: one GROUP BY per table group, then the pure formula per person in memory.
export interface Relationship {
  readonly personId: number;
  readonly depth: Depth;
  readonly balance: Balance;
  /** The date of the latest interaction, or null. */
  readonly lastContact: string | null;
}

/** The depth of someone with no conversation and no favour either way: the same for everyone, whenever they met. */
export function noHistoryDepth(today: string): Depth {
  return depthOf({ lastContact: null, firstContact: null, metOn: null, windowChannels: {}, windowTheirs: 0, services: 0 }, today);
}

/** Each person's relationship: from their history, or the one everyone without a history shares. */
export function relationshipOf(histories: ReadonlyMap<number, Relationship>, today: string): (personId: number) => Relationship {
  const depth = noHistoryDepth(today);
  return (personId) => histories.get(personId) ?? { personId, depth, balance: NO_BALANCE, lastContact: null };
}

/** For the given people (or everyone when ids is omitted). */
export async function relationshipsOf(db: Kysely<DB>, today: string, ids?: readonly number[]): Promise<Map<number, Relationship>> {
  if (ids && ids.length === 0) return new Map();
  const [everyone, history] = await Promise.all([
    ids
      ? Promise.resolve(ids)
      : sql<{ id: number }>`SELECT id FROM people ORDER BY id`.execute(db).then((r) => r.rows.map((row) => row.id)),
    historiesOf(db, today, ids ? { ids } : {}),
  ]);
  const relationship = relationshipOf(history, today);
  return new Map(everyone.map((id) => [id, relationship(id)]));
}

export interface HistoryOptions {
  readonly ids?: readonly number[];
  /** false: score and tier only, no words for each term (a list of thousands shows none). */
  readonly explained?: boolean;
}

/**
 * Only the people with a conversation or a ledger entry (of the given people, or of everyone): the rest of a large
 * network has none, and their relationship is `noHistoryDepth`, no balance, never in touch.
 */
export async function historiesOf(db: Kysely<DB>, today: string, options: HistoryOptions = {}): Promise<Map<number, Relationship>> {
  const { ids, explained = true } = options;
  if (ids && ids.length === 0) return new Map();
  const from = windowStart(today);
  // One JSON parameter instead of one per id: no limit on how many people, and the person indexes still apply.
  const given = ids ? sql`(SELECT value FROM json_each(${JSON.stringify(ids)}))` : undefined;

  // First and last contact are kept on people (migration 06); the window's channels and initiative come from the
  // copies kept in interaction_people (index-only passes).
  const [dates, window, ledger] = await Promise.all([
    jsonRows<{ id: number } & ContactRow>(
      db,
      ["id", "last_any", "last", "first", "met_on"],
      sql`SELECT id, ${contactColumns(today)} FROM people WHERE last_contact IS NOT NULL${given ? sql` AND id IN ${given}` : sql``}`,
    ),
    // Channel and initiator are kept beside each date, so the window is read from interaction_people_person_window
    // alone: one seek per person for a few people; for everyone, only those whose last contact falls in the window.
    jsonRows<{ id: number } & WindowCounts>(
      db,
      ["id", "theirs", ...CHANNELS],
      sql`SELECT person_id AS id, ${windowColumns()}
        FROM interaction_people
        WHERE person_id IN ${given ?? sql`(SELECT id FROM people WHERE last_contact >= ${from})`}
          AND date >= ${from} AND date <= ${today}
        GROUP BY person_id`,
    ),
    // Each person's favours weighed by size, one row a person from the ledger_person index: given and received make
    // the balance (entries dated after today included); depth's services leave those out, like interactions, until their day.
    jsonRows<{ id: number; given: number; received: number; services: number }>(
      db,
      ["id", "given", "received", "services"],
      sql`SELECT person_id AS id, total(CASE WHEN direction = 'gave' THEN ${sizeWeight()} END) AS given,
          total(CASE WHEN direction = 'got' THEN ${sizeWeight()} END) AS received,
          total(CASE WHEN date <= ${today} THEN ${sizeWeight()} END) AS services
        FROM ledger ${given ? sql`WHERE person_id IN ${given}` : sql``} GROUP BY person_id`,
    ),
  ]);

  const result = new Map<number, Relationship>();
  eachHistory(dates, window, ledger, (id, facts, contact, favours) => {
    const depth = (explained ? depthOf : depthScoreOf)(facts, today);
    result.set(id, {
      personId: id,
      depth,
      balance: favours ? balanceFrom(favours.given, favours.received) : NO_BALANCE,
      lastContact: contact?.last_any ?? null,
    });
  });
  return result;
}
