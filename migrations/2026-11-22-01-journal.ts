import { sql, type Kysely } from "kysely";

// Frozen: the first released schema. People, their interactions and follow-ups.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("people")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_key", "text", (c) => c.notNull())
    .addColumn("company", "text")
    .addColumn("title", "text")
    .addColumn("met", "text")
    .addColumn("met_on", "text")
    .addColumn("note", "text")
    .addColumn("cadence_days", "integer")
    .addColumn("archived", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("birthday", "text")
    .addColumn("linkedin_url", "text")
    .addColumn("created_on", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("people_name_key").on("people").column("name_key").execute();
  await sql`CREATE UNIQUE INDEX people_linkedin_url ON people(linkedin_url) WHERE linkedin_url IS NOT NULL`.execute(db);

  for (const [table, column] of [
    ["person_emails", "email"],
    ["person_phones", "phone"],
    ["person_tags", "tag"],
    ["person_links", "url"],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn(column, "text", (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ["person_id", column])
      .execute();
  }
  await db.schema
    .alterTable("person_phones")
    .addColumn("phone_key", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema.createIndex("person_emails_email").on("person_emails").column("email").execute();
  await db.schema.createIndex("person_phones_key").on("person_phones").column("phone_key").execute();
  await db.schema.createIndex("person_tags_tag").on("person_tags").column("tag").execute();

  await db.schema
    .createTable("interactions")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull().check(sql`channel IN ('meeting','video','call','email','message','social')`))
    .addColumn("initiated_by", "text", (c) => c.notNull().defaultTo("me").check(sql`initiated_by IN ('me','them')`))
    .addColumn("note", "text")
    .addColumn("created_on", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("interactions_date").on("interactions").column("date").execute();

  await db.schema
    .createTable("interaction_people")
    .addColumn("interaction_id", "integer", (c) => c.notNull().references("interactions.id").onDelete("cascade"))
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("interaction_people_pk", ["interaction_id", "person_id"])
    .execute();
  await db.schema.createIndex("interaction_people_person").on("interaction_people").columns(["person_id", "interaction_id"]).execute();

  await db.schema
    .createTable("follow_ups")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("due", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("interaction_id", "integer", (c) => c.references("interactions.id").onDelete("set null"))
    .addColumn("created_on", "text", (c) => c.notNull())
    .addColumn("done_on", "text")
    .execute();
  await sql`CREATE INDEX follow_ups_open_due ON follow_ups(due) WHERE done_on IS NULL`.execute(db);
  await db.schema.createIndex("follow_ups_person").on("follow_ups").column("person_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "follow_ups",
    "interaction_people",
    "interactions",
    "person_links",
    "person_tags",
    "person_phones",
    "person_emails",
    "people",
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
