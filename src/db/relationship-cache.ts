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
 * journal is read-only, another terminal wrote meanwhile, or the disk is full: the answer is right either way.
 * Not for use inside journal.write, whose connection it would wait for.
 */
export async function relationshipsToday(
  journal: Pick<Journal, "db" | "sqlite" | "readOnly">,
  today: string,
): Promise<Map<number, Relationship>> {
  const { sqlite } = journal;
  // Everything is read in one transaction, so that it all comes from one moment. Keeping what was worked out is then
  // that transaction's write, which SQLite refuses (SQLITE_BUSY_SNAPSHOT) if another terminal has written since.
  const mine = !sqlite.inTransaction;
  if (mine) sqlite.exec("BEGIN");
  try {
    const keep = mine && !journal.readOnly ? (save: () => void) => keepIfUnchanged(journal, save) : () => {};
    const state = sqlite.prepare("SELECT as_of, formula FROM relationship_cache_state").get() as
      | { as_of: string; formula: number }
      | undefined;
    const cache = state?.as_of === today && state.formula === DEPTH_FORMULA ? await readCache(journal) : null;
    // A new day (or formula), or most of the network marked (an import): everyone, as one pass over the journal.
    if (cache === null || cache.marked.length > cache.kept.size) {
      const everyone = await historiesOf(journal.db, today, { explained: false });
      keep(() => saveAll(journal, everyone, today));
      return everyone;
    }
    const { kept, marked } = cache;
    if (marked.length > 0) {
      const worked = await historiesOf(journal.db, today, { ids: marked, explained: false });
      for (const [id, relationship] of worked) kept.set(id, relationship);
      if (marked.length > WORTH_KEEPING) keep(() => saveSome(journal, marked, worked));
    }
    return kept;
  } finally {
    // Only a read is left to end here: a write was committed or rolled back where it was made.
    if (mine && sqlite.inTransaction) sqlite.exec("COMMIT");
  }
}

/** The rows kept for today, and the people a write has marked since. */
async function readCache(journal: Pick<Journal, "db">): Promise<{ kept: Map<number, Relationship>; marked: number[] }> {
  type Row = { id: number; score: number | null; given: number | null; received: number | null; last: string | null };
  const rows = await jsonColumns<Row>(
    journal.db,
    ["id", "score", "given", "received", "last"],
    sql`SELECT c.person_id AS id, c.score, c.given, c.received, p.last_contact AS last
      FROM relationship_cache c JOIN people p ON p.id = c.person_id`,
  );
  // 101 possible scores: one depth each, shared, with no term's words (a list shows none).
  const words = {};
  const depths = new Map<number, Depth>();
  const depthOf = (score: number) => depths.get(score) ?? depths.set(score, { score, tier: tierOf(score), terms: words }).get(score)!;
  const kept = new Map<number, Relationship>();
  const marked: number[] = [];
  const { id, score, given, received, last } = rows;
  for (let i = 0; i < id.length; i++) {
    const s = score[i]!;
    if (s === null) {
      marked.push(id[i]!);
      continue;
    }
    // Every size weighs more than nothing, so 0 and 0 means no entry either way: no balance, as historiesOf says.
    const balance = given[i] === 0 && received[i] === 0 ? NO_BALANCE : balanceFrom(given[i]!, received[i]!);
    kept.set(id[i]!, { personId: id[i]!, depth: depthOf(s), balance, lastContact: last[i]! });
  }
  return { kept, marked };
}

/**
 * Writes what was worked out and commits, in the transaction it was read in. When that cannot be (another terminal
 * wrote meanwhile or holds the lock, the journal is read-only, the disk is full), it rolls back and keeps nothing.
 */
function keepIfUnchanged(journal: Pick<Journal, "sqlite">, save: () => void): void {
  const { sqlite } = journal;
  try {
    save();
    sqlite.exec("COMMIT");
  } catch (e) {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    if (!cannotWriteNow(e)) throw e;
  }
}

/** SQLite's reasons a write cannot happen now, which a reading command shrugs off; anything else is a bug. */
function cannotWriteNow(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" && /^SQLITE_(BUSY|LOCKED|READONLY|FULL|IOERR|CANTOPEN)/.test(code);
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
