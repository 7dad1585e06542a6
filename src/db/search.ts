import type Database from "better-sqlite3";
import { sql, type Kysely } from "kysely";
import { refOf, type RefKind } from "../domain/refs.js";
import { fts5Query, hitRelevance, type SearchField, type Term } from "../domain/search.js";
import type { DB } from "./schema.js";

// Full-text search: the one module that knows how the journal's text is indexed. On SQLite it is an FTS5 table kept by
// triggers (migration 12); each of its rows is one text, numbered id × 16 + the kind of text (SLOTS), which says
// whose it is and where to read it. The PostgreSQL backend answers the same two calls with its own full-text search.

interface Slot {
  readonly field: SearchField;
  /** The reference of the entry the text belongs to: a person's own fields are the person (p4). */
  readonly ref: RefKind;
}

/** The kinds of text, by their number in the index (as migration 12 numbers them). */
export const SLOTS: Readonly<Record<number, Slot>> = {
  1: { field: "name", ref: "p" },
  2: { field: "company", ref: "p" },
  3: { field: "title", ref: "p" },
  4: { field: "emails", ref: "p" },
  5: { field: "tags", ref: "p" },
  6: { field: "met", ref: "p" },
  7: { field: "note", ref: "p" },
  8: { field: "needs", ref: "p" },
  9: { field: "offers", ref: "p" },
  10: { field: "conversation", ref: "c" },
  11: { field: "ledger", ref: "l" },
  12: { field: "ask", ref: "a" },
  13: { field: "intro", ref: "i" },
  14: { field: "follow-up", ref: "f" },
  15: { field: "outcome", ref: "i" },
};

/** One text that matched, for one of the people it belongs to. */
export interface SearchHit {
  readonly personId: number;
  /** The entry's reference: c12, or p4 for the person's own fields. */
  readonly ref: string;
  readonly field: SearchField;
  readonly relevance: number;
  /** Where the text is, for textsOf. */
  readonly key: number;
}

/**
 * The texts that match: for each person they belong to, each text holding one of the terms, its relevance summed over
 * the terms it holds. People are kept who match every term somewhere in what the journal holds of them (any one with `any`).
 */
export async function searchHits(
  db: Kysely<DB>,
  terms: readonly Term[],
  any: boolean,
  only?: readonly SearchField[],
): Promise<SearchHit[]> {
  const slots = only && Object.entries(SLOTS).flatMap(([slot, s]) => (only.includes(s.field) ? [Number(slot)] : []));
  const perTerm = await Promise.all(terms.map((term) => termHits(db, term, slots)));
  const people = perTerm.map((hits) => new Set(hits.map((h) => h.personId)));
  const kept = (id: number) => (any ? people.some((p) => p.has(id)) : people.every((p) => p.has(id)));
  const merged = new Map<string, SearchHit>();
  for (const hits of perTerm) {
    for (const hit of hits) {
      if (!kept(hit.personId)) continue;
      const key = `${hit.personId}:${hit.key}`;
      const had = merged.get(key);
      merged.set(key, had ? { ...had, relevance: had.relevance + hit.relevance } : hit);
    }
  }
  return [...merged.values()];
}

/** Every text holding this term, once for each person it belongs to. */
async function termHits(db: Kysely<DB>, term: Term, slots?: readonly number[]): Promise<SearchHit[]> {
  const match = fts5Query([term], false);
  const inSlots = slots ? sql`AND rowid & 15 IN (${sql.join(slots)})` : sql``;
  // Whose each text is: the person's own, a conversation's people, the person of a ledger entry, ask or follow-up, and
  // both people of an introduction.
  const { rows } = await sql<{ person: number; r: number; s: number }>`
    WITH hits AS MATERIALIZED (
      SELECT rowid AS r, rowid >> 4 AS r_id, rowid & 15 AS slot, -bm25(search_index) AS s FROM search_index WHERE search_index MATCH ${match} ${inSlots}
    )
    SELECT r_id AS person, r, s FROM hits WHERE slot <= 9
    UNION ALL SELECT ip.person_id, r, s FROM hits JOIN interaction_people ip ON ip.interaction_id = r_id WHERE slot = 10
    UNION ALL SELECT l.person_id, r, s FROM hits JOIN ledger l ON l.id = r_id WHERE slot = 11
    UNION ALL SELECT a.person_id, r, s FROM hits JOIN asks a ON a.id = r_id WHERE slot = 12
    UNION ALL SELECT i.a_id, r, s FROM hits JOIN intros i ON i.id = r_id WHERE slot IN (13, 15)
    UNION ALL SELECT i.b_id, r, s FROM hits JOIN intros i ON i.id = r_id WHERE slot IN (13, 15)
    UNION ALL SELECT f.person_id, r, s FROM hits JOIN follow_ups f ON f.id = r_id WHERE slot = 14`.execute(db);
  return rows.map(({ person, r, s }) => {
    const slot = SLOTS[r & 15]!;
    const id = Math.floor(r / 16);
    return {
      personId: person,
      ref: slot.ref === "p" ? refOf("p", person) : refOf(slot.ref, id),
      field: slot.field,
      relevance: hitRelevance(slot.field, s),
      key: r,
    };
  });
}

/** Where each kind of text is read from: a person's column, a person's list (joined by spaces), or an entry's column. */
const SOURCES: readonly (
  | { readonly slot: number; readonly kind: "column"; readonly column: string }
  | { readonly slot: number; readonly kind: "list"; readonly table: string; readonly column: string }
  | { readonly slot: number; readonly kind: "entry"; readonly table: string; readonly column: string }
)[] = [
  { slot: 1, kind: "column", column: "name" },
  { slot: 2, kind: "column", column: "company" },
  { slot: 3, kind: "column", column: "title" },
  { slot: 4, kind: "list", table: "person_emails", column: "email" },
  { slot: 5, kind: "list", table: "person_tags", column: "tag" },
  { slot: 6, kind: "column", column: "met" },
  { slot: 7, kind: "column", column: "note" },
  { slot: 8, kind: "list", table: "person_needs", column: "phrase" },
  { slot: 9, kind: "list", table: "person_offers", column: "phrase" },
  { slot: 10, kind: "entry", table: "interactions", column: "note" },
  { slot: 11, kind: "entry", table: "ledger", column: "what" },
  { slot: 12, kind: "entry", table: "asks", column: "what" },
  { slot: 13, kind: "entry", table: "intros", column: "why" },
  { slot: 14, kind: "entry", table: "follow_ups", column: "note" },
  { slot: 15, kind: "entry", table: "intros", column: "outcome_note" },
];

/** The text of each of these index rows, read from where it is kept. */
export async function textsOf(db: Kysely<DB>, keys: readonly number[]): Promise<Map<number, string>> {
  const bySlot = new Map<number, number[]>();
  for (const key of new Set(keys)) {
    const slot = key & 15;
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), Math.floor(key / 16)]);
  }
  const out = new Map<number, string>();
  const any = db as unknown as Kysely<any>;
  for (const source of SOURCES) {
    const ids = bySlot.get(source.slot);
    if (!ids) continue;
    const put = (rows: readonly { id: number; text: string | null }[]) => {
      for (const r of rows) if (r.text !== null) out.set(r.id * 16 + source.slot, r.text);
    };
    if (source.kind === "list") {
      const rows = await any
        .selectFrom(source.table)
        .select(["person_id as id", `${source.column} as text`])
        .where("person_id", "in", ids)
        .orderBy(sql`rowid`)
        .execute();
      const joined = new Map<number, string[]>();
      for (const r of rows) joined.set(r.id, [...(joined.get(r.id) ?? []), r.text]);
      // E-mails read as a list of addresses; tags, needs and offers as phrases.
      put([...joined].map(([id, values]) => ({ id, text: values.join(source.table === "person_emails" ? ", " : "; ") })));
    } else {
      const table = source.kind === "column" ? "people" : source.table;
      put(
        await any
          .selectFrom(table)
          .select(["id", `${source.column} as text`])
          .where("id", "in", ids)
          .execute(),
      );
    }
  }
  return out;
}

/**
 * Pauses the index's triggers for a bulk write (call inside journal.write); reindex() ends the pause. Row by row, the
 * triggers nearly doubled the time of a 30,000-row import; indexing what was written in one pass takes a tenth of it.
 */
export function pauseIndex(sqlite: Database.Database): void {
  sqlite.prepare("INSERT INTO search_paused (only) VALUES (1)").run();
}

/**
 * Ends the pause and indexes what the bulk write wrote: these people's own texts (`changed`: those that were there
 * before, whose old rows go first), or with "everything" the whole journal, as a restore into an empty journal needs.
 */
export function reindex(
  sqlite: Database.Database,
  people: { created: readonly number[]; changed: readonly number[] } | "everything",
): void {
  sqlite.prepare("DELETE FROM search_paused").run();
  const put = (select: string, ...params: unknown[]) =>
    sqlite
      .prepare(`INSERT INTO search_index (rowid, body) SELECT rowid, body FROM (${select}) WHERE body IS NOT NULL AND body <> ''`)
      .run(...params);
  if (people === "everything") {
    sqlite.prepare("DELETE FROM search_index").run();
    for (const s of SOURCES) {
      if (s.kind === "column") put(`SELECT id * 16 + ${s.slot} AS rowid, ${s.column} AS body FROM people`);
      else if (s.kind === "list")
        put(`SELECT person_id * 16 + ${s.slot} AS rowid, group_concat(${s.column}, ' ') AS body FROM ${s.table} GROUP BY person_id`);
      else put(`SELECT id * 16 + ${s.slot} AS rowid, ${s.column} AS body FROM ${s.table}`);
    }
    return;
  }
  const personal = SOURCES.filter((s) => s.kind !== "entry");
  const ids = "(SELECT value FROM json_each(?))";
  if (people.changed.length > 0) {
    const remove = sqlite.prepare("DELETE FROM search_index WHERE rowid = ?");
    for (const id of people.changed) for (const s of personal) remove.run(id * 16 + s.slot);
  }
  const all = JSON.stringify([...people.created, ...people.changed]);
  for (const s of personal) {
    if (s.kind === "column") put(`SELECT id * 16 + ${s.slot} AS rowid, ${s.column} AS body FROM people WHERE id IN ${ids}`, all);
    else if (s.kind === "list")
      put(
        `SELECT person_id * 16 + ${s.slot} AS rowid, group_concat(${s.column}, ' ') AS body FROM ${s.table} WHERE person_id IN ${ids} GROUP BY person_id`,
        all,
      );
  }
}
