import { sql } from "kysely";
import type { Writer } from "./changes.js";
import { SIDES } from "../domain/needs-offers.js";
import { addContactPoints, phrasesOf } from "./people.js";

// Folding one person into another: all history moves to the one kept, nothing about either is lost.

/** The earlier of two ISO dates (strings compare as dates). */
const earlier = (a: string, b: string): string => (a < b ? a : b);

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
export async function mergePeople(w: Writer, keepId: number, otherId: number): Promise<MergeCounts> {
  const db = w.db;
  const keep = await db.selectFrom("people").selectAll().where("id", "=", keepId).executeTakeFirstOrThrow();
  const other = await db.selectFrom("people").selectAll().where("id", "=", otherId).executeTakeFirstOrThrow();

  // An intro between the two was an intro of someone to themselves; its check-ins and ledger entries go with it.
  const between = await db
    .selectFrom("intros")
    .select("id")
    .where((eb) =>
      eb.or([eb.and([eb("a_id", "=", keepId), eb("b_id", "=", otherId)]), eb.and([eb("a_id", "=", otherId), eb("b_id", "=", keepId)])]),
    )
    .execute();
  const introsBetween = await w.delete("intros", { id: between.map((r) => r.id) });
  // Where both were in the same conversation, it is already keep's: drop other's row instead of duplicating the key.
  const keeps = await db.selectFrom("interaction_people").select("interaction_id").where("person_id", "=", keepId).execute();
  const shared = await w.delete("interaction_people", { person_id: otherId, interaction_id: keeps.map((r) => r.interaction_id) });
  const interactions = (await w.update("interaction_people", { person_id: otherId }, { person_id: keepId })) + shared;
  const ledger = await w.update("ledger", { person_id: otherId }, { person_id: keepId });
  const asks = await w.update("asks", { person_id: otherId }, { person_id: keepId });
  const followUps = await w.update("follow_ups", { person_id: otherId }, { person_id: keepId });
  const intros =
    (await w.update("intros", { a_id: otherId }, { a_id: keepId })) + (await w.update("intros", { b_id: otherId }, { b_id: keepId }));

  // Other's e-mails, phones, tags and links become keep's too, in the order other had them.
  const add = { ignoreExisting: true };
  const emails = await db.selectFrom("person_emails").select("email").where("person_id", "=", otherId).orderBy(sql`rowid`).execute();
  await w.insert(
    "person_emails",
    emails.map((r) => ({ person_id: keepId, email: r.email })),
    add,
  );
  const phones = await db
    .selectFrom("person_phones")
    .select(["phone", "phone_key"])
    .where("person_id", "=", otherId)
    .orderBy(sql`rowid`)
    .execute();
  await w.insert(
    "person_phones",
    phones.map((r) => ({ person_id: keepId, phone: r.phone, phone_key: r.phone_key })),
    add,
  );
  const tags = await db.selectFrom("person_tags").select("tag").where("person_id", "=", otherId).orderBy(sql`rowid`).execute();
  await w.insert(
    "person_tags",
    tags.map((r) => ({ person_id: keepId, tag: r.tag })),
    add,
  );
  const links = await db.selectFrom("person_links").select("url").where("person_id", "=", otherId).orderBy(sql`rowid`).execute();
  await w.insert(
    "person_links",
    links.map((r) => ({ person_id: keepId, url: r.url })),
    add,
  );

  // Other's needs and offers join keep's, but for a phrase keep already has (case and accents aside).
  for (const side of SIDES) {
    await addContactPoints(w, keepId, { [side]: await phrasesOf(db, side, otherId) });
  }

  // When both have a LinkedIn profile, keep keeps theirs and other's becomes one of keep's links: imports match on either.
  if (keep.linkedin_url && other.linkedin_url && keep.linkedin_url !== other.linkedin_url) {
    await w.insert("person_links", [{ person_id: keepId, url: other.linkedin_url }], add);
  }
  const note = keep.note && other.note && keep.note !== other.note ? `${keep.note}\n\n${other.note}` : (keep.note ?? other.note);
  const metOn = keep.met_on && other.met_on ? earlier(keep.met_on, other.met_on) : (keep.met_on ?? other.met_on);
  // The LinkedIn URL is unique: other gives it up before keep takes it.
  await w.update("people", { id: otherId }, { linkedin_url: null });
  await w.update(
    "people",
    { id: keepId },
    {
      company: keep.company ?? other.company,
      title: keep.title ?? other.title,
      met: keep.met ?? other.met,
      met_on: metOn,
      note,
      cadence_days: keep.cadence_days ?? other.cadence_days,
      birthday: keep.birthday ?? other.birthday,
      linkedin_url: keep.linkedin_url ?? other.linkedin_url,
      created_on: earlier(keep.created_on, other.created_on),
    },
  );
  await w.delete("people", { id: otherId });
  return { interactions, ledger, asks, intros, followUps, introsBetween };
}
