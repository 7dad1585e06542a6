import type Database from "better-sqlite3";
import { nameKey } from "../domain/names.js";
import { applyChanges, canonicalLinkedInUrl, changesFor } from "../domain/matching.js";
import { matchIndexOf, personLoader } from "./match-keys.js";
import { normaliseEmail, normaliseTag, phoneKey } from "../domain/person.js";
import type { SourcedContact } from "../formats/contact.js";
import type { JournalDocument } from "../formats/json.js";

// Writing imports. Speed and memory matter (30,000 rows in well under 3 s and 150 MB): only match keys are loaded into maps, rows
// are written with prepared statements, and the caller runs all of it inside the one write transaction.

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export type Progress = (done: number, total: number) => void;

/**
 * Creates or updates one person per contact; call inside journal.write. `source` names the file's format: what it last
 * said about each person's company and title is remembered, so a re-import changes them only when the file did.
 */
export function importContacts(sqlite: Database.Database, contacts: readonly SourcedContact[], today: string, source: string, progress?: Progress): ImportCounts {
  // Only the match keys are held; a matched person's fields are read when a row matches them (the journal, inside this
  // transaction, already holds what earlier rows of the file changed).
  // better-sqlite3's default page cache (16 MB) fills during a large import; SQLite's own default (2 MB) writes as fast
  // here and keeps the import's memory down. The connection gets its cache back afterwards.
  return withSmallCache(sqlite, () => writeContacts(sqlite, contacts, today, source, progress));
}

function withSmallCache<T>(sqlite: Database.Database, fn: () => T): T {
  const cacheSize = sqlite.pragma("cache_size", { simple: true }) as number;
  sqlite.pragma("cache_size = -2000");
  try {
    return fn();
  } finally {
    sqlite.pragma(`cache_size = ${cacheSize}`);
  }
}

function writeContacts(sqlite: Database.Database, contacts: readonly SourcedContact[], today: string, source: string, progress?: Progress): ImportCounts {
  const index = matchIndexOf(sqlite);
  const load = personLoader(sqlite, source);
  const write = statements(sqlite);
  // Each person counts once: created, else updated if any row of the file changed them, else unchanged.
  const outcome = new Map<number, keyof ImportCounts>();
  contacts.forEach(({ contact: c }, i) => {
    if (progress && i % 500 === 0) progress(i, contacts.length);
    const url = c.linkedinUrl ? canonicalLinkedInUrl(c.linkedinUrl) : null;
    const id = index.find(c, url);
    if (id === undefined) {
      const newId = Number(write.insertPerson.run(c.name, nameKey(c.name), c.company, c.title, c.note, c.metOn, c.birthday, url, today).lastInsertRowid);
      write.contactPoints(newId, c);
      write.remember(newId, source, c);
      index.remember({ id: newId, name: c.name, company: c.company, linkedinUrl: url, emails: c.emails, phones: c.phones, links: c.links });
      outcome.set(newId, "created");
      return;
    }
    const { person: before, last } = load(id);
    const firstInFile = !outcome.has(id);
    // What this source said before matters only the first time the file names someone (later rows only fill blanks).
    const said = firstInFile ? last : undefined;
    const changes = changesFor(before, c, firstInFile, said);
    if (firstInFile && (!said || said.company !== c.company || said.title !== c.title)) write.remember(id, source, c);
    if (!changes) {
      if (!outcome.has(id)) outcome.set(id, "unchanged");
      return;
    }
    write.updatePerson.run(changes.company ?? null, changes.title ?? null, changes.note ?? null, changes.metOn ?? null, changes.birthday ?? null, changes.linkedinUrl ?? null, id);
    write.contactPoints(id, { emails: changes.emails ?? [], phones: changes.phones ?? [], tags: changes.tags ?? [], links: changes.links ?? [] });
    index.remember(applyChanges(before, changes));
    if (outcome.get(id) !== "created") outcome.set(id, "updated");
  });
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const o of outcome.values()) counts[o]++;
  progress?.(contacts.length, contacts.length);
  return counts;
}

function statements(sqlite: Database.Database) {
  const insertPerson = sqlite.prepare(
    "INSERT INTO people (name, name_key, company, title, note, met_on, birthday, linkedin_url, created_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const updatePerson = sqlite.prepare(
    `UPDATE people SET company = coalesce(?, company), title = coalesce(?, title), note = coalesce(?, note), met_on = coalesce(?, met_on),
       birthday = coalesce(?, birthday), linkedin_url = coalesce(?, linkedin_url) WHERE id = ?`,
  );
  const email = sqlite.prepare("INSERT OR IGNORE INTO person_emails (person_id, email) VALUES (?, ?)");
  const phone = sqlite.prepare("INSERT OR IGNORE INTO person_phones (person_id, phone, phone_key) VALUES (?, ?, ?)");
  const tag = sqlite.prepare("INSERT OR IGNORE INTO person_tags (person_id, tag) VALUES (?, ?)");
  const link = sqlite.prepare("INSERT OR IGNORE INTO person_links (person_id, url) VALUES (?, ?)");
  const said = sqlite.prepare("INSERT OR REPLACE INTO last_imported (person_id, source, company, title) VALUES (?, ?, ?, ?)");
  return {
    insertPerson,
    updatePerson,
    remember(id: number, source: string, c: { company: string | null; title: string | null }) {
      said.run(id, source, c.company, c.title);
    },
    contactPoints(id: number, c: { emails: readonly string[]; phones: readonly string[]; tags: readonly string[]; links: readonly string[] }) {
      for (const e of c.emails) if (normaliseEmail(e)) email.run(id, normaliseEmail(e));
      for (const p of c.phones) if (p.trim()) phone.run(id, p.trim(), phoneKey(p));
      for (const t of c.tags) if (normaliseTag(t)) tag.run(id, normaliseTag(t));
      for (const l of c.links) if (l.trim()) link.run(id, l.trim());
    },
  };
}

export function isEmptyJournal(sqlite: Database.Database): boolean {
  const tables = ["people", "interactions", "follow_ups", "asks", "intros", "ledger"];
  return tables.every((t) => sqlite.prepare(`SELECT 1 FROM ${t} LIMIT 1`).get() === undefined);
}

/** Writes an export document into an empty journal with its ids; call inside journal.write. */
export function restoreJournal(sqlite: Database.Database, doc: JournalDocument, progress?: Progress): void {
  const total = doc.people.length + doc.interactions.length + doc.followUps.length + doc.asks.length + doc.intros.length + doc.ledger.length;
  let done = 0;
  const tick = () => {
    if (progress && ++done % 2000 === 0) progress(done, total);
  };
  // An empty journal may have been listed already: with no day kept, its triggers mark no one as the entries go in.
  sqlite.exec("DELETE FROM relationship_cache_state; DELETE FROM relationship_cache");
  const person = sqlite.prepare(
    `INSERT INTO people (id, name, name_key, company, title, met, met_on, note, cadence_days, archived, birthday, linkedin_url, created_on)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const email = sqlite.prepare("INSERT OR IGNORE INTO person_emails (person_id, email) VALUES (?, ?)");
  const phone = sqlite.prepare("INSERT OR IGNORE INTO person_phones (person_id, phone, phone_key) VALUES (?, ?, ?)");
  const tag = sqlite.prepare("INSERT OR IGNORE INTO person_tags (person_id, tag) VALUES (?, ?)");
  const link = sqlite.prepare("INSERT OR IGNORE INTO person_links (person_id, url) VALUES (?, ?)");
  for (const p of doc.people) {
    person.run(p.id, p.name, nameKey(p.name), p.company, p.title, p.met, p.metOn, p.note, p.cadenceDays, p.archived ? 1 : 0, p.birthday, p.linkedinUrl, p.created);
    for (const e of p.emails) email.run(p.id, e);
    for (const ph of p.phones) phone.run(p.id, ph, phoneKey(ph));
    for (const t of p.tags) tag.run(p.id, t);
    for (const l of p.links) link.run(p.id, l);
    tick();
  }
  const interaction = sqlite.prepare("INSERT INTO interactions (id, date, channel, initiated_by, note, created_on) VALUES (?, ?, ?, ?, ?, ?)");
  const participant = sqlite.prepare("INSERT INTO interaction_people (interaction_id, person_id) VALUES (?, ?)");
  for (const i of doc.interactions) {
    interaction.run(i.id, i.date, i.channel, i.initiatedBy, i.note, i.created);
    for (const p of i.people) participant.run(i.id, p);
    tick();
  }
  const intro = sqlite.prepare(
    "INSERT INTO intros (id, a_id, b_id, why, status, proposed_on, made_on, outcome, outcome_note, outcome_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  for (const r of doc.intros) {
    intro.run(r.id, r.a, r.b, r.why, r.status, r.proposedOn, r.madeOn, r.outcome, r.outcomeNote, r.outcomeOn);
    tick();
  }
  const ask = sqlite.prepare("INSERT INTO asks (id, person_id, what, size, date, status, closed_on, interaction_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (const a of doc.asks) {
    ask.run(a.id, a.person, a.what, a.size, a.date, a.status, a.closed, a.interaction);
    tick();
  }
  const followUp = sqlite.prepare("INSERT INTO follow_ups (id, person_id, due, note, interaction_id, intro_id, created_on, done_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (const f of doc.followUps) {
    followUp.run(f.id, f.person, f.due, f.note, f.interaction, f.intro, f.created, f.done);
    tick();
  }
  const ledger = sqlite.prepare(
    "INSERT INTO ledger (id, person_id, direction, what, size, date, interaction_id, intro_id, ask_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  for (const l of doc.ledger) {
    ledger.run(l.id, l.person, l.direction, l.what, l.size, l.date, l.interaction, l.intro, l.ask);
    tick();
  }
  progress?.(total, total);
}
