import type Database from "better-sqlite3";
import { FORMAT, VERSION, type InteractionRecord, type JournalDocument, type MeRecord, type PersonRecord } from "../formats/json.js";
import { groupValues } from "./people.js";

// Reading the whole journal for exports: one query per table, in id order. The records come one at a time, so that an
// export of a large journal is written as it is read and never held whole.

/** Everyone, in id order, with their e-mails, phones, tags and links. */
export function readPeople(sqlite: Database.Database): (PersonRecord & { uid: string })[] {
  return [...peopleRecords(sqlite)];
}

/** Everyone, in id order, one at a time: the contact points are read first (a connection reads one query at a time). */
export function* peopleRecords(sqlite: Database.Database): Generator<PersonRecord & { uid: string }> {
  const points = (sql: string) => groupValues(sqlite.prepare(sql).all() as { person_id: number; value: string }[]);
  const emails = points("SELECT person_id, email AS value FROM person_emails ORDER BY rowid");
  const phones = points("SELECT person_id, phone AS value FROM person_phones ORDER BY rowid");
  const tags = points("SELECT person_id, tag AS value FROM person_tags ORDER BY person_id, tag");
  const links = points("SELECT person_id, url AS value FROM person_links ORDER BY rowid");
  const needs = points("SELECT person_id, phrase AS value FROM person_needs ORDER BY rowid");
  const offers = points("SELECT person_id, phrase AS value FROM person_offers ORDER BY rowid");
  const rows = sqlite
    .prepare(
      `SELECT id, name, company, title, met, met_on AS metOn, birthday, linkedin_url AS linkedinUrl, note, cadence_days AS cadenceDays,
              archived, created_on AS created, uid, card_n AS cardN FROM people ORDER BY id`,
    )
    .iterate() as IterableIterator<
    Omit<PersonRecord, "archived" | "emails" | "phones" | "tags" | "links" | "needs" | "offers"> & { archived: number }
  >;
  for (const r of rows) {
    yield {
      id: r.id,
      name: r.name,
      company: r.company,
      title: r.title,
      emails: emails.get(r.id) ?? [],
      phones: phones.get(r.id) ?? [],
      tags: tags.get(r.id) ?? [],
      links: links.get(r.id) ?? [],
      needs: needs.get(r.id) ?? [],
      offers: offers.get(r.id) ?? [],
      met: r.met,
      metOn: r.metOn,
      birthday: r.birthday,
      linkedinUrl: r.linkedinUrl,
      note: r.note,
      cadenceDays: r.cadenceDays,
      archived: r.archived === 1,
      created: r.created,
      // A row restored from an undo step written before cards had UIDs: named by its id until it is written again.
      uid: r.uid ?? `urn:net-journal:person:${r.id}`,
      cardN: r.cardN,
    };
  }
}

type RecordLists = Omit<JournalDocument, "format" | "version" | "me">;

/** The export document with each list of records read as it is written (see jsonDocumentBlocks), and how many there are. */
export interface JournalRecords {
  readonly document: Pick<JournalDocument, "format" | "version" | "me"> & {
    readonly [K in keyof RecordLists]: Iterable<RecordLists[K][number]>;
  };
  readonly people: number;
  readonly interactions: number;
}

export function journalRecords(sqlite: Database.Database): JournalRecords {
  const rows = <T>(sql: string) => ({ [Symbol.iterator]: () => sqlite.prepare(sql).iterate() as IterableIterator<T> });
  const counts = sqlite
    .prepare("SELECT (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM interactions) AS interactions")
    .get() as {
    people: number;
    interactions: number;
  };
  return {
    ...counts,
    document: {
      format: FORMAT,
      version: VERSION,
      me: readMe(sqlite),
      people: { [Symbol.iterator]: () => peopleRecords(sqlite) },
      interactions: { [Symbol.iterator]: () => interactionRecords(sqlite) },
      followUps: rows(
        "SELECT id, person_id AS person, due, note, interaction_id AS interaction, intro_id AS intro, created_on AS created, done_on AS done FROM follow_ups ORDER BY id",
      ),
      asks: rows(
        "SELECT id, person_id AS person, what, size, date, status, closed_on AS closed, interaction_id AS interaction FROM asks ORDER BY id",
      ),
      intros: rows(
        `SELECT id, a_id AS a, b_id AS b, why, status, proposed_on AS proposedOn, made_on AS madeOn, outcome, outcome_note AS outcomeNote,
                outcome_on AS outcomeOn FROM intros ORDER BY id`,
      ),
      ledger: rows(
        "SELECT id, person_id AS person, direction, what, size, date, interaction_id AS interaction, intro_id AS intro, ask_id AS ask FROM ledger ORDER BY id",
      ),
    },
  };
}

/** What the user says of themself, in the order written down. */
export function readMe(sqlite: Database.Database): MeRecord {
  const of = (kind: string) => sqlite.prepare("SELECT value FROM about_me WHERE kind = ? ORDER BY rowid").pluck().all(kind) as string[];
  return { needs: of("needs"), offers: of("offers") };
}

/** Every conversation in id order with the people in it: who took part is read first, as two columns of numbers. */
function* interactionRecords(sqlite: Database.Database): Generator<InteractionRecord> {
  const [ids, people] = JSON.parse(
    sqlite
      .prepare(
        "SELECT json_array(json_group_array(i), json_group_array(p)) FROM (SELECT interaction_id AS i, person_id AS p FROM interaction_people ORDER BY interaction_id, person_id)",
      )
      .pluck()
      .get() as string,
  ) as [number[], number[]];
  const rows = sqlite
    .prepare("SELECT id, date, channel, initiated_by AS initiatedBy, note, created_on AS created FROM interactions ORDER BY id")
    .iterate() as IterableIterator<Omit<InteractionRecord, "people">>;
  let at = 0;
  for (const r of rows) {
    // Both lists are in interaction order: skip links to nothing, then take this conversation's people.
    while (at < ids.length && ids[at]! < r.id) at++;
    const participants: number[] = [];
    while (at < ids.length && ids[at] === r.id) participants.push(people[at++]!);
    yield { ...r, people: participants };
  }
}
