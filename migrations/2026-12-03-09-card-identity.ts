import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";

// Frozen: what an address book knows a person by. uid: the vCard UID their cards carry, the card's they were imported
// from or one made once here, so that a vdir (one file per person) and every address book synced from it see the same
// person across exports. card_n: the structured name (N) of the card they were imported from, as written there, so an
// export gives it back unchanged; null for people typed in (their N is worked out from the name).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("people").addColumn("uid", "text").execute();
  await db.schema.alterTable("people").addColumn("card_n", "text").execute();
  const ids = (await db.selectFrom("people").select("id").execute()) as { id: number }[];
  for (const { id } of ids)
    await db
      .updateTable("people")
      .set({ uid: `urn:uuid:${randomUUID()}` })
      .where("id", "=", id)
      .execute();
  await db.schema.createIndex("people_uid").unique().on("people").column("uid").execute();
}
