import type { Kysely } from "kysely";

// Frozen: what each person is looking for and what they can offer, as short phrases in the user's words (in the
// order they were written down), and what the user says of themself (`net me`): their own needs, offers and, later,
// e-mail addresses, one row per value.
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ["person_needs", "person_offers"]) {
    await db.schema
      .createTable(table)
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("phrase", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_key`, ["person_id", "phrase"])
      .execute();
  }
  await db.schema
    .createTable("about_me")
    // 'needs', 'offers' or 'email'.
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("about_me_key", ["kind", "value"])
    .execute();
}
