import { randomUUID } from "node:crypto";
import { sql, type Kysely, type Selectable } from "kysely";
import type { Person } from "../domain/person.js";
import { nameKey } from "../domain/names.js";
import { normaliseEmail, normaliseTag, phoneKey } from "../domain/person.js";
import { newPhrases, phrasesNamed, SIDES, type Side } from "../domain/needs-offers.js";
import type { Writer } from "./changes.js";
import type { DB, PeopleTable } from "./schema.js";

type Db = Kysely<DB>;

/** What may be written about a person; absent fields are left alone. */
export interface PersonFields {
  readonly name?: string;
  readonly company?: string | null;
  readonly title?: string | null;
  readonly met?: string | null;
  readonly metOn?: string | null;
  readonly note?: string | null;
  readonly cadenceDays?: number | null;
  readonly archived?: boolean;
  readonly birthday?: string | null;
  readonly linkedinUrl?: string | null;
  readonly emails?: readonly string[];
  readonly phones?: readonly string[];
  readonly tags?: readonly string[];
  readonly links?: readonly string[];
  /** Added to what they need (phrases already there, case and accents aside, are left out). */
  readonly needs?: readonly string[];
  readonly offers?: readonly string[];
}

export interface PersonRef {
  readonly id: number;
  readonly name: string;
}

/** A person as a picker shows them: what tells two people of the same name apart. */
export interface Candidate extends PersonRef {
  readonly company: string | null;
  readonly title: string | null;
  /** The last conversation's date (even one logged ahead of today), or null. */
  readonly lastContact: string | null;
}

const CANDIDATE_COLUMNS = ["id", "name", "company", "title", "last_contact as lastContact"] as const;

function columns(fields: PersonFields) {
  return {
    ...(fields.name !== undefined ? { name: fields.name, name_key: nameKey(fields.name) } : {}),
    ...(fields.company !== undefined ? { company: fields.company } : {}),
    ...(fields.title !== undefined ? { title: fields.title } : {}),
    ...(fields.met !== undefined ? { met: fields.met } : {}),
    ...(fields.metOn !== undefined ? { met_on: fields.metOn } : {}),
    ...(fields.note !== undefined ? { note: fields.note } : {}),
    ...(fields.cadenceDays !== undefined ? { cadence_days: fields.cadenceDays } : {}),
    ...(fields.archived !== undefined ? { archived: fields.archived ? 1 : 0 } : {}),
    ...(fields.birthday !== undefined ? { birthday: fields.birthday } : {}),
    ...(fields.linkedinUrl !== undefined ? { linkedin_url: fields.linkedinUrl } : {}),
  };
}

/** The vCard UID a person typed in (or brought in without one) is known by from then on: made once, stored, never changed. */
export function newCardUid(): string {
  return `urn:uuid:${randomUUID()}`;
}

export async function insertPerson(w: Writer, fields: PersonFields & { name: string }, today: string): Promise<number> {
  const [id] = await w.insert("people", [
    { name: fields.name, name_key: nameKey(fields.name), created_on: today, uid: newCardUid(), ...columns(fields) },
  ]);
  await addContactPoints(w, id!, fields);
  return id!;
}

export async function updatePerson(w: Writer, id: number, fields: PersonFields): Promise<void> {
  const set = columns(fields);
  if (Object.keys(set).length > 0) await w.update("people", { id }, set);
  await addContactPoints(w, id, fields);
}

/** Adds e-mails, phones, tags, links, needs and offers a person does not have yet. */
export async function addContactPoints(
  w: Writer,
  id: number,
  fields: Pick<PersonFields, "emails" | "phones" | "tags" | "links" | "needs" | "offers">,
): Promise<void> {
  for (const side of SIDES) {
    const given = fields[side] ?? [];
    if (given.length === 0) continue;
    const phrases = newPhrases(await phrasesOf(w.db, side, id), given);
    if (phrases.length)
      await w.insert(
        PHRASE_TABLE[side],
        phrases.map((phrase) => ({ person_id: id, phrase })),
      );
  }
  const emails = unique((fields.emails ?? []).map(normaliseEmail));
  const phones = unique((fields.phones ?? []).map((p) => p.trim()).filter(Boolean));
  const tags = unique((fields.tags ?? []).map(normaliseTag));
  const links = unique((fields.links ?? []).map((l) => l.trim()).filter(Boolean));
  const add = { ignoreExisting: true };
  if (emails.length)
    await w.insert(
      "person_emails",
      emails.map((email) => ({ person_id: id, email })),
      add,
    );
  if (phones.length)
    await w.insert(
      "person_phones",
      phones.map((phone) => ({ person_id: id, phone, phone_key: phoneKey(phone) })),
      add,
    );
  if (tags.length)
    await w.insert(
      "person_tags",
      tags.map((tag) => ({ person_id: id, tag })),
      add,
    );
  if (links.length)
    await w.insert(
      "person_links",
      links.map((url) => ({ person_id: id, url })),
      add,
    );
}

export async function removeTags(w: Writer, id: number, tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  await w.delete("person_tags", { person_id: id, tag: tags.map(normaliseTag) });
}

/** The table each side's phrases are kept in. */
export const PHRASE_TABLE = { needs: "person_needs", offers: "person_offers" } as const satisfies Record<Side, keyof DB>;

/** A person's needs or offers, in the order written down. */
export async function phrasesOf(db: Db, side: Side, id: number): Promise<string[]> {
  const rows = await db.selectFrom(PHRASE_TABLE[side]).select("phrase").where("person_id", "=", id).orderBy(sql`rowid`).execute();
  return rows.map((r) => r.phrase);
}

/** Takes these needs or offers (case and accents aside) from a person; returns those that named none of theirs. */
export async function removePhrases(w: Writer, id: number, side: Side, removed: readonly string[]): Promise<string[]> {
  if (removed.length === 0) return [];
  const { found, missing } = phrasesNamed(await phrasesOf(w.db, side, id), removed);
  if (found.length) await w.delete(PHRASE_TABLE[side], { person_id: id, phrase: found });
  return missing;
}

/** Of these people, those who have this tag. */
export async function peopleWithTag(db: Db, tag: string, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("person_tags")
    .select("person_id")
    .where("tag", "=", normaliseTag(tag))
    .where("person_id", "in", ids)
    .execute();
  return new Set(rows.map((r) => r.person_id));
}

/** Gives each of these people a tag; returns those who did not have it yet, in the order given. */
export async function tagPeople(w: Writer, tag: string, ids: readonly number[]): Promise<number[]> {
  const had = await peopleWithTag(w.db, tag, ids);
  const added = [...new Set(ids)].filter((id) => !had.has(id));
  if (added.length > 0)
    await w.insert(
      "person_tags",
      added.map((person_id) => ({ person_id, tag: normaliseTag(tag) })),
    );
  return added;
}

/** Takes a tag from each of these people; returns those who had it, in the order given. */
export async function untagPeople(w: Writer, tag: string, ids: readonly number[]): Promise<number[]> {
  const had = await peopleWithTag(w.db, tag, ids);
  const removed = [...new Set(ids)].filter((id) => had.has(id));
  if (removed.length > 0) await w.delete("person_tags", { tag: normaliseTag(tag), person_id: removed });
  return removed;
}

/** Rows of (person_id, value) grouped by person, keeping their order. */
export function groupValues(list: readonly { person_id: number; value: string }[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const r of list) {
    const values = map.get(r.person_id);
    if (values) values.push(r.value);
    else map.set(r.person_id, [r.value]);
  }
  return map;
}

export interface ContactPoints {
  readonly emails: ReadonlyMap<number, readonly string[]>;
  readonly phones: ReadonlyMap<number, readonly string[]>;
  readonly tags: ReadonlyMap<number, readonly string[]>;
  readonly links: ReadonlyMap<number, readonly string[]>;
  readonly needs: ReadonlyMap<number, readonly string[]>;
  readonly offers: ReadonlyMap<number, readonly string[]>;
}

/** A people row and its grouped e-mails, phones, tags and links, as the domain's Person. */
export function personFromRow(r: Selectable<PeopleTable>, points: ContactPoints): Person {
  return {
    id: r.id,
    name: r.name,
    company: r.company,
    title: r.title,
    emails: points.emails.get(r.id) ?? [],
    phones: points.phones.get(r.id) ?? [],
    tags: points.tags.get(r.id) ?? [],
    links: points.links.get(r.id) ?? [],
    needs: points.needs.get(r.id) ?? [],
    offers: points.offers.get(r.id) ?? [],
    met: r.met,
    metOn: r.met_on,
    note: r.note,
    cadenceDays: r.cadence_days,
    archived: r.archived === 1,
    birthday: r.birthday,
    linkedinUrl: r.linkedin_url,
    createdOn: r.created_on,
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ""))];
}

export async function getPerson(db: Db, id: number): Promise<Person | undefined> {
  return (await getPeople(db, [id]))[0];
}

/** People by id, with their e-mails, phones, tags and links, in the order of `ids`. */
export async function getPeople(db: Db, ids: readonly number[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom("people").selectAll().where("id", "in", ids).execute();
  const [emails, phones, tags, links, needs, offers] = await Promise.all([
    db.selectFrom("person_emails").select(["person_id", "email as value"]).where("person_id", "in", ids).orderBy(sql`rowid`).execute(),
    db.selectFrom("person_phones").select(["person_id", "phone as value"]).where("person_id", "in", ids).orderBy(sql`rowid`).execute(),
    db.selectFrom("person_tags").select(["person_id", "tag as value"]).where("person_id", "in", ids).orderBy("tag").execute(),
    db.selectFrom("person_links").select(["person_id", "url as value"]).where("person_id", "in", ids).orderBy(sql`rowid`).execute(),
    db.selectFrom("person_needs").select(["person_id", "phrase as value"]).where("person_id", "in", ids).orderBy(sql`rowid`).execute(),
    db.selectFrom("person_offers").select(["person_id", "phrase as value"]).where("person_id", "in", ids).orderBy(sql`rowid`).execute(),
  ]);
  const points: ContactPoints = {
    emails: groupValues(emails),
    phones: groupValues(phones),
    tags: groupValues(tags),
    links: groupValues(links),
    needs: groupValues(needs),
    offers: groupValues(offers),
  };
  const byId = new Map<number, Person>(rows.map((r) => [r.id, personFromRow(r, points)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** How often to keep in touch with someone (days), or null when they have no cadence (or no such person). */
export async function cadenceOf(db: Db, id: number): Promise<number | null> {
  const row = await db.selectFrom("people").select("cadence_days").where("id", "=", id).executeTakeFirst();
  return row?.cadence_days ?? null;
}

/** People whose name is exactly this (case- and accent-insensitive); uses the name index. */
export async function peopleNamed(db: Db, name: string): Promise<PersonRef[]> {
  return db.selectFrom("people").select(["id", "name"]).where("name_key", "=", nameKey(name)).orderBy("id").execute();
}

export async function personById(db: Db, id: number): Promise<PersonRef | undefined> {
  return db.selectFrom("people").select(["id", "name"]).where("id", "=", id).executeTakeFirst();
}

/** These people's ids and names. */
export async function personRefs(db: Db, ids: readonly number[]): Promise<PersonRef[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("people").select(["id", "name"]).where("id", "in", ids).execute();
}

/** Those of these people who are archived. */
export async function archivedAmong(db: Db, ids: readonly number[]): Promise<PersonRef[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("people").select(["id", "name"]).where("id", "in", ids).where("archived", "=", 1).execute();
}

/** Every person's id and name, for prefix and fuzzy matching. */
export async function allNames(db: Db): Promise<PersonRef[]> {
  return db.selectFrom("people").select(["id", "name"]).orderBy("name_key").execute();
}

/** The people with exactly this name (case and accents aside), with what a picker shows of each. */
export async function candidatesNamed(db: Db, name: string): Promise<Candidate[]> {
  return db.selectFrom("people").select(CANDIDATE_COLUMNS).where("name_key", "=", nameKey(name)).orderBy("id").execute();
}

/** Everyone, as allNames, with what a picker shows of each: one read for the names to match and the choices to draw. */
export async function allCandidates(db: Db): Promise<Candidate[]> {
  return db.selectFrom("people").select(CANDIDATE_COLUMNS).orderBy("name_key").execute();
}
