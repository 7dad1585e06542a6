import { sql, type Kysely } from "kysely";

// Frozen: the give/take ledger, asks and introductions.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("asks")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("what", "text", (c) => c.notNull())
    .addColumn("size", "text", (c) => c.notNull().check(sql`size IN ('small','medium','large')`))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("open").check(sql`status IN ('open','granted','declined')`))
    .addColumn("closed_on", "text")
    .addColumn("interaction_id", "integer", (c) => c.references("interactions.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("asks_person").on("asks").columns(["person_id", "date"]).execute();

  await db.schema
    .createTable("intros")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("a_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("b_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("why", "text")
    .addColumn("status", "text", (c) => c.notNull().check(sql`status IN ('proposed','made')`))
    .addColumn("proposed_on", "text")
    .addColumn("made_on", "text")
    .addColumn("outcome", "text", (c) => c.check(sql`outcome IN ('met','fizzled')`))
    .addColumn("outcome_note", "text")
    .addColumn("outcome_on", "text")
    .addCheckConstraint("intros_two_people", sql`a_id <> b_id`)
    .execute();
  await db.schema.createIndex("intros_a").on("intros").column("a_id").execute();
  await db.schema.createIndex("intros_b").on("intros").column("b_id").execute();

  await db.schema
    .createTable("ledger")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("direction", "text", (c) => c.notNull().check(sql`direction IN ('gave','got')`))
    .addColumn("what", "text", (c) => c.notNull())
    .addColumn("size", "text", (c) => c.notNull().check(sql`size IN ('small','medium','large')`))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("interaction_id", "integer", (c) => c.references("interactions.id").onDelete("set null"))
    .addColumn("intro_id", "integer", (c) => c.references("intros.id").onDelete("cascade"))
    .addColumn("ask_id", "integer", (c) => c.references("asks.id").onDelete("cascade"))
    .execute();
  await db.schema.createIndex("ledger_person").on("ledger").columns(["person_id", "date"]).execute();

  await db.schema
    .alterTable("follow_ups")
    .addColumn("intro_id", "integer", (c) => c.references("intros.id").onDelete("cascade"))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("follow_ups").dropColumn("intro_id").execute();
  for (const t of ["ledger", "intros", "asks"]) await db.schema.dropTable(t).execute();
}
