import { sql, type Kysely } from "kysely";
import type { Tier } from "../domain/depth.js";
import type { Person } from "../domain/person.js";
import { normaliseTag } from "../domain/person.js";
import { groupValues, personFromRow } from "./people.js";
import { relationshipsOf, type Relationship } from "./relationships.js";
import type { DB } from "./schema.js";

// `net people`: everyone (or a filtered few) with depth, balance and last contact, in a fixed number of queries
// whatever the size of the journal: no per-person query, no `IN (…ids)` list that 30,000 people would overflow.

export type PeopleOrder = "name" | "last" | "depth";
export const PEOPLE_ORDERS: readonly PeopleOrder[] = ["name", "last", "depth"];

export interface PeopleFilter {
  readonly tag?: string;
  readonly tier?: Tier;
  readonly includeArchived: boolean;
  readonly order: PeopleOrder;
}

export interface ListedPerson {
  readonly person: Person;
  readonly relationship: Relationship;
}

export async function listPeople(db: Kysely<DB>, today: string, filter: PeopleFilter): Promise<ListedPerson[]> {
  const tag = filter.tag === undefined ? undefined : normaliseTag(filter.tag);
  const conditions = [
    ...(filter.includeArchived ? [] : [sql`people.archived = 0`]),
    ...(tag === undefined ? [] : [sql`people.id IN (SELECT person_id FROM person_tags WHERE tag = ${tag})`]),
  ];
  const shown = conditions.length > 0 ? sql<boolean>`${sql.join(conditions, sql` AND `)}` : sql<boolean>`1`;

  const people = db.selectFrom("people").selectAll().where(shown).orderBy("name_key").orderBy("id");
  // Contact points of the listed people, each kind in one query, joined rather than listed by id.
  const points = async (table: string, column: string, order: "rowid" | "value") => {
    const result = await sql<{ person_id: number; value: string }>`
      SELECT t.person_id, ${sql.ref(`t.${column}`)} AS value
      FROM ${sql.table(table)} AS t JOIN people ON people.id = t.person_id
      WHERE ${shown}
      ORDER BY ${order === "rowid" ? sql`t.rowid` : sql.ref(`t.${column}`)}`.execute(db);
    return result.rows;
  };

  const [rows, emails, phones, tags, links, relationships] = await Promise.all([
    people.execute(),
    points("person_emails", "email", "rowid"),
    points("person_phones", "phone", "rowid"),
    points("person_tags", "tag", "value"),
    points("person_links", "url", "rowid"),
    relationshipsOf(db, today),
  ]);
  const grouped = { emails: groupValues(emails), phones: groupValues(phones), tags: groupValues(tags), links: groupValues(links) };

  const listed: ListedPerson[] = [];
  for (const row of rows) {
    const relationship = relationships.get(row.id) ?? noRelationship(row.id);
    if (filter.tier !== undefined && relationship.depth.tier !== filter.tier) continue;
    listed.push({ person: personFromRow(row, grouped), relationship });
  }
  return sortPeople(listed, filter.order);
}

/** Someone the relationship pass did not return (it should return everyone): no history yet. */
function noRelationship(personId: number): Relationship {
  return { personId, depth: { score: 0, tier: "contact", terms: {} }, balance: { given: 0, received: 0, net: 0 }, lastContact: null };
}

/** Rows arrive in name order; `last` puts the most recent contact first (never contacted last), `depth` the deepest first. */
function sortPeople(listed: ListedPerson[], order: PeopleOrder): ListedPerson[] {
  if (order === "last") {
    const last = (l: ListedPerson) => l.relationship.lastContact ?? "";
    return listed.sort((a, b) => (last(a) === last(b) ? 0 : last(a) < last(b) ? 1 : -1));
  }
  if (order === "depth") return listed.sort((a, b) => b.relationship.depth.score - a.relationship.depth.score);
  return listed;
}

/** Whether the journal holds anyone at all, archived or not. */
export async function hasPeople(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom("people").select("id").limit(1).executeTakeFirst()) !== undefined;
}
