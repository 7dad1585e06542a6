import { sql, type Kysely } from "kysely";
import type { DB } from "./schema.js";

type Db = Kysely<DB>;

// The aggregates behind `net stats`, each one GROUP BY over an indexed range.

/** Interactions per month (YYYY-MM) from `from` to `to`, inclusive, through the interactions_date index. */
export async function interactionsPerMonth(db: Db, from: string, to: string): Promise<Map<string, number>> {
  const rows = await sql<{ month: string; n: number }>`
    SELECT substr(date, 1, 7) AS month, count(*) AS n FROM interactions WHERE date >= ${from} AND date <= ${to} GROUP BY month`.execute(db);
  return new Map(rows.rows.map((r) => [r.month, r.n]));
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

/** Ids of archived people, left out of the tier counts. */
export async function archivedIds(db: Db): Promise<Set<number>> {
  const rows = await db.selectFrom("people").select("id").where("archived", "=", 1).execute();
  return new Set(rows.map((r) => r.id));
}

/** How many people are not archived. */
export async function activeCount(db: Db): Promise<number> {
  const row = await sql<{ n: number }>`SELECT count(*) AS n FROM people WHERE archived = 0`.execute(db);
  return row.rows[0]!.n;
}
