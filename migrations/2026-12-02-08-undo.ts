import type { Kysely } from "kysely";

// Frozen: the undo history and the id counters.
// undo_steps: one row per command that wrote (newest kept, older dropped whole); undo_changes: what each step did to each
// row, as JSON images, in the order it did it. id_counters: the last id handed out per table, so that an id freed by a
// delete, a merge or an undo is never handed out again (SQLite would give the highest id again; PostgreSQL's sequences
// never do — both read the counter the same way here).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("undo_steps")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("changes", "integer", (c) => c.notNull())
    .addColumn("undone_at", "text")
    .execute();
  await db.schema
    .createTable("undo_changes")
    .addColumn("step_id", "integer", (c) => c.notNull().references("undo_steps.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("rows", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("undo_changes_pk", ["step_id", "seq"])
    .execute();
  await db.schema
    .createTable("id_counters")
    .addColumn("table_name", "text", (c) => c.primaryKey())
    .addColumn("last_id", "integer", (c) => c.notNull())
    .execute();
  for (const table of ["people", "interactions", "follow_ups", "asks", "intros", "ledger"]) {
    await db
      .insertInto("id_counters")
      .expression((eb) =>
        eb.selectFrom(table).select([eb.val(table).as("table_name"), eb.fn.coalesce(eb.fn.max("id"), eb.lit(0)).as("last_id")]),
      )
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["undo_changes", "undo_steps", "id_counters"]) await db.schema.dropTable(t).execute();
}
