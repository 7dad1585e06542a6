import type Database from "better-sqlite3";
import { FORMAT, VERSION, type JournalDocument, type PersonRecord } from "../formats/json.js";

// Reading the whole journal for exports: one query per table, grouped in memory (fast at 30,000 people).

export function readPeople(sqlite: Database.Database): PersonRecord[] {
  const rows = sqlite
    .prepare(
      `SELECT id, name, company, title, met, met_on AS metOn, birthday, linkedin_url AS linkedinUrl, note, cadence_days AS cadenceDays,
              archived, created_on AS created FROM people ORDER BY id`,
    )
    .all() as (Omit<PersonRecord, "archived" | "emails" | "phones" | "tags" | "links"> & { archived: number })[];
  const byId = new Map<number, PersonRecord>();
  const people = rows.map((r) => {
    const p: PersonRecord = {
      id: r.id, name: r.name, company: r.company, title: r.title, emails: [], phones: [], tags: [], links: [],
      met: r.met, metOn: r.metOn, birthday: r.birthday, linkedinUrl: r.linkedinUrl, note: r.note, cadenceDays: r.cadenceDays,
      archived: r.archived === 1, created: r.created,
    };
    byId.set(p.id, p);
    return p;
  });
  for (const [sql, field] of [
    ["SELECT person_id AS id, email AS value FROM person_emails ORDER BY rowid", "emails"],
    ["SELECT person_id AS id, phone AS value FROM person_phones ORDER BY rowid", "phones"],
    ["SELECT person_id AS id, tag AS value FROM person_tags ORDER BY person_id, tag", "tags"],
    ["SELECT person_id AS id, url AS value FROM person_links ORDER BY rowid", "links"],
  ] as const) {
    for (const r of sqlite.prepare(sql).all() as { id: number; value: string }[]) byId.get(r.id)?.[field].push(r.value);
  }
  return people;
}

export function readJournal(sqlite: Database.Database): JournalDocument {
  const people = readPeople(sqlite);
  const interactions = (
    sqlite.prepare("SELECT id, date, channel, initiated_by AS initiatedBy, note, created_on AS created FROM interactions ORDER BY id").all() as Omit<
      JournalDocument["interactions"][number],
      "people"
    >[]
  ).map((i) => ({ ...i, people: [] as number[] }));
  const byId = new Map(interactions.map((i) => [i.id, i]));
  for (const r of sqlite.prepare("SELECT interaction_id AS i, person_id AS p FROM interaction_people ORDER BY interaction_id, person_id").all() as { i: number; p: number }[]) {
    byId.get(r.i)?.people.push(r.p);
  }
  const all = <T>(sql: string) => sqlite.prepare(sql).all() as T[];
  return {
    format: FORMAT,
    version: VERSION,
    people,
    interactions,
    followUps: all(
      "SELECT id, person_id AS person, due, note, interaction_id AS interaction, intro_id AS intro, created_on AS created, done_on AS done FROM follow_ups ORDER BY id",
    ),
    asks: all("SELECT id, person_id AS person, what, size, date, status, closed_on AS closed, interaction_id AS interaction FROM asks ORDER BY id"),
    intros: all(
      `SELECT id, a_id AS a, b_id AS b, why, status, proposed_on AS proposedOn, made_on AS madeOn, outcome, outcome_note AS outcomeNote,
              outcome_on AS outcomeOn FROM intros ORDER BY id`,
    ),
    ledger: all(
      "SELECT id, person_id AS person, direction, what, size, date, interaction_id AS interaction, intro_id AS intro, ask_id AS ask FROM ledger ORDER BY id",
    ),
  };
}

/** Open follow-ups (intro check-ins included) with the names an event title needs. */
export interface OpenFollowUp {
  id: number;
  due: string;
  note: string | null;
  person: string;
  introA: string | null;
  introB: string | null;
}

export function openFollowUps(sqlite: Database.Database): OpenFollowUp[] {
  return sqlite
    .prepare(
      `SELECT f.id, f.due, f.note, p.name AS person, a.name AS introA, b.name AS introB
         FROM follow_ups f JOIN people p ON p.id = f.person_id
         LEFT JOIN intros i ON i.id = f.intro_id LEFT JOIN people a ON a.id = i.a_id LEFT JOIN people b ON b.id = i.b_id
        WHERE f.done_on IS NULL ORDER BY f.due, f.id`,
    )
    .all() as OpenFollowUp[];
}
