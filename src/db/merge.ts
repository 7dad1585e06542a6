import { sql, type Kysely } from "kysely";
import type { DB } from "./schema.js";

// Folding one person into another: all history moves to the one kept, nothing about either is lost.

export interface MergeCounts {
  interactions: number;
  ledger: number;
  asks: number;
  intros: number;
  followUps: number;
  /** Introductions between the two, removed: nobody can be introduced to themselves. */
  introsBetween: number;
}

/** Call inside journal.write. */
export async function mergePeople(db: Kysely<DB>, keepId: number, otherId: number): Promise<MergeCounts> {
  const keep = await db.selectFrom("people").selectAll().where("id", "=", keepId).executeTakeFirstOrThrow();
  const other = await db.selectFrom("people").selectAll().where("id", "=", otherId).executeTakeFirstOrThrow();
  const n = (r: { numUpdatedRows?: bigint; numDeletedRows?: bigint }[] | { numUpdatedRows?: bigint; numDeletedRows?: bigint }) =>
    (Array.isArray(r) ? r : [r]).reduce((sum, x) => sum + Number(x.numUpdatedRows ?? x.numDeletedRows ?? 0n), 0);

  // An intro between the two was an intro of someone to themselves; its check-ins and ledger entries go with it.
  const introsBetween = n(
    await db
      .deleteFrom("intros")
      .where((eb) => eb.or([eb.and([eb("a_id", "=", keepId), eb("b_id", "=", otherId)]), eb.and([eb("a_id", "=", otherId), eb("b_id", "=", keepId)])]))
      .execute(),
  );
  // Where both were in the same conversation, it is already keep's: drop other's row instead of duplicating the key.
  const shared = n(
    await db
      .deleteFrom("interaction_people")
      .where("person_id", "=", otherId)
      .where("interaction_id", "in", db.selectFrom("interaction_people").select("interaction_id").where("person_id", "=", keepId))
      .execute(),
  );
  const interactions = n(await db.updateTable("interaction_people").set({ person_id: keepId }).where("person_id", "=", otherId).execute()) + shared;
  const ledger = n(await db.updateTable("ledger").set({ person_id: keepId }).where("person_id", "=", otherId).execute());
  const asks = n(await db.updateTable("asks").set({ person_id: keepId }).where("person_id", "=", otherId).execute());
  const followUps = n(await db.updateTable("follow_ups").set({ person_id: keepId }).where("person_id", "=", otherId).execute());
  const intros =
    n(await db.updateTable("intros").set({ a_id: keepId }).where("a_id", "=", otherId).execute()) +
    n(await db.updateTable("intros").set({ b_id: keepId }).where("b_id", "=", otherId).execute());

  for (const [table, column] of [
    ["person_emails", "email"],
    ["person_phones", "phone"],
    ["person_tags", "tag"],
    ["person_links", "url"],
  ] as const) {
    const extra = table === "person_phones" ? sql`, phone_key` : sql``;
    await sql`INSERT OR IGNORE INTO ${sql.table(table)} (person_id, ${sql.ref(column)}${extra})
              SELECT ${keepId}, ${sql.ref(column)}${extra} FROM ${sql.table(table)} WHERE person_id = ${otherId} ORDER BY rowid`.execute(db);
  }

  // When both have a LinkedIn profile, keep keeps theirs and other's becomes one of keep's links: imports match on either.
  if (keep.linkedin_url && other.linkedin_url && keep.linkedin_url !== other.linkedin_url) {
    await db.insertInto("person_links").values({ person_id: keepId, url: other.linkedin_url }).onConflict((oc) => oc.doNothing()).execute();
  }
  const note = keep.note && other.note && keep.note !== other.note ? `${keep.note}\n\n${other.note}` : (keep.note ?? other.note);
  const metOn = keep.met_on && other.met_on ? (keep.met_on < other.met_on ? keep.met_on : other.met_on) : (keep.met_on ?? other.met_on);
  // The LinkedIn URL is unique: other gives it up before keep takes it.
  await db.updateTable("people").set({ linkedin_url: null }).where("id", "=", otherId).execute();
  await db
    .updateTable("people")
    .set({
      company: keep.company ?? other.company,
      title: keep.title ?? other.title,
      met: keep.met ?? other.met,
      met_on: metOn,
      note,
      cadence_days: keep.cadence_days ?? other.cadence_days,
      birthday: keep.birthday ?? other.birthday,
      linkedin_url: keep.linkedin_url ?? other.linkedin_url,
      created_on: keep.created_on < other.created_on ? keep.created_on : other.created_on,
    })
    .where("id", "=", keepId)
    .execute();
  await db.deleteFrom("people").where("id", "=", otherId).execute();
  return { interactions, ledger, asks, intros, followUps, introsBetween };
}
