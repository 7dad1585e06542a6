import type { Kysely } from "kysely";

// Frozen: what each import source last said about a person's company and title, so that a re-import changes them only
// when the file's own value changed, never because the user edited them since.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("last_imported")
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("company", "text")
    .addColumn("title", "text")
    .addPrimaryKeyConstraint("last_imported_pk", ["person_id", "source"])
    .execute();
}
