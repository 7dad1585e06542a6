import type Database from "better-sqlite3";
import { sql, type Kysely, type RawBuilder, type Selectable } from "kysely";
import { tierOf, type Tier } from "../domain/depth.js";
import type { Person } from "../domain/person.js";
import { normaliseTag } from "../domain/person.js";
import { groupValues, PHRASE_TABLE, personFromRow } from "./people.js";
import { goingCold } from "../domain/due.js";
import { containsFolded } from "../domain/names.js";
import { SIDES } from "../domain/needs-offers.js";
import { keepInTouchList, rhythmList } from "./interactions.js";
import { jsonColumns } from "./json-rows.js";
import { relationshipsToday } from "./relationship-cache.js";
import { noHistoryDepth, relationshipOf, type Relationship } from "./relationships.js";
import type { Journal } from "./open.js";
import type { DB, PeopleTable as PeopleRow } from "./schema.js";

// `net people`: everyone (or a filtered few) with depth, balance and last contact, in a fixed number of queries
// whatever the size of the journal: no per-person query, no `IN (…ids)` list that 30,000 people would overflow.

export type PeopleOrder = "name" | "last" | "depth";
export const PEOPLE_ORDERS: readonly PeopleOrder[] = ["name", "last", "depth"];

export interface PeopleFilter {
  /** People with every one of these tags (none: no condition). */
  readonly tags?: readonly string[];
  /** With anyTag, people with at least one of them. */
  readonly anyTag?: boolean;
  readonly tier?: Tier;
  readonly includeArchived: boolean;
  readonly order: PeopleOrder;
  /** Case- and accent-insensitive parts of these fields (all that are given must match). */
  readonly company?: string;
  readonly title?: string;
  readonly met?: string;
  readonly needs?: string;
  readonly offers?: string;
  /** Only those going cold today, by cadence or rhythm (as net due says). */
  readonly cold?: boolean;
  /** Only those with no conversation on or after this day. */
  readonly noContactSince?: string;
  /** At most this many, the first in the order asked for. */
  readonly limit?: number;
}

/** The people the text and cold filters let through, or null when none is given (everyone). */
async function allowedBy(db: Kysely<DB>, today: string, filter: PeopleFilter): Promise<Set<number> | null> {
  let allowed: Set<number> | null = null;
  const keep = (ids: Iterable<number>) => {
    const next = new Set(ids);
    allowed = allowed === null ? next : new Set([...allowed].filter((id) => next.has(id)));
  };
  const fields = (["company", "title", "met"] as const).filter((f) => filter[f] !== undefined);
  if (fields.length > 0) {
    const rows = await db
      .selectFrom("people")
      .select(["id", ...fields])
      .execute();
    keep(rows.filter((r) => fields.every((f) => containsFolded(r[f], filter[f]!))).map((r) => r.id));
  }
  for (const side of SIDES) {
    const part = filter[side];
    if (part === undefined) continue;
    const rows = await db.selectFrom(PHRASE_TABLE[side]).select(["person_id", "phrase"]).execute();
    keep(rows.filter((r) => containsFolded(r.phrase, part)).map((r) => r.person_id));
  }
  if (filter.cold) {
    const [keepInTouch, rhythms] = await Promise.all([keepInTouchList(db), rhythmList(db, today)]);
    keep(goingCold(today, keepInTouch, rhythms).map((c) => c.person.id));
  }
  return allowed;
}

export interface ListedPerson {
  readonly person: Person;
  readonly relationship: Relationship;
}

/**
 * What the people table shows, for thousands of people: a few arrays instead of an object a person. Index i of each
 * column is one person (their row); `order` lists the rows to show, in the order asked for.
 */
export interface PeopleColumns {
  readonly order: Int32Array;
  readonly id: readonly number[];
  readonly name: readonly string[];
  readonly company: readonly (string | null)[];
  readonly title: readonly (string | null)[];
  /** 1 when archived. */
  readonly archived: readonly number[];
  /** Their tags in order, separated by ", " ("" when none). */
  readonly tags: readonly string[];
  /** Depth score (0–100); the tier follows from it (tierOf). */
  readonly score: Uint8Array;
  /** Balance: what you gave less what you received, weighed by size. */
  readonly net: Float64Array;
  /** The latest conversation, or null. */
  readonly lastContact: readonly (string | null)[];
}

/** Everyone listed with all they hold (what --json prints), in the order asked for. */
export interface PeopleList {
  /** Read a thousand people at a time as the list is written, so that a large network is never held whole. */
  readonly people: Iterable<ListedPerson>;
}

const LIST_CHUNK = 1_000;

export async function listPeople(
  journal: Pick<Journal, "db" | "sqlite" | "readOnly">,
  today: string,
  filter: PeopleFilter,
): Promise<PeopleList> {
  const [named, histories, allowed] = await Promise.all([
    jsonColumns<{ id: number }>(journal.db, ["id"], sql`SELECT id FROM people WHERE ${shownBy(filter)} ORDER BY name_key, id`),
    relationshipsToday(journal, today),
    allowedBy(journal.db, today, filter),
  ]);
  const standing = relationshipOf(histories, today);
  const shown = named.id.filter(
    (id) => (filter.tier === undefined || standing(id).depth.tier === filter.tier) && (allowed === null || allowed.has(id)),
  );
  const order = ordered(
    Int32Array.from(shown.keys()),
    filter.order,
    shown.map((id) => standing(id).depth.score),
    shown.map((id) => standing(id).lastContact),
  ).subarray(0, filter.limit ?? shown.length);
  const ids = Array.from(order, (at) => shown[at]!);
  return { people: { [Symbol.iterator]: () => peopleById(journal.sqlite, ids, standing) } };
}

/** The given people in the given order, each with their relationship, read a thousand at a time. */
function* peopleById(sqlite: Database.Database, ids: readonly number[], standing: (id: number) => Relationship): Generator<ListedPerson> {
  const only = "(SELECT value FROM json_each(?))";
  const rowsOf = sqlite.prepare(`SELECT * FROM people WHERE id IN ${only}`);
  // Each kind of contact point in the order the full list shows it: as entered, tags alphabetically.
  const pointsOf = (table: string, column: string, order: string) =>
    sqlite.prepare(`SELECT person_id, ${column} AS value FROM ${table} WHERE person_id IN ${only} ORDER BY ${order}`);
  const kinds = {
    emails: pointsOf("person_emails", "email", "rowid"),
    phones: pointsOf("person_phones", "phone", "rowid"),
    tags: pointsOf("person_tags", "tag", "tag"),
    links: pointsOf("person_links", "url", "rowid"),
    needs: pointsOf("person_needs", "phrase", "rowid"),
    offers: pointsOf("person_offers", "phrase", "rowid"),
  };
  for (let from = 0; from < ids.length; from += LIST_CHUNK) {
    const chunk = JSON.stringify(ids.slice(from, from + LIST_CHUNK));
    const rows = new Map<number, Selectable<PeopleRow>>();
    for (const row of rowsOf.all(chunk) as Selectable<PeopleRow>[]) rows.set(row.id, row);
    const points = {
      emails: groupValues(kinds.emails.all(chunk) as { person_id: number; value: string }[]),
      phones: groupValues(kinds.phones.all(chunk) as { person_id: number; value: string }[]),
      tags: groupValues(kinds.tags.all(chunk) as { person_id: number; value: string }[]),
      links: groupValues(kinds.links.all(chunk) as { person_id: number; value: string }[]),
      needs: groupValues(kinds.needs.all(chunk) as { person_id: number; value: string }[]),
      offers: groupValues(kinds.offers.all(chunk) as { person_id: number; value: string }[]),
    };
    for (let at = from; at < Math.min(from + LIST_CHUNK, ids.length); at++) {
      const row = rows.get(ids[at]!);
      if (row) yield { person: personFromRow(row, points), relationship: standing(row.id) };
    }
  }
}

/**
 * Everyone listed with only what the people table shows. Each query hands its rows over as one JSON text of columns
 * (see jsonColumns) and none sorts the table: the people as stored, their tags from the tag index, and the name order
 * read from the name index alone. Depth order is then a counting sort on the 101 possible scores.
 */
export async function peopleTable(
  journal: Pick<Journal, "db" | "sqlite" | "readOnly">,
  today: string,
  filter: PeopleFilter,
): Promise<PeopleColumns> {
  type Row = { id: number; name: string; company: string | null; title: string | null; archived: number };
  const { db } = journal;
  const [people, tagged, byName, histories, allowed] = await Promise.all([
    jsonColumns<Row>(
      db,
      ["id", "name", "company", "title", "archived"],
      sql`SELECT id, name, company, title, archived FROM people WHERE ${shownBy(filter)}`,
    ),
    jsonColumns<{ id: number; tag: string }>(db, ["id", "tag"], sql`SELECT person_id AS id, tag FROM person_tags ORDER BY person_id, tag`),
    jsonColumns<{ id: number }>(db, ["id"], sql`SELECT id FROM people ORDER BY name_key, id`),
    relationshipsToday(journal, today),
    allowedBy(db, today, filter),
  ]);
  // Plain indexed loops over the columns: tens of thousands of rows, run once, mostly before the code is optimised.
  const ids = people.id;
  const size = ids.length;
  const rowOfId = rowFinder(ids);

  const tags: string[] = new Array<string>(size).fill("");
  const tagIds = tagged.id;
  const tagTexts = tagged.tag;
  for (let i = 0; i < tagIds.length; ) {
    const id = tagIds[i]!;
    let text = tagTexts[i++]!;
    while (i < tagIds.length && tagIds[i] === id) text += `, ${tagTexts[i++]!}`;
    const row = rowOfId(id);
    if (row >= 0) tags[row] = text;
  }

  const score = new Uint8Array(size).fill(noHistoryDepth(today).score);
  const net = new Float64Array(size);
  const lastContact: (string | null)[] = new Array<string | null>(size).fill(null);
  histories.forEach((relationship, id) => {
    const row = rowOfId(id);
    if (row < 0) return;
    score[row] = relationship.depth.score;
    net[row] = relationship.balance.net;
    lastContact[row] = relationship.lastContact;
  });

  const named = byName.id;
  const shown = new Int32Array(size);
  let count = 0;
  for (let i = 0; i < named.length; i++) {
    const row = rowOfId(named[i]!);
    if (row >= 0 && (filter.tier === undefined || tierOf(score[row]!) === filter.tier) && (allowed === null || allowed.has(named[i]!)))
      shown[count++] = row;
  }
  const order = ordered(shown.subarray(0, count), filter.order, score, lastContact).subarray(0, filter.limit ?? count);
  return {
    order,
    id: ids,
    name: people.name,
    company: people.company,
    title: people.title,
    archived: people.archived,
    tags,
    score,
    net,
    lastContact,
  };
}

/**
 * A person's row from their id (-1: not shown). Ids are handed out one by one, so an array indexed by id finds it; a
 * journal restored with far-apart ids gets a map instead.
 */
function rowFinder(ids: readonly number[]): (id: number) => number {
  let maxId = 0;
  for (let row = 0; row < ids.length; row++) if (ids[row]! > maxId) maxId = ids[row]!;
  if (maxId > 4 * ids.length + 1024) {
    const rows = new Map<number, number>();
    for (let row = 0; row < ids.length; row++) rows.set(ids[row]!, row);
    return (id) => rows.get(id) ?? -1;
  }
  const rows = new Int32Array(maxId + 2).fill(-1);
  for (let row = 0; row < ids.length; row++) rows[ids[row]!] = row;
  return (id) => rows[id > maxId || id < 0 ? maxId + 1 : id]!;
}

/**
 * Rows (given in name order) in the order asked for: `last` puts the most recent contact first and the never contacted
 * last, `depth` the deepest first; people alike keep their name order. Scores and dates are indexed by row.
 */
function ordered(rows: Int32Array, order: PeopleOrder, score: ArrayLike<number>, lastContact: ArrayLike<string | null>): Int32Array {
  if (order === "name") return rows;
  if (order === "last") {
    const date = (row: number) => lastContact[row] ?? "";
    return Int32Array.from([...rows].sort((a, b) => (date(a) === date(b) ? 0 : date(a) < date(b) ? 1 : -1)));
  }
  // A counting sort over the 101 possible scores. Bucket b holds score 100 - b: first each bucket's size, then where it starts.
  const next = new Int32Array(101);
  for (let i = 0; i < rows.length; i++) next[100 - score[rows[i]!]!]!++;
  let place = 0;
  for (let b = 0; b < 101; b++) {
    const size = next[b]!;
    next[b] = place;
    place += size;
  }
  const sorted = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) sorted[next[100 - score[rows[i]!]!]!++] = rows[i]!;
  return sorted;
}

function shownBy(filter: PeopleFilter): RawBuilder<boolean> {
  const tags = [...new Set((filter.tags ?? []).map(normaliseTag))];
  const hasTag = (tag: string) => sql`people.id IN (SELECT person_id FROM person_tags WHERE tag = ${tag})`;
  const conditions = [
    ...(filter.includeArchived ? [] : [sql`people.archived = 0`]),
    ...(tags.length === 0 ? [] : filter.anyTag ? [sql`(${sql.join(tags.map(hasTag), sql` OR `)})`] : tags.map(hasTag)),
    ...(filter.noContactSince === undefined ? [] : [sql`(people.last_contact IS NULL OR people.last_contact < ${filter.noContactSince})`]),
  ];
  return conditions.length > 0 ? sql<boolean>`${sql.join(conditions, sql` AND `)}` : sql<boolean>`1`;
}

/** Whether the journal holds anyone at all, archived or not. */
export async function hasPeople(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom("people").select("id").limit(1).executeTakeFirst()) !== undefined;
}
