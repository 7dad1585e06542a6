import { sql, type Kysely, type RawBuilder } from "kysely";
import { NO_BALANCE } from "../domain/balance.js";
import type { Tier } from "../domain/depth.js";
import type { Person } from "../domain/person.js";
import { normaliseTag } from "../domain/person.js";
import { groupValues, personFromRow } from "./people.js";
import { jsonRows } from "./json-rows.js";
import { historiesOf, noHistoryDepth, type Relationship } from "./relationships.js";
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

/** What the people table shows of someone: who they are and where the relationship stands, nothing more. */
export interface PersonLine {
  readonly id: number;
  readonly name: string;
  readonly company: string | null;
  readonly title: string | null;
  readonly archived: boolean;
  /** Their tags in order, separated by ", " ("" when none). */
  readonly tags: string;
  readonly relationship: Relationship;
}

/** Everyone listed with all they hold (what --json prints). */
export async function listPeople(db: Kysely<DB>, today: string, filter: PeopleFilter): Promise<ListedPerson[]> {
  const shown = shownBy(filter);
  // Contact points of the listed people, each kind in one query, joined rather than listed by id.
  const points = async (table: string, column: string, order: "rowid" | "value") => {
    const result = await sql<{ person_id: number; value: string }>`
      SELECT t.person_id, ${sql.ref(`t.${column}`)} AS value
      FROM ${sql.table(table)} AS t JOIN people ON people.id = t.person_id
      WHERE ${shown}
      ORDER BY ${order === "rowid" ? sql`t.rowid` : sql.ref(`t.${column}`)}`.execute(db);
    return result.rows;
  };

  const [rows, emails, phones, tags, links, histories] = await Promise.all([
    db.selectFrom("people").selectAll().where(shown).orderBy(sql`+name_key`).orderBy("id").execute(),
    points("person_emails", "email", "rowid"),
    points("person_phones", "phone", "rowid"),
    points("person_tags", "tag", "value"),
    points("person_links", "url", "rowid"),
    historiesOf(db, today, { explained: false }),
  ]);
  const grouped = { emails: groupValues(emails), phones: groupValues(phones), tags: groupValues(tags), links: groupValues(links) };
  const standing = standingOf(histories, today);
  const listed: ListedPerson[] = [];
  for (const row of rows) {
    const relationship = standing(row.id);
    if (filter.tier !== undefined && relationship.depth.tier !== filter.tier) continue;
    listed.push({ person: personFromRow(row, grouped), relationship });
  }
  return sortPeople(listed, filter.order);
}

/**
 * Everyone listed with only what the people table shows. Thousands of rows, so each query hands over one JSON text
 * (see jsonRows) and none sorts the table: the people as stored, their tags grouped, and the name order read from
 * the name index alone.
 */
export async function listPersonLines(db: Kysely<DB>, today: string, filter: PeopleFilter): Promise<PersonLine[]> {
  type Row = { id: number; name: string; company: string | null; title: string | null; archived: number };
  const [rows, tags, byName, histories] = await Promise.all([
    jsonRows<Row>(db, ["id", "name", "company", "title", "archived"], sql`SELECT id, name, company, title, archived FROM people WHERE ${shownBy(filter)}`),
    jsonRows<{ id: number; tags: string }>(db, ["id", "tags"], sql`SELECT person_id AS id, group_concat(tag, ', ' ORDER BY tag) AS tags FROM person_tags GROUP BY person_id`),
    sql<{ ids: string }>`SELECT json_group_array(id ORDER BY name_key, id) AS ids FROM people`.execute(db),
    historiesOf(db, today, { explained: false }),
  ]);
  const rowOf = new Map<number, Row>();
  for (const row of rows) rowOf.set(row.id, row);
  const tagsOf = new Map<number, string>();
  for (const t of tags) tagsOf.set(t.id, t.tags);
  const standing = standingOf(histories, today);
  const lines: PersonLine[] = [];
  for (const id of JSON.parse(byName.rows[0]!.ids) as number[]) {
    const row = rowOf.get(id);
    if (row === undefined) continue;
    const relationship = standing(id);
    if (filter.tier !== undefined && relationship.depth.tier !== filter.tier) continue;
    lines.push({ id, name: row.name, company: row.company, title: row.title, archived: row.archived === 1, tags: tagsOf.get(id) ?? "", relationship });
  }
  return sortPeople(lines, filter.order);
}

function shownBy(filter: PeopleFilter): RawBuilder<boolean> {
  const tag = filter.tag === undefined ? undefined : normaliseTag(filter.tag);
  const conditions = [
    ...(filter.includeArchived ? [] : [sql`people.archived = 0`]),
    ...(tag === undefined ? [] : [sql`people.id IN (SELECT person_id FROM person_tags WHERE tag = ${tag})`]),
  ];
  return conditions.length > 0 ? sql<boolean>`${sql.join(conditions, sql` AND `)}` : sql<boolean>`1`;
}

/** Each person's relationship: from their history, or the one everyone without a history shares. */
function standingOf(histories: ReadonlyMap<number, Relationship>, today: string): (personId: number) => Relationship {
  const depth = noHistoryDepth(today);
  return (personId) => histories.get(personId) ?? { personId, depth, balance: NO_BALANCE, lastContact: null };
}

/** Rows arrive in name order; `last` puts the most recent contact first (never contacted last), `depth` the deepest first. */
function sortPeople<T extends { readonly relationship: Relationship }>(listed: T[], order: PeopleOrder): T[] {
  if (order === "last") {
    const last = (l: T) => l.relationship.lastContact ?? "";
    return listed.sort((a, b) => (last(a) === last(b) ? 0 : last(a) < last(b) ? 1 : -1));
  }
  if (order === "depth") return listed.sort((a, b) => b.relationship.depth.score - a.relationship.depth.score);
  return listed;
}

/** Whether the journal holds anyone at all, archived or not. */
export async function hasPeople(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom("people").select("id").limit(1).executeTakeFirst()) !== undefined;
}
