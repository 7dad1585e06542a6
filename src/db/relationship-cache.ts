import { sql } from "kysely";
import { NO_BALANCE, balanceFrom } from "../domain/balance.js";
import { DEPTH_FORMULA, tierOf, type Depth } from "../domain/depth.js";
import { jsonColumns } from "./json-rows.js";
import type { Journal } from "./open.js";
import { historiesOf, type Relationship } from "./relationships.js";

// Everyone's relationship for the reports that list the whole network (net people), kept in the journal for the day
// (migration 07): working out thousands of depth scores reads every conversation of the last twelve months and the whole
// ledger, and the answer only changes with the day or with a write. A write marks the people it touches (triggers);
// the next listing works out again only those, or everyone once the day or the formula has changed, and keeps the result.

/**
 * Above this many people marked, what is worked out again is kept; below, it is cheaper to work them out again on each
 * listing (a few conversations logged today) than to make a reading command write to the journal.
 */
export const WORTH_KEEPING = 200;

/**
 * What historiesOf(…, { explained: false }) returns for everyone, from the cache where it holds today's answer. What
 * is worked out here is kept for next time when it is the whole network or more than WORTH_KEEPING people, unless the
 * journal is read-only or another terminal wrote meanwhile.
 */
export async function relationshipsToday(journal: Pick<Journal, "db" | "sqlite" | "readOnly">, today: string): Promise<Map<number, Relationship>> {
  const { sqlite } = journal;
  // One read transaction for what is read and worked out: keeping it is then the same transaction's write, which SQLite
  // refuses (SQLITE_BUSY_SNAPSHOT) if another terminal has written since, rather than keep answers it made stale.
  const keep = !journal.readOnly && !sqlite.inTransaction;
  if (keep) sqlite.exec("BEGIN");
  try {
    const state = sqlite.prepare("SELECT as_of, formula FROM relationship_cache_state").get() as { as_of: string; formula: number } | undefined;
    if (state?.as_of !== today || state.formula !== DEPTH_FORMULA) {
      const everyone = await historiesOf(journal.db, today, { explained: false });
      if (keep) keepIfUnchanged(journal, () => saveAll(journal, everyone, today));
      return everyone;
    }
    const { kept, stale } = await readCache(journal);
    if (stale.length > 0) {
      const worked = await historiesOf(journal.db, today, { ids: stale, explained: false });
      for (const [id, relationship] of worked) kept.set(id, relationship);
      if (keep && stale.length > WORTH_KEEPING) keepIfUnchanged(journal, () => saveSome(journal, stale, worked));
    }
    return kept;
  } finally {
    if (keep && sqlite.inTransaction) sqlite.exec("COMMIT");
  }
}

/** The rows kept for today, and the people whose row a write has marked. */
async function readCache(journal: Pick<Journal, "db">): Promise<{ kept: Map<number, Relationship>; stale: number[] }> {
  type Row = { id: number; score: number | null; given: number; received: number; last: string | null };
  const rows = await jsonColumns<Row>(
    journal.db,
    ["id", "score", "given", "received", "last"],
    sql`SELECT c.person_id AS id, c.score, c.given, c.received, p.last_contact AS last
      FROM relationship_cache c JOIN people p ON p.id = c.person_id`,
  );
  // 101 possible scores: one depth each, shared (a list shows no term's words).
  const depths = new Map<number, Depth>();
  const depthOf = (score: number) => depths.get(score) ?? depths.set(score, { score, tier: tierOf(score), terms: {} }).get(score)!;
  const kept = new Map<number, Relationship>();
  const stale: number[] = [];
  const { id, score, given, received, last } = rows;
  for (let i = 0; i < id.length; i++) {
    const s = score[i]!;
    if (s === null) stale.push(id[i]!);
    else kept.set(id[i]!, { personId: id[i]!, depth: depthOf(s), balance: given[i] === 0 && received[i] === 0 ? NO_BALANCE : balanceFrom(given[i]!, received[i]!), lastContact: last[i]! });
  }
  return { kept, stale };
}

/** Writes what was worked out, in the transaction it was read in; gives up at once, keeping nothing, if it cannot. */
function keepIfUnchanged(journal: Pick<Journal, "sqlite">, save: () => void): void {
  const { sqlite } = journal;
  const waited = sqlite.pragma("busy_timeout", { simple: true }) as number;
  sqlite.pragma("busy_timeout = 0");
  try {
    save();
  } catch {
    // Written meanwhile by another terminal, locked, or the disk is full: the answers are right for this run all the same.
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
  } finally {
    sqlite.pragma(`busy_timeout = ${waited}`);
  }
}

function saveAll(journal: Pick<Journal, "sqlite">, everyone: ReadonlyMap<number, Relationship>, today: string): void {
  const { sqlite } = journal;
  sqlite.exec("DELETE FROM relationship_cache");
  const insert = sqlite.prepare("INSERT INTO relationship_cache (person_id, score, given, received) VALUES (?, ?, ?, ?)");
  for (const [id, r] of everyone) insert.run(id, r.depth.score, r.balance.given, r.balance.received);
  sqlite.prepare("INSERT OR REPLACE INTO relationship_cache_state (only, as_of, formula) VALUES (1, ?, ?)").run(today, DEPTH_FORMULA);
}

function saveSome(journal: Pick<Journal, "sqlite">, ids: readonly number[], worked: ReadonlyMap<number, Relationship>): void {
  const { sqlite } = journal;
  const replace = sqlite.prepare("INSERT OR REPLACE INTO relationship_cache (person_id, score, given, received) VALUES (?, ?, ?, ?)");
  // No history left (their only conversation moved to someone else): no row, like everyone else without one.
  const remove = sqlite.prepare("DELETE FROM relationship_cache WHERE person_id = ?");
  for (const id of ids) {
    const r = worked.get(id);
    if (r) replace.run(id, r.depth.score, r.balance.given, r.balance.received);
    else remove.run(id);
  }
}
