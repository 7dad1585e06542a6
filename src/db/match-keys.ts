import type Database from "better-sqlite3";
import { isLinkedInUrl, MatchIndex, type KnownPerson, type LastImported } from "../domain/matching.js";

// Everything matching needs about the people already in the journal (names, companies, e-mails, phones, LinkedIn URLs
// and links), read in one query per table: imports match rows against it and `net dupes` pairs people with it.

/** Everyone's match keys and fillable fields, in one query per table. */
export function knownPeople(sqlite: Database.Database): Map<number, KnownPerson> {
  type Listed = KnownPerson & { emails: string[]; phones: string[]; tags: string[]; links: string[]; needs: string[]; offers: string[] };
  const people = new Map<number, Listed>();
  // Rows are read one at a time (iterate, not all): a 30,000-person journal is never held twice.
  const rows = sqlite.prepare("SELECT id, name, company, title, note, met_on, birthday, linkedin_url FROM people ORDER BY id").raw();
  for (const r of rows.iterate() as IterableIterator<
    [number, string, string | null, string | null, string | null, string | null, string | null, string | null]
  >) {
    const [id, name, company, title, note, metOn, birthday, linkedinUrl] = r;
    people.set(id, {
      id,
      name,
      company,
      title,
      note,
      metOn,
      birthday,
      linkedinUrl,
      emails: [],
      phones: [],
      tags: [],
      links: [],
      needs: [],
      offers: [],
    });
  }
  for (const [table, column, field] of [
    ["person_emails", "email", "emails"],
    ["person_phones", "phone", "phones"],
    ["person_tags", "tag", "tags"],
    ["person_links", "url", "links"],
    ["person_needs", "phrase", "needs"],
    ["person_offers", "phrase", "offers"],
  ] as const) {
    const values = sqlite.prepare(`SELECT person_id, ${column} FROM ${table} ORDER BY rowid`).raw();
    for (const [id, value] of values.iterate() as IterableIterator<[number, string]>) people.get(id)?.[field].push(value);
  }
  return people;
}

/**
 * The match keys of everyone in the journal, read table by table: only the keys are kept, never whole people, so an
 * import into a journal of 30,000 people stays small. Each key goes to the same person as MatchIndex.remember in id order.
 */
export function matchIndexOf(sqlite: Database.Database): MatchIndex {
  const index = new MatchIndex();
  // Only LinkedIn profiles among links are keys; they are few, and must be added with their person's own URL.
  const profileLinks = new Map<number, string[]>();
  for (const [id, url] of sqlite.prepare("SELECT person_id, url FROM person_links ORDER BY rowid").raw().iterate() as IterableIterator<
    [number, string]
  >) {
    if (!isLinkedInUrl(url)) continue;
    const list = profileLinks.get(id);
    if (list) list.push(url);
    else profileLinks.set(id, [url]);
  }
  const people = sqlite.prepare("SELECT id, name, company, linkedin_url FROM people ORDER BY id").raw();
  for (const [id, name, company, url] of people.iterate() as IterableIterator<[number, string, string | null, string | null]>) {
    index.rememberProfile(id, url, profileLinks.get(id) ?? NONE);
    index.rememberName(id, name, company);
  }
  const emails = sqlite
    .prepare("SELECT person_id, email FROM person_emails JOIN people ON people.id = person_id ORDER BY person_id, person_emails.rowid")
    .raw();
  for (const [id, email] of emails.iterate() as IterableIterator<[number, string]>) index.rememberEmail(id, email);
  const phones = sqlite
    .prepare("SELECT person_id, phone FROM person_phones JOIN people ON people.id = person_id ORDER BY person_id, person_phones.rowid")
    .raw();
  for (const [id, phone] of phones.iterate() as IterableIterator<[number, string]>) index.rememberPhone(id, phone);
  return index;
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Reads one person's fillable fields and lists, and what `source` (linkedin, google, vcard) last said about their company
 * and title, when an imported row matches them: two queries instead of every person held in memory for the whole import.
 */
export function personLoader(
  sqlite: Database.Database,
  source: string,
): (id: number) => { person: KnownPerson; last: LastImported | undefined } {
  const row = sqlite
    .prepare(
      `SELECT p.name, p.company, p.title, p.note, p.met_on, p.birthday, p.linkedin_url, l.person_id, l.company, l.title
       FROM people p LEFT JOIN last_imported l ON l.person_id = p.id AND l.source = ? WHERE p.id = ?`,
    )
    .raw();
  // The order within each list does not matter: matching and changes compare them as sets.
  const lists = sqlite
    .prepare(
      `SELECT 0, email FROM person_emails WHERE person_id = @id UNION ALL SELECT 1, phone FROM person_phones WHERE person_id = @id
     UNION ALL SELECT 2, tag FROM person_tags WHERE person_id = @id UNION ALL SELECT 3, url FROM person_links WHERE person_id = @id
     UNION ALL SELECT 4, phrase FROM person_needs WHERE person_id = @id UNION ALL SELECT 5, phrase FROM person_offers WHERE person_id = @id`,
    )
    .raw();
  return (id) => {
    const [name, company, title, note, metOn, birthday, linkedinUrl, saidFor, saidCompany, saidTitle] = row.get(source, id) as [
      string,
      string | null,
      string | null,
      string | null,
      string | null,
      string | null,
      string | null,
      number | null,
      string | null,
      string | null,
    ];
    const found: [string[], string[], string[], string[], string[], string[]] = [[], [], [], [], [], []];
    for (const [kind, value] of lists.all({ id }) as [0 | 1 | 2 | 3 | 4 | 5, string][]) found[kind].push(value);
    const [emails, phones, tags, links, needs, offers] = found;
    return {
      person: { id, name, company, title, note, metOn, birthday, linkedinUrl, emails, phones, tags, links, needs, offers },
      last: saidFor === null ? undefined : { company: saidCompany, title: saidTitle },
    };
  };
}
