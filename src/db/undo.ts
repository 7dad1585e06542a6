import type { Kysely } from "kysely";
import { refOf } from "../domain/refs.js";
import { chunksOf, sameRow, type Row, type Segment, type Value, type Writer } from "./changes.js";
import type { DB } from "./schema.js";
import { PARENTS_FIRST, POINTED_AT_BY, TABLES, type JournalTable } from "./tables.js";

// The undo history: keeping each step a Writer recorded, listing them, and playing one backwards.

/** How many steps are kept; older ones are dropped, each one whole. */
export const STEPS_KEPT = 100;

export interface StepClock {
  readonly today: string;
  /** The moment, as an ISO 8601 timestamp. */
  readonly now: string;
}

export interface Step {
  readonly id: number;
  readonly summary: string;
  readonly day: string;
  readonly at: string;
  readonly changes: number;
  readonly undoneAt: string | null;
}

/** Keeps what the writer did as one step (nothing when it changed nothing), and the id counters it moved. Inside the write. */
export async function keepStep(db: Kysely<DB>, writer: Writer, clock: StepClock): Promise<number | null> {
  for (const [table, last] of writer.movedCounters) {
    await db.updateTable("id_counters").set({ last_id: last }).where("table_name", "=", table).execute();
  }
  if (writer.changes === 0) return null;
  const step = await db
    .insertInto("undo_steps")
    .values({ summary: writer.summary ?? "a change", day: clock.today, at: clock.now, changes: writer.changes })
    .returning("id")
    .executeTakeFirstOrThrow();
  const segments = writer.segments;
  for (let seq = 0; seq < segments.length; seq++) {
    await db
      .insertInto("undo_changes")
      .values({ step_id: step.id, seq, kind: segments[seq]!.kind, rows: JSON.stringify(segments[seq]!.tables) })
      .execute();
  }
  const oldestKept = await db
    .selectFrom("undo_steps")
    .select("id")
    .orderBy("id", "desc")
    .offset(STEPS_KEPT - 1)
    .limit(1)
    .executeTakeFirst();
  if (oldestKept) {
    await db.deleteFrom("undo_changes").where("step_id", "<", oldestKept.id).execute();
    await db.deleteFrom("undo_steps").where("id", "<", oldestKept.id).execute();
  }
  return step.id;
}

export async function recentSteps(db: Kysely<DB>, limit: number): Promise<Step[]> {
  const rows = await db
    .selectFrom("undo_steps")
    .select(["id", "summary", "day", "at", "changes", "undone_at"])
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map(stepOf);
}

export async function stepById(db: Kysely<DB>, id: number): Promise<Step | undefined> {
  const row = await db
    .selectFrom("undo_steps")
    .select(["id", "summary", "day", "at", "changes", "undone_at"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row && stepOf(row);
}

/** The most recent step not yet undone. */
export async function latestStep(db: Kysely<DB>): Promise<Step | undefined> {
  const row = await db
    .selectFrom("undo_steps")
    .select(["id", "summary", "day", "at", "changes", "undone_at"])
    .where("undone_at", "is", null)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row && stepOf(row);
}

function stepOf(r: { id: number; summary: string; day: string; at: string; changes: number; undone_at: string | null }): Step {
  return { id: r.id, summary: r.summary, day: r.day, at: r.at, changes: r.changes, undoneAt: r.undone_at };
}

/** Why a step can no longer be undone: a row it wrote was changed, taken out or put back since. */
export class UndoConflict extends Error {}

/** Plays the step backwards and marks it undone; throws UndoConflict, changing nothing once the write rolls back. Inside a write. */
export async function undoStep(db: Kysely<DB>, step: Step, now: string): Promise<void> {
  const any = db as unknown as Kysely<any>;
  const segments = await db
    .selectFrom("undo_changes")
    .select(["kind", "rows"])
    .where("step_id", "=", step.id)
    .orderBy("seq", "desc")
    .execute();
  try {
    for (const s of segments) await reverse(any, { kind: s.kind, tables: JSON.parse(s.rows) as Segment["tables"] });
  } catch (e) {
    const code = (e as { code?: string }).code;
    // A row put back whose person or conversation is gone since.
    if (code === "SQLITE_CONSTRAINT_FOREIGNKEY") throw new UndoConflict("something it refers to was deleted since");
    throw e;
  }
  await db.updateTable("undo_steps").set({ undone_at: now }).where("id", "=", step.id).execute();
}

async function reverse(db: Kysely<any>, segment: Segment): Promise<void> {
  if (segment.kind === "insert") {
    for (const table of [...PARENTS_FIRST].reverse()) {
      const rows = segment.tables[table] as Row[] | undefined;
      if (rows) await takeOut(db, table, rows);
    }
  } else if (segment.kind === "delete") {
    for (const table of PARENTS_FIRST) {
      const rows = segment.tables[table] as Row[] | undefined;
      if (rows) await putBack(db, table, rows);
    }
  } else {
    for (const [table, pairs] of Object.entries(segment.tables) as [JournalTable, [Row, Row][]][]) {
      for (const [before, after] of [...pairs].reverse()) await changeBack(db, table, before, after);
    }
  }
}

const keyOf = (table: JournalTable, row: Row) => JSON.stringify(TABLES[table].key.map((k) => row[k]));

/** The rows of table whose keys are those of rows. */
async function current(db: Kysely<any>, table: JournalTable, rows: readonly Row[]): Promise<Map<string, Row>> {
  const { columns } = TABLES[table];
  const q = db.selectFrom(table).select([...columns]);
  const found = await q.where(whereKeys(table, rows)).execute();
  return new Map(found.map((r: Row) => [keyOf(table, r), r]));
}

function whereKeys(table: JournalTable, rows: readonly Row[]) {
  const key = TABLES[table].key;
  // A key of two columns is matched as a row value, (person_id, tag) IN ((4, 'vip'), …): SQLite and PostgreSQL both read it.
  return (eb: any) =>
    key.length === 1
      ? eb(
          key[0]!,
          "in",
          rows.map((r) => r[key[0]!]),
        )
      : eb(
          eb.refTuple(...key),
          "in",
          rows.map((r) => eb.tuple(...key.map((k) => r[k]))),
        );
}

/** At most this many runs of consecutive numbers make a range condition; more, and the keys are listed. */
const MAX_RUNS = 64;

/** Sorted distinct numbers as runs of consecutive ones: [1, 2, 3, 7] → [[1, 3], [7, 7]]; null past MAX_RUNS or for non-numbers. */
export function runsOf(values: readonly Value[]): [number, number][] | null {
  if (!values.every((v) => typeof v === "number" && Number.isSafeInteger(v))) return null;
  const sorted = [...new Set(values as number[])].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else if (runs.push([n, n]) > MAX_RUNS) return null;
  }
  return runs;
}

/** column within the runs: a handful of bound values, where a list of thousands costs more to prepare than to run. */
function inRuns(column: string, runs: readonly [number, number][]) {
  return (eb: any) =>
    eb.or(runs.map(([lo, hi]) => (lo === hi ? eb(column, "=", lo) : eb.and([eb(column, ">=", lo), eb(column, "<=", hi)]))));
}

/**
 * Takes out rows a step put in, after checking that each is still there as the step left it and that nothing was put
 * in since that points at them. A step's rows are mostly runs of consecutive ids (an import's people, their tags), read
 * and deleted by range; scattered keys are listed, in chunks.
 */
async function takeOut(db: Kysely<any>, table: JournalTable, rows: readonly Row[]): Promise<void> {
  const { key, columns, serial } = TABLES[table];
  const runs = runsOf(rows.map((r) => r[key[0]!]!));
  if (runs) {
    const found: Row[] = await db
      .selectFrom(table)
      .select([...columns])
      .where(inRuns(key[0]!, runs))
      .execute();
    const now = new Map(found.map((r) => [keyOf(table, r), r]));
    checkStillThere(table, rows, now);
    if (serial) await checkNothingPointsAt(db, table, (column) => inRuns(column, runs));
    // Rows in the range that the step did not put in (a person's older tags) stay: then the keys are listed.
    if (found.length === rows.length) {
      await db.deleteFrom(table).where(inRuns(key[0]!, runs)).execute();
      return;
    }
    for (const chunk of chunksOf(rows, key.length === 1 ? 5000 : 2500)) await db.deleteFrom(table).where(whereKeys(table, chunk)).execute();
    return;
  }
  const size = key.length === 1 ? 5000 : 2500;
  for (const chunk of chunksOf(rows, size)) {
    checkStillThere(table, chunk, await current(db, table, chunk));
    if (serial) {
      const ids = chunk.map((r) => r.id);
      await checkNothingPointsAt(db, table, (column) => (eb: any) => eb(column, "in", ids));
    }
    await db.deleteFrom(table).where(whereKeys(table, chunk)).execute();
  }
}

function checkStillThere(table: JournalTable, rows: readonly Row[], now: ReadonlyMap<string, Row>): void {
  for (const row of rows) {
    const there = now.get(keyOf(table, row));
    if (!there) throw new UndoConflict(`${rowName(table, row)} was deleted since`);
    if (!sameRow(there, row)) throw new UndoConflict(`${rowName(table, row)} was changed since`);
  }
}

/** A row put in since that points at the rows about to go (a conversation logged with an imported person) stops the undo. */
async function checkNothingPointsAt(db: Kysely<any>, table: JournalTable, within: (column: string) => (eb: any) => any): Promise<void> {
  for (const fk of POINTED_AT_BY[table] ?? []) {
    const child = await db
      .selectFrom(fk.table)
      .select([...TABLES[fk.table].columns])
      .where(within(fk.column))
      .limit(1)
      .executeTakeFirst();
    if (child) throw new UndoConflict(`${rowName(fk.table, child as Row)} was added since`);
  }
}

async function putBack(db: Kysely<any>, table: JournalTable, rows: readonly Row[]): Promise<void> {
  const size = TABLES[table].key.length === 1 ? 5000 : 2500;
  for (const chunk of chunksOf(rows, size)) {
    const now = await current(db, table, chunk);
    const back = chunk.find((r) => now.has(keyOf(table, r)));
    if (back) throw new UndoConflict(`${rowName(table, back)} was added again since`);
    const perStatement = Math.max(1, Math.floor(8000 / TABLES[table].columns.length));
    for (const part of chunksOf(chunk, perStatement)) await db.insertInto(table).values(part).execute();
  }
}

async function changeBack(db: Kysely<any>, table: JournalTable, before: Row, after: Row): Promise<void> {
  const there = (await current(db, table, [after])).get(keyOf(table, after));
  if (!there) throw new UndoConflict(`${rowName(table, after)} was deleted since`);
  if (!sameRow(there, after)) throw new UndoConflict(`${rowName(table, after)} was changed since`);
  await db
    .updateTable(table)
    .set(before)
    .where(whereKeys(table, [after]))
    .execute();
}

/** A row as a message names it: c41, or #4's tag "vip". */
function rowName(table: JournalTable, row: Row): string {
  const ref = TABLES[table].ref;
  if (ref === "p") return `#${row.id}`;
  if (ref) return refOf(ref, Number(row.id));
  const person = `#${row.person_id}`;
  switch (table) {
    case "person_emails":
      return `${person}'s e-mail ${row.email}`;
    case "person_phones":
      return `${person}'s phone ${row.phone}`;
    case "person_tags":
      return `${person}'s tag ${row.tag}`;
    case "person_links":
      return `${person}'s link ${row.url}`;
    case "person_needs":
      return `${person}'s need "${row.phrase}"`;
    case "person_offers":
      return `${person}'s offer "${row.phrase}"`;
    case "about_me":
      return `your ${row.kind === "email" ? "e-mail" : row.kind === "needs" ? "need" : "offer"} "${row.value}"`;
    case "last_imported":
      return `what ${row.source} last said of ${person}`;
    default:
      return `${refOf("c", Number(row.interaction_id))}'s people`;
  }
}
