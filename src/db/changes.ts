import { sql, type Kysely } from "kysely";
import type { DB } from "./schema.js";
import { POINTED_AT_BY, TABLES, type JournalTable } from "./tables.js";

// Every write goes through a Writer, which does it and records what it did, row by row, as one undo step: a row put in
// (its image after), a row changed (before and after), a row taken out (before). Plain tables and application code, so
// that PostgreSQL later keeps the same history the same way. db/undo.ts plays a step backwards.

export type Value = string | number | null;
export type Row = Record<string, Value>;
/** Columns equal to a value, in a list of values (at most one list), or NULL. */
export type Where = Readonly<Record<string, Value | readonly Value[]>>;

/** A run of changes of one kind. Inserts (and deletes) in a row can be grouped by table: none depends on another's order but by its table. */
export interface Segment {
  readonly kind: "insert" | "update" | "delete";
  /** insert: images after; delete: images before; update: [before, after] pairs. */
  readonly tables: Partial<Record<JournalTable, unknown[]>>;
}

/** SQLite allows 32,766 bound values in a statement; PostgreSQL 65,535. Statements stay well below either. */
const VALUES_PER_STATEMENT = 8000;
const LIST_CHUNK = 5000;

export class Writer {
  /** The transaction: for reads that must see this step's own writes. */
  readonly db: Kysely<DB>;
  readonly #any: Kysely<any>;
  readonly #segments: Segment[] = [];
  #counters: Map<string, number> | null = null;
  readonly #countersMoved = new Set<string>();
  readonly #checked = new Set<string>();
  #summary: string | null = null;
  #changes = 0;

  readonly #history: boolean;

  /** history: false for a schema from before the undo history (tests of upgrades), whose ids come from the tables. */
  constructor(db: Kysely<DB>, options: { history: boolean } = { history: true }) {
    this.db = db;
    this.#history = options.history;
    this.#any = db as unknown as Kysely<any>;
  }

  /** What this step did, in the user's words, as `net undo` will say it: "log c41 with Ana Lima on 2026-12-02". */
  describe(summary: string): void {
    this.#summary = summary;
  }

  get summary(): string | null {
    return this.#summary;
  }

  /** How many rows this step changed so far. */
  get changes(): number {
    return this.#changes;
  }

  get segments(): readonly Segment[] {
    return this.#segments;
  }

  /** Counters as this step leaves them, for journal.write to keep. */
  get movedCounters(): ReadonlyMap<string, number> {
    return new Map([...this.#countersMoved].map((t) => [t, this.#counters!.get(t)!]));
  }

  /**
   * Puts rows in; a serial table's rows without an id get the next ones. Returns each row's id (serial tables) in order.
   * ignoreExisting: rows whose key is already there are left out (a tag someone already has).
   */
  async insert(table: JournalTable, rows: readonly Row[], options: { ignoreExisting?: boolean } = {}): Promise<number[]> {
    const facts = TABLES[table];
    let todo = rows.map((r) => dropUndefined(r));
    if (options.ignoreExisting) todo = await this.#notYetThere(table, todo);
    if (todo.length === 0) return [];
    if (facts.serial) {
      const next = await this.ids(table);
      todo = todo.map((r) => {
        if (r.id === undefined || r.id === null) return { ...r, id: next.next() };
        next.saw(Number(r.id));
        return r;
      });
    }
    for (const chunk of chunksOf(todo, Math.max(1, Math.floor(VALUES_PER_STATEMENT / Object.keys(todo[0]!).length)))) {
      await this.#any.insertInto(table).values(chunk).execute();
    }
    this.recordInserted(table, todo);
    return facts.serial ? todo.map((r) => Number(r.id)) : [];
  }

  /** Changes the rows that match (columns set to undefined are left as they are); records each one that really changed. Returns how many matched. */
  async update(table: JournalTable, where: Where, set: Readonly<Record<string, Value | undefined>>): Promise<number> {
    const values = dropUndefined(set);
    if (Object.keys(values).length === 0) return 0;
    const before = await this.#select(table, where);
    if (before.length === 0) return 0;
    await this.#inChunks(where, (w) => whereOf(this.#any.updateTable(table).set(values), w).execute());
    const columns = new Set(TABLES[table].columns);
    const pairs: [Row, Row][] = [];
    for (const row of before) {
      const after = { ...row };
      for (const [column, value] of Object.entries(values)) if (columns.has(column)) after[column] = value;
      if (!sameRow(row, after)) pairs.push([row, after]);
    }
    this.recordUpdated(table, pairs);
    return before.length;
  }

  /**
   * Takes out the rows that match, and first what points at them as the schema says (their follow-ups, their ledger
   * entries…), so that every row that goes is recorded. Returns how many rows of this table went.
   */
  async delete(table: JournalTable, where: Where): Promise<number> {
    const facts = TABLES[table];
    const before = await this.#select(table, where);
    if (before.length === 0) return 0;
    const ids = facts.serial ? before.map((r) => r.id as number) : [];
    for (const fk of POINTED_AT_BY[table] ?? []) {
      if (fk.onDelete === "cascade") await this.delete(fk.table, { [fk.column]: ids });
      else await this.update(fk.table, { [fk.column]: ids }, { [fk.column]: null });
    }
    if (facts.serial) await this.#inChunks({ id: ids }, (w) => whereOf(this.#any.deleteFrom(table), w).execute());
    else await this.#inChunks(where, (w) => whereOf(this.#any.deleteFrom(table), w).execute());
    this.#record("delete", table, before);
    return before.length;
  }

  /** The ids of a serial table, for a writer with its own statements (imports): next() hands out the next one. */
  async ids(table: JournalTable): Promise<{ next(): number; saw(id: number): void }> {
    if (this.#counters === null) {
      const rows = this.#history ? await this.db.selectFrom("id_counters").select(["table_name", "last_id"]).execute() : [];
      this.#counters = new Map(rows.map((r) => [r.table_name, r.last_id]));
    }
    if (!this.#checked.has(table)) {
      // A row put in by hand (sqlite3, an older net) moves no counter: the table's highest id is never handed out again either.
      this.#checked.add(table);
      const top = await this.#any
        .selectFrom(table)
        .select((eb) => eb.fn.max("id").as("top"))
        .executeTakeFirst();
      const highest = Number(top?.top ?? 0);
      if (highest > (this.#counters.get(table) ?? 0)) {
        this.#counters.set(table, highest);
        if (this.#history) this.#countersMoved.add(table);
      }
    }
    const counters = this.#counters;
    const moved = this.#countersMoved;
    return {
      next() {
        const id = (counters.get(table) ?? 0) + 1;
        counters.set(table, id);
        moved.add(table);
        return id;
      },
      saw(id: number) {
        if (id > (counters.get(table) ?? 0)) {
          counters.set(table, id);
          moved.add(table);
        }
      },
    };
  }

  /** Records rows put in by a writer with its own statements; the images must hold the key and what was written. */
  recordInserted(table: JournalTable, rows: readonly Row[]): void {
    this.#record(
      "insert",
      table,
      rows.map((r) => pick(r, TABLES[table].columns)),
    );
  }

  /** Records rows changed by a writer with its own statements, as [before, after] pairs of whole images. */
  recordUpdated(table: JournalTable, pairs: readonly (readonly [Row, Row])[]): void {
    const columns = TABLES[table].columns;
    this.#record(
      "update",
      table,
      pairs.map(([b, a]) => [pick(b, columns), pick(a, columns)]),
    );
  }

  #record(kind: Segment["kind"], table: JournalTable, rows: readonly unknown[]): void {
    if (rows.length === 0) return;
    this.#changes += rows.length;
    const last = this.#segments.at(-1);
    // Updates keep their order exactly; inserts (or deletes) in a row only need their tables' order, which undo knows.
    if (last && last.kind === kind && (kind !== "update" || Object.keys(last.tables)[0] === table)) {
      const list = (last.tables[table] ??= []);
      for (const r of rows) list.push(r);
      return;
    }
    this.#segments.push({ kind, tables: { [table]: [...rows] } });
  }

  async #select(table: JournalTable, where: Where): Promise<Row[]> {
    const out: Row[] = [];
    await this.#inChunks(where, async (w) => {
      // In the order the rows were put in, so that rows put back by an undo keep it (a person's e-mails, phones, links).
      // SQLite's rowid; the PostgreSQL backend gives these tables a column of its own for it.
      const q = whereOf(this.#any.selectFrom(table).select([...TABLES[table].columns]), w).orderBy(sql`rowid`);
      for (const r of await q.execute()) out.push(r as Row);
    });
    return out;
  }

  /** Runs fn once per chunk of where's list of values (none when the list is empty). */
  async #inChunks(where: Where, fn: (w: Where) => Promise<unknown>): Promise<void> {
    const lists = Object.entries(where).filter(([, v]) => Array.isArray(v));
    if (lists.length > 1) throw new Error("a write may match one list of values");
    if (lists.length === 0) return void (await fn(where));
    const [column, values] = lists[0]! as [string, readonly Value[]];
    for (const chunk of chunksOf(values, LIST_CHUNK)) await fn({ ...where, [column]: chunk });
  }

  async #notYetThere(table: JournalTable, rows: Row[]): Promise<Row[]> {
    const key = TABLES[table].key;
    const keyOf = (r: Row) => JSON.stringify(key.map((k) => r[k]));
    const seen = new Set<string>();
    const first = key[0]!;
    const candidates = [...new Set(rows.map((r) => r[first]!))];
    for (const chunk of chunksOf(candidates, LIST_CHUNK)) {
      for (const r of await this.#any
        .selectFrom(table)
        .select([...key])
        .where(first, "in", chunk)
        .execute())
        seen.add(keyOf(r as Row));
    }
    const out: Row[] = [];
    for (const r of rows) {
      const k = keyOf(r);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(r);
    }
    return out;
  }
}

/** Adds where's conditions to a query builder. */
export function whereOf<Q extends { where: (...args: any[]) => any }>(qb: Q, where: Where): Q {
  let q: any = qb;
  for (const [column, value] of Object.entries(where)) {
    if (value === null) q = q.where(column, "is", null);
    else if (Array.isArray(value)) q = value.length === 0 ? q.where((eb: any) => eb.lit(false)) : q.where(column, "in", value);
    else q = q.where(column, "=", value);
  }
  return q as Q;
}

export function sameRow(a: Row, b: Row): boolean {
  for (const k of Object.keys(b)) if (a[k] !== b[k]) return false;
  return true;
}

export function chunksOf<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function pick(row: Row, columns: readonly string[]): Row {
  const out: Row = {};
  for (const c of columns) if (row[c] !== undefined) out[c] = row[c]!;
  return out;
}

function dropUndefined(row: Readonly<Record<string, Value | undefined>>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) if (v !== undefined) out[k] = v;
  return out;
}
