import { sql, type Kysely } from "kysely";
import { depthScoreOf, windowStart, type Tier } from "../domain/depth.js";
import { CHANNELS } from "../domain/channels.js";
import { jsonRows } from "./json-rows.js";
import { contactColumns, eachHistory, servicesColumn, windowColumns, type ContactRow, type WindowCounts } from "./depth-scores.js";
import type { DB } from "./schema.js";

type Db = Kysely<DB>;

// The aggregates behind `net stats`, each one GROUP BY over an indexed range.

/** Interactions in each month (YYYY-MM) up to `to`, inclusive: one count over a range of the interactions_date index per month. */
export async function interactionsPerMonth(db: Db, months: readonly string[], to: string): Promise<Map<string, number>> {
  if (months.length === 0) return new Map();
  const counts = months.map(
    (month) =>
      sql`SELECT ${month} AS month, count(*) AS n FROM interactions WHERE date >= ${`${month}-01`} AND date <= ${`${month}-31`} AND date <= ${to}`,
  );
  const rows = await sql<{ month: string; n: number }>`${sql.join(counts, sql` UNION ALL `)}`.execute(db);
  return new Map(rows.rows.map((r) => [r.month, r.n]));
}

/**
 * The depth tier of everyone not archived with a conversation or a past favour on record (everyone else's is
 * noHistoryDepth's), from three index passes: the span kept on people, the window of those in touch within it, and
 * past favours. Thousands of rows each, so they come back as JSON.
 */
export async function tiersWithHistory(db: Db, today: string): Promise<Tier[]> {
  const from = windowStart(today);
  const [contacts, window, favours] = await Promise.all([
    jsonRows<{ id: number } & ContactRow>(
      db,
      ["id", "last", "first", "met_on"],
      sql`SELECT id, ${contactColumns(today)} FROM people WHERE last_contact IS NOT NULL AND archived = 0`,
    ),
    jsonRows<{ id: number } & WindowCounts>(
      db,
      ["id", "theirs", ...CHANNELS],
      sql`SELECT person_id AS id, ${windowColumns()} FROM interaction_people
        WHERE person_id IN (SELECT id FROM people WHERE last_contact >= ${from} AND archived = 0) AND date >= ${from} AND date <= ${today}
        GROUP BY person_id`,
    ),
    // Favours dated after today add no depth yet. Someone with only those has no history: the same depth as no one.
    jsonRows<{ id: number; services: number }>(
      db,
      ["id", "services"],
      sql`SELECT person_id AS id, ${servicesColumn()} AS services FROM ledger
        WHERE date <= ${today} AND person_id NOT IN (SELECT id FROM people WHERE archived = 1)
        GROUP BY person_id`,
    ),
  ]);
  const tiers: Tier[] = [];
  eachHistory(contacts, window, favours, (_, facts) => tiers.push(depthScoreOf(facts, today).tier));
  return tiers;
}

export interface LedgerSince {
  readonly direction: "gave" | "got";
  readonly size: "small" | "medium" | "large";
  readonly count: number;
}

/** Ledger entries from `from` to `to`, counted by direction and size. */
export async function ledgerBetween(db: Db, from: string, to: string): Promise<LedgerSince[]> {
  const rows = await sql<LedgerSince>`
    SELECT direction, size, count(*) AS count FROM ledger WHERE date >= ${from} AND date <= ${to} GROUP BY direction, size`.execute(db);
  return rows.rows;
}

/** How many people are not archived: everyone less the archived, both counted from indexes. */
export async function activeCount(db: Db): Promise<number> {
  const row = await sql<{
    n: number;
  }>`SELECT (SELECT count(*) FROM people) - (SELECT count(*) FROM people WHERE archived = 1) AS n`.execute(db);
  return row.rows[0]!.n;
}
