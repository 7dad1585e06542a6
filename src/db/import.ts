import type Database from "better-sqlite3";
import { nameKey } from "../domain/names.js";
import { applyChanges, canonicalLinkedInUrl, changesFor } from "../domain/matching.js";
import { matchIndexOf, personLoader } from "./match-keys.js";
import { newCardUid, PHRASE_TABLE } from "./people.js";
import { pauseIndex, reindex } from "./search.js";
import { phraseOf, SIDES } from "../domain/needs-offers.js";
import { normaliseEmail, normaliseTag, phoneKey } from "../domain/person.js";
import type { SourcedContact } from "../formats/contact.js";
import type { JournalDocument } from "../formats/json.js";
import type { Row, Writer } from "./changes.js";
import { TABLES, type JournalTable } from "./tables.js";

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
export async function importContacts(
  w: Writer,
  sqlite: Database.Database,
  contacts: readonly SourcedContact[],
  today: string,
  source: string,
  progress?: Progress,
): Promise<ImportCounts> {
  const ids = await w.ids("people");
  // Only the match keys are held; a matched person's fields are read when a row matches them (the journal, inside this
  // transaction, already holds what earlier rows of the file changed).
  // better-sqlite3's default page cache (16 MB) fills during a large import; SQLite's own default (2 MB) writes as fast
  // here and keeps the import's memory down. The connection gets its cache back afterwards.
  pauseIndex(sqlite);
  return withSmallCache(sqlite, () => writeContacts(sqlite, w, ids, contacts, today, source, progress));
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

type Ids = Awaited<ReturnType<Writer["ids"]>>;

function writeContacts(
  sqlite: Database.Database,
  w: Writer,
  ids: Ids,
  contacts: readonly SourcedContact[],
  today: string,
  source: string,
  progress?: Progress,
): ImportCounts {
  const index = matchIndexOf(sqlite);
  // Only cards carry UIDs: a LinkedIn or Google CSV never reads them.
  const uids = contacts.some(({ contact }) => contact.uid) ? uidsOf(sqlite) : null;
  const load = personLoader(sqlite, source);
  const write = statements(sqlite, w);
  // Each person counts once: created, else updated if any row of the file changed them, else unchanged.
  const outcome = new Map<number, keyof ImportCounts>();
  const restoring = keepsItsIds(sqlite, contacts);
  contacts.forEach(({ contact: c }, i) => {
    if (progress && i % 500 === 0) progress(i, contacts.length);
    const url = c.linkedinUrl ? canonicalLinkedInUrl(c.linkedinUrl) : null;
    // A card's UID names the person it was exported from or synced as: it is matched before any other rule.
    const byUid = c.uid ? uids?.get(c.uid) : undefined;
    // net's own CSV into an empty journal: each row is one person of the journal it came from, numbered as there.
    const id = restoring ? undefined : (byUid ?? index.find(c, url));
    if (id === undefined) {
      if (restoring) ids.saw(c.id!);
      const newId = write.insertPerson(restoring ? c.id! : ids.next(), c, url, today);
      if (c.uid) uids?.set(c.uid, newId);
      write.contactPoints(newId, c);
      write.remember(newId, source, c);
      index.remember({ id: newId, name: c.name, company: c.company, linkedinUrl: url, emails: c.emails, phones: c.phones, links: c.links });
      outcome.set(newId, "created");
      return;
    }
    const { person: before, last } = load(id);
    const firstInFile = !outcome.has(id);
    // What this source said before matters only the first time the file names someone (later rows only fill blanks).
    // A card with the person's own UID is their card, edited in an address book since (khard, a phone synced through
    // vdirsyncer): its company and title are taken as they now are.
    const said = !firstInFile ? undefined : byUid !== undefined ? { company: before.company, title: before.title } : last;
    const changes = changesFor(before, c, firstInFile, said);
    if (firstInFile && (!said || said.company !== c.company || said.title !== c.title)) write.remember(id, source, c);
    if (!changes) {
      if (!outcome.has(id)) outcome.set(id, "unchanged");
      return;
    }
    write.updatePerson(id, changes);
    write.contactPoints(id, {
      emails: changes.emails ?? [],
      phones: changes.phones ?? [],
      tags: changes.tags ?? [],
      links: changes.links ?? [],
      needs: changes.needs ?? [],
      offers: changes.offers ?? [],
    });
    index.remember(applyChanges(before, changes));
    if (outcome.get(id) !== "created") outcome.set(id, "updated");
  });
  const touched = { created: [] as number[], changed: [] as number[] };
  for (const [id, o] of outcome) if (o !== "unchanged") touched[o === "created" ? "created" : "changed"].push(id);
  reindex(sqlite, touched);
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const o of outcome.values()) counts[o]++;
  progress?.(contacts.length, contacts.length);
  return counts;
}

/**
 * Whether the file is a whole journal's people to put back as they were: net's own CSV (every row has its number, no
 * two the same) imported into a journal with no one in it yet.
 */
function keepsItsIds(sqlite: Database.Database, contacts: readonly SourcedContact[]): boolean {
  if (contacts.length === 0 || sqlite.prepare("SELECT 1 FROM people LIMIT 1").get() !== undefined) return false;
  const seen = new Set<number>();
  for (const { contact: c } of contacts) {
    if (c.id === undefined || seen.has(c.id)) return false;
    seen.add(c.id);
  }
  return true;
}

/** Everyone's UID, to match cards on. */
function uidsOf(sqlite: Database.Database): Map<string, number> {
  const uids = new Map<string, number>();
  for (const [id, uid] of sqlite.prepare("SELECT id, uid FROM people WHERE uid IS NOT NULL").raw().iterate() as IterableIterator<
    [number, string]
  >)
    uids.set(uid, id);
  return uids;
}

/** The import's prepared statements; each records what it really changed with the writer. */
function statements(sqlite: Database.Database, w: Writer) {
  const insertPerson = sqlite.prepare(
    `INSERT INTO people (id, name, name_key, company, title, note, met, met_on, birthday, linkedin_url, cadence_days, archived, created_on, uid, card_n)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const personRow = sqlite.prepare(`SELECT ${TABLES.people.columns.join(", ")} FROM people WHERE id = ?`);
  const updatePerson = sqlite.prepare(
    `UPDATE people SET company = coalesce(?, company), title = coalesce(?, title), note = coalesce(?, note), met_on = coalesce(?, met_on),
       birthday = coalesce(?, birthday), linkedin_url = coalesce(?, linkedin_url) WHERE id = ?`,
  );
  const email = sqlite.prepare("INSERT INTO person_emails (person_id, email) VALUES (?, ?) ON CONFLICT DO NOTHING");
  const phone = sqlite.prepare("INSERT INTO person_phones (person_id, phone, phone_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
  const tag = sqlite.prepare("INSERT INTO person_tags (person_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING");
  const link = sqlite.prepare("INSERT INTO person_links (person_id, url) VALUES (?, ?) ON CONFLICT DO NOTHING");
  const phrase = {
    needs: sqlite.prepare("INSERT INTO person_needs (person_id, phrase) VALUES (?, ?) ON CONFLICT DO NOTHING"),
    offers: sqlite.prepare("INSERT INTO person_offers (person_id, phrase) VALUES (?, ?) ON CONFLICT DO NOTHING"),
  };
  const saidBefore = sqlite.prepare("SELECT person_id, source, company, title FROM last_imported WHERE person_id = ? AND source = ?");
  const said = sqlite.prepare("INSERT INTO last_imported (person_id, source, company, title) VALUES (?, ?, ?, ?)");
  const saidAgain = sqlite.prepare("UPDATE last_imported SET company = ?, title = ? WHERE person_id = ? AND source = ?");
  return {
    insertPerson(id: number, c: SourcedContact["contact"], url: string | null, today: string): number {
      const row = {
        id,
        name: c.name,
        name_key: nameKey(c.name),
        company: c.company,
        title: c.title,
        note: c.note,
        // How they met, the cadence, archived and the day they were added come only from net's own CSV.
        met: c.met ?? null,
        met_on: c.metOn,
        birthday: c.birthday,
        linkedin_url: url,
        cadence_days: c.cadenceDays ?? null,
        archived: c.archived ? 1 : 0,
        created_on: c.created ?? today,
        // The card's own UID and N when it has them, so that exporting it again gives the address book the same card.
        uid: c.uid ?? newCardUid(),
        card_n: c.n ?? null,
      };
      insertPerson.run(
        row.id,
        row.name,
        row.name_key,
        row.company,
        row.title,
        row.note,
        row.met,
        row.met_on,
        row.birthday,
        row.linkedin_url,
        row.cadence_days,
        row.archived,
        row.created_on,
        row.uid,
        row.card_n,
      );
      w.recordInserted("people", [row]);
      return id;
    },
    updatePerson(
      id: number,
      changes: {
        company?: string | null;
        title?: string | null;
        note?: string | null;
        metOn?: string | null;
        birthday?: string | null;
        linkedinUrl?: string | null;
      },
    ) {
      const before = personRow.get(id) as Row;
      const set = [
        changes.company ?? null,
        changes.title ?? null,
        changes.note ?? null,
        changes.metOn ?? null,
        changes.birthday ?? null,
        changes.linkedinUrl ?? null,
      ] as const;
      updatePerson.run(...set, id);
      const after = { ...before };
      (["company", "title", "note", "met_on", "birthday", "linkedin_url"] as const).forEach((column, i) => {
        const value = set[i];
        if (value !== null && value !== undefined) after[column] = value;
      });
      w.recordUpdated("people", [[before, after]]);
    },
    remember(id: number, source: string, c: { company: string | null; title: string | null }) {
      const before = saidBefore.get(id, source) as Row | undefined;
      if (!before) {
        said.run(id, source, c.company, c.title);
        w.recordInserted("last_imported", [{ person_id: id, source, company: c.company, title: c.title }]);
      } else if (before.company !== c.company || before.title !== c.title) {
        saidAgain.run(c.company, c.title, id, source);
        w.recordUpdated("last_imported", [[before, { ...before, company: c.company, title: c.title }]]);
      }
    },
    contactPoints(
      id: number,
      c: {
        emails: readonly string[];
        phones: readonly string[];
        tags: readonly string[];
        links: readonly string[];
        needs?: readonly string[];
        offers?: readonly string[];
      },
    ) {
      for (const side of SIDES) {
        for (const p of c[side] ?? []) {
          const value = phraseOf(p);
          if (value && phrase[side].run(id, value).changes === 1) w.recordInserted(PHRASE_TABLE[side], [{ person_id: id, phrase: value }]);
        }
      }
      for (const e of c.emails) {
        const value = normaliseEmail(e);
        if (value && email.run(id, value).changes === 1) w.recordInserted("person_emails", [{ person_id: id, email: value }]);
      }
      for (const p of c.phones) {
        const value = p.trim();
        if (value && phone.run(id, value, phoneKey(p)).changes === 1)
          w.recordInserted("person_phones", [{ person_id: id, phone: value, phone_key: phoneKey(p) }]);
      }
      for (const t of c.tags) {
        const value = normaliseTag(t);
        if (value && tag.run(id, value).changes === 1) w.recordInserted("person_tags", [{ person_id: id, tag: value }]);
      }
      for (const l of c.links) {
        const value = l.trim();
        if (value && link.run(id, value).changes === 1) w.recordInserted("person_links", [{ person_id: id, url: value }]);
      }
    },
  };
}

export function isEmptyJournal(sqlite: Database.Database): boolean {
  const tables = ["people", "interactions", "follow_ups", "asks", "intros", "ledger"];
  return tables.every((t) => sqlite.prepare(`SELECT 1 FROM ${t} LIMIT 1`).get() === undefined);
}

/** Writes an export document into an empty journal with its ids; call inside journal.write. */
export async function restoreJournal(w: Writer, sqlite: Database.Database, doc: JournalDocument, progress?: Progress): Promise<void> {
  const counters = {
    people: await w.ids("people"),
    interactions: await w.ids("interactions"),
    intros: await w.ids("intros"),
    asks: await w.ids("asks"),
    follow_ups: await w.ids("follow_ups"),
    ledger: await w.ids("ledger"),
  };
  /** Runs a prepared insert of these columns and records the row; false when the row was already there. */
  const put = (table: JournalTable, statement: Database.Statement, row: Row): boolean => {
    if (statement.run(...Object.values(row)).changes !== 1) return false;
    w.recordInserted(table, [row]);
    if (table in counters) counters[table as keyof typeof counters].saw(Number(row.id));
    return true;
  };
  const total =
    doc.people.length + doc.interactions.length + doc.followUps.length + doc.asks.length + doc.intros.length + doc.ledger.length;
  let done = 0;
  const tick = () => {
    if (progress && ++done % 2000 === 0) progress(done, total);
  };
  pauseIndex(sqlite);
  // An empty journal may have been listed already: with no day kept, its triggers mark no one as the entries go in.
  sqlite.exec("DELETE FROM relationship_cache_state; DELETE FROM relationship_cache");
  const person = sqlite.prepare(
    `INSERT INTO people (id, name, name_key, company, title, met, met_on, note, cadence_days, archived, birthday, linkedin_url, created_on, uid, card_n)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const email = sqlite.prepare("INSERT INTO person_emails (person_id, email) VALUES (?, ?) ON CONFLICT DO NOTHING");
  const phone = sqlite.prepare("INSERT INTO person_phones (person_id, phone, phone_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
  const tag = sqlite.prepare("INSERT INTO person_tags (person_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING");
  const link = sqlite.prepare("INSERT INTO person_links (person_id, url) VALUES (?, ?) ON CONFLICT DO NOTHING");
  const need = sqlite.prepare("INSERT INTO person_needs (person_id, phrase) VALUES (?, ?) ON CONFLICT DO NOTHING");
  const offer = sqlite.prepare("INSERT INTO person_offers (person_id, phrase) VALUES (?, ?) ON CONFLICT DO NOTHING");
  const aboutMe = sqlite.prepare("INSERT INTO about_me (kind, value) VALUES (?, ?) ON CONFLICT DO NOTHING");
  for (const kind of ["needs", "offers"] as const) for (const value of doc.me[kind]) put("about_me", aboutMe, { kind, value });
  for (const p of doc.people) {
    put("people", person, {
      id: p.id,
      name: p.name,
      name_key: nameKey(p.name),
      company: p.company,
      title: p.title,
      met: p.met,
      met_on: p.metOn,
      note: p.note,
      cadence_days: p.cadenceDays,
      archived: p.archived ? 1 : 0,
      birthday: p.birthday,
      linkedin_url: p.linkedinUrl,
      created_on: p.created,
      // An export from before net kept UIDs: each of its people gets one of this journal's own.
      uid: p.uid ?? newCardUid(),
      card_n: p.cardN,
    });
    for (const e of p.emails) put("person_emails", email, { person_id: p.id, email: e });
    for (const ph of p.phones) put("person_phones", phone, { person_id: p.id, phone: ph, phone_key: phoneKey(ph) });
    for (const t of p.tags) put("person_tags", tag, { person_id: p.id, tag: t });
    for (const l of p.links) put("person_links", link, { person_id: p.id, url: l });
    for (const n of p.needs) put("person_needs", need, { person_id: p.id, phrase: n });
    for (const o of p.offers) put("person_offers", offer, { person_id: p.id, phrase: o });
    tick();
  }
  const interaction = sqlite.prepare(
    "INSERT INTO interactions (id, date, channel, initiated_by, note, created_on) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const participant = sqlite.prepare("INSERT INTO interaction_people (interaction_id, person_id) VALUES (?, ?)");
  for (const i of doc.interactions) {
    put("interactions", interaction, {
      id: i.id,
      date: i.date,
      channel: i.channel,
      initiated_by: i.initiatedBy,
      note: i.note,
      created_on: i.created,
    });
    for (const p of i.people) put("interaction_people", participant, { interaction_id: i.id, person_id: p });
    tick();
  }
  const intro = sqlite.prepare(
    "INSERT INTO intros (id, a_id, b_id, why, status, proposed_on, made_on, outcome, outcome_note, outcome_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  for (const r of doc.intros) {
    put("intros", intro, {
      id: r.id,
      a_id: r.a,
      b_id: r.b,
      why: r.why,
      status: r.status,
      proposed_on: r.proposedOn,
      made_on: r.madeOn,
      outcome: r.outcome,
      outcome_note: r.outcomeNote,
      outcome_on: r.outcomeOn,
    });
    tick();
  }
  const ask = sqlite.prepare(
    "INSERT INTO asks (id, person_id, what, size, date, status, closed_on, interaction_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  for (const a of doc.asks) {
    put("asks", ask, {
      id: a.id,
      person_id: a.person,
      what: a.what,
      size: a.size,
      date: a.date,
      status: a.status,
      closed_on: a.closed,
      interaction_id: a.interaction,
    });
    tick();
  }
  const followUp = sqlite.prepare(
    "INSERT INTO follow_ups (id, person_id, due, note, interaction_id, intro_id, created_on, done_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  for (const f of doc.followUps) {
    put("follow_ups", followUp, {
      id: f.id,
      person_id: f.person,
      due: f.due,
      note: f.note,
      interaction_id: f.interaction,
      intro_id: f.intro,
      created_on: f.created,
      done_on: f.done,
    });
    tick();
  }
  const ledger = sqlite.prepare(
    "INSERT INTO ledger (id, person_id, direction, what, size, date, interaction_id, intro_id, ask_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  for (const l of doc.ledger) {
    put("ledger", ledger, {
      id: l.id,
      person_id: l.person,
      direction: l.direction,
      what: l.what,
      size: l.size,
      date: l.date,
      interaction_id: l.interaction,
      intro_id: l.intro,
      ask_id: l.ask,
    });
    tick();
  }
  progress?.(total, total);
  reindex(sqlite, "everything");
}
