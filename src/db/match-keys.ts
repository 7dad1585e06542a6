import type Database from "better-sqlite3";
import type { KnownPerson, LastImported } from "../domain/matching.js";

// Everything matching needs about the people already in the journal (names, companies, e-mails, phones, LinkedIn URLs
// and links), read in one query per table: imports match rows against it and `net dupes` pairs people with it.

/** Everyone's match keys and fillable fields, in one query per table. */
export function knownPeople(sqlite: Database.Database): Map<number, KnownPerson> {
  const people = new Map<number, KnownPerson & { emails: string[]; phones: string[]; tags: string[]; links: string[] }>();
  const rows = sqlite
    .prepare("SELECT id, name, company, title, note, met_on AS metOn, birthday, linkedin_url AS linkedinUrl FROM people ORDER BY id")
    .all() as Omit<KnownPerson, "emails" | "phones" | "tags" | "links">[];
  for (const r of rows) people.set(r.id, { ...r, emails: [], phones: [], tags: [], links: [] });
  for (const [table, column, field] of [
    ["person_emails", "email", "emails"],
    ["person_phones", "phone", "phones"],
    ["person_tags", "tag", "tags"],
    ["person_links", "url", "links"],
  ] as const) {
    for (const r of sqlite.prepare(`SELECT person_id AS id, ${column} AS value FROM ${table} ORDER BY rowid`).all() as { id: number; value: string }[]) {
      people.get(r.id)?.[field].push(r.value);
    }
  }
  return people;
}

/** What `source` (linkedin, google, vcard) said about each person's company and title when it was last imported. */
export function lastImported(sqlite: Database.Database, source: string): Map<number, LastImported> {
  const rows = sqlite.prepare("SELECT person_id AS id, company, title FROM last_imported WHERE source = ?").all(source) as ({ id: number } & LastImported)[];
  return new Map(rows.map((r) => [r.id, { company: r.company, title: r.title }]));
}
