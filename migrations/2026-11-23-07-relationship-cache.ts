import { sql, type Kysely } from "kysely";

// Frozen: each relationship's depth score and give-and-take totals, as worked out on one day, kept for the reports that
// list the whole network (net people). relationship_cache_state says for which day and which depth formula the rows
// hold: then everyone with a history has a row, and anyone without one has no history. Any change to what depth is
// made of (a conversation, a ledger entry, the day they met) marks that person's row to be worked out again (score
// NULL, even for someone left with no history): triggers, so no write can forget it.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE relationship_cache (
    person_id INTEGER PRIMARY KEY,
    score INTEGER,
    given REAL,
    received REAL
  )`.execute(db);
  await sql`CREATE TABLE relationship_cache_state (
    only INTEGER PRIMARY KEY CHECK (only = 1),
    as_of TEXT NOT NULL,
    formula INTEGER NOT NULL
  )`.execute(db);

  // Nothing to mark while no report has filled the cache (a journal being restored or imported), nor for someone who
  // no longer exists (a deleted person's row goes with them).
  const cached = sql`EXISTS (SELECT 1 FROM relationship_cache_state)`;
  const mark = (person: string) =>
    sql.raw(
      `INSERT OR REPLACE INTO relationship_cache (person_id) SELECT ${person} WHERE EXISTS (SELECT 1 FROM people WHERE id = ${person});`,
    );
  for (const table of ["interaction_people", "ledger"]) {
    const name = (event: string) => sql.raw(`${table}_${event}_relationship`);
    // A conversation's date, channel and initiator are copied into interaction_people just after it is added (migration
    // 05): that copy is part of the addition, already marked.
    const copied = table === "interaction_people" ? sql` AND NOT (OLD.date IS NULL AND OLD.person_id = NEW.person_id)` : sql``;
    await sql`CREATE TRIGGER ${name("added")} AFTER INSERT ON ${sql.raw(table)} WHEN ${cached} BEGIN ${mark("NEW.person_id")} END`.execute(
      db,
    );
    await sql`CREATE TRIGGER ${name("changed")} AFTER UPDATE ON ${sql.raw(table)} WHEN ${cached}${copied} BEGIN
      ${mark("OLD.person_id")} ${mark("NEW.person_id")}
    END`.execute(db);
    await sql`CREATE TRIGGER ${name("removed")} AFTER DELETE ON ${sql.raw(table)} WHEN ${cached} BEGIN ${mark("OLD.person_id")} END`.execute(
      db,
    );
  }
  // An import sets met_on to itself for everyone it finds again: only a real change counts.
  await sql`CREATE TRIGGER people_met_relationship AFTER UPDATE OF met_on ON people
    WHEN ${cached} AND OLD.met_on IS NOT NEW.met_on BEGIN ${mark("NEW.id")} END`.execute(db);
  // Also why an id handed out again after a merge never inherits a row.
  await sql`CREATE TRIGGER people_removed_relationship AFTER DELETE ON people BEGIN
    DELETE FROM relationship_cache WHERE person_id = OLD.id;
  END`.execute(db);
}
