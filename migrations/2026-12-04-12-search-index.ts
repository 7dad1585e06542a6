import { sql, type Kysely } from "kysely";

// Frozen: the full-text index `net find` searches (SQLite FTS5), kept by triggers in the same statement as every
// write, so that adds, edits, deletes, undo, merges and imports can never leave it stale. Case and accents are folded
// by the tokenizer (unicode61, remove_diacritics 2). The index keeps no copy of the text (contentless, with deletes):
// a row's rowid says where its text lives, id × 16 + the kind of text below, and src/db/search.ts reads it from there.
// The PostgreSQL backend builds the same table with a tsvector column and triggers of its own (docs/connector.md).
//
//  1 name  2 company  3 title  4 e-mails  5 tags  6 how met  7 note  8 needs  9 offers     (people.id)
// 10 conversation note (interactions.id)  11 ledger entry (ledger.id)  12 ask (asks.id)
// 13 introduction's why (intros.id)  14 follow-up note (follow_ups.id)  15 introduction's outcome note (intros.id)
const PERSON_COLUMNS = [
  [1, "name"],
  [2, "company"],
  [3, "title"],
  [6, "met"],
  [7, "note"],
] as const;
const PERSON_LISTS = [
  [4, "person_emails", "email"],
  [5, "person_tags", "tag"],
  [8, "person_needs", "phrase"],
  [9, "person_offers", "phrase"],
] as const;
const ENTRY_COLUMNS = [
  [10, "interactions", "note"],
  [11, "ledger", "what"],
  [12, "asks", "what"],
  [13, "intros", "why"],
  [14, "follow_ups", "note"],
  [15, "intros", "outcome_note"],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1)`.execute(
    db,
  );
  const run = (text: string) => sql.raw(text).execute(db);
  // A bulk write (an import, a restore) pauses the triggers with a row here and indexes what it wrote in one pass
  // (src/db/search.ts), in the same transaction: per-row triggers made a 30,000-row import 88 % slower.
  await run("CREATE TABLE search_paused (only INTEGER PRIMARY KEY CHECK (only = 1))");

  // A person's own fields: one row each.
  const personRows = (row: string) =>
    PERSON_COLUMNS.map(([slot, column]) => `SELECT ${row}.id * 16 + ${slot} AS rowid, ${row}.${column} AS body`).join(" UNION ALL ");
  const personSlots = (row: string, slots: readonly number[]) => slots.map((s) => `${row}.id * 16 + ${s}`).join(", ");
  const putPerson = (row: string) =>
    `INSERT INTO search_index (rowid, body) SELECT rowid, body FROM (${personRows(row)}) WHERE body IS NOT NULL AND body <> ''`;
  await run(
    `CREATE TRIGGER search_people_added AFTER INSERT ON people WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN ${putPerson("NEW")}; END`,
  );
  await run(
    `CREATE TRIGGER search_people_changed AFTER UPDATE OF ${PERSON_COLUMNS.map(([, c]) => c).join(", ")} ON people WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
       DELETE FROM search_index WHERE rowid IN (${personSlots(
         "OLD",
         PERSON_COLUMNS.map(([s]) => s),
       )});
       ${putPerson("NEW")};
     END`,
  );
  await run(
    `CREATE TRIGGER search_people_removed AFTER DELETE ON people WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
       DELETE FROM search_index WHERE rowid IN (${personSlots("OLD", [1, 2, 3, 4, 5, 6, 7, 8, 9])});
     END`,
  );

  // A person's lists (e-mails, tags, needs, offers): one row per person and list, its values joined by spaces.
  for (const [slot, table, column] of PERSON_LISTS) {
    const refresh = (row: string) => `
      DELETE FROM search_index WHERE rowid = ${row}.person_id * 16 + ${slot};
      INSERT INTO search_index (rowid, body)
        SELECT ${row}.person_id * 16 + ${slot}, group_concat(${column}, ' ') FROM ${table} WHERE person_id = ${row}.person_id HAVING count(*) > 0;`;
    await run(
      `CREATE TRIGGER search_${table}_added AFTER INSERT ON ${table} WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN ${refresh("NEW")} END`,
    );
    await run(
      `CREATE TRIGGER search_${table}_changed AFTER UPDATE ON ${table} WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN ${refresh("OLD")} ${refresh("NEW")} END`,
    );
    await run(
      `CREATE TRIGGER search_${table}_removed AFTER DELETE ON ${table} WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN ${refresh("OLD")} END`,
    );
  }

  // The text of each entry: one row.
  for (const [slot, table, column] of ENTRY_COLUMNS) {
    const put = `INSERT INTO search_index (rowid, body) SELECT NEW.id * 16 + ${slot}, NEW.${column} WHERE NEW.${column} IS NOT NULL AND NEW.${column} <> ''`;
    const name = `search_${table}_${column}`;
    await run(`CREATE TRIGGER ${name}_added AFTER INSERT ON ${table} WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN ${put}; END`);
    await run(
      `CREATE TRIGGER ${name}_changed AFTER UPDATE OF id, ${column} ON ${table} WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
         DELETE FROM search_index WHERE rowid = OLD.id * 16 + ${slot};
         ${put};
       END`,
    );
    await run(
      `CREATE TRIGGER ${name}_removed AFTER DELETE ON ${table} WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + ${slot}; END`,
    );
  }

  // What the journal already holds.
  await run(
    `INSERT INTO search_index (rowid, body) SELECT rowid, body FROM (${PERSON_COLUMNS.map(
      ([slot, column]) => `SELECT id * 16 + ${slot} AS rowid, ${column} AS body FROM people`,
    ).join(" UNION ALL ")}) WHERE body IS NOT NULL AND body <> ''`,
  );
  for (const [slot, table, column] of PERSON_LISTS)
    await run(
      `INSERT INTO search_index (rowid, body) SELECT person_id * 16 + ${slot}, group_concat(${column}, ' ') FROM ${table} GROUP BY person_id`,
    );
  for (const [slot, table, column] of ENTRY_COLUMNS)
    await run(
      `INSERT INTO search_index (rowid, body) SELECT id * 16 + ${slot}, ${column} FROM ${table} WHERE ${column} IS NOT NULL AND ${column} <> ''`,
    );
}
