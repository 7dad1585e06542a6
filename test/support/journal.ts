import { afterEach, beforeEach } from "vitest";
import { migrations } from "../../migrations/index.js";
import type Database from "better-sqlite3";
import { journalRecords } from "../../src/db/export.js";
import { restoreJournal } from "../../src/db/import.js";
import { nameKey } from "../../src/domain/names.js";
import { openJournal, type Journal } from "../../src/db/open.js";
import type { Writer } from "../../src/db/changes.js";
import type { JournalDocument } from "../../src/formats/json.js";
import { tempJournal } from "./net.js";

/** A fresh journal, open, for every test of the calling file: read `.journal` inside a test. */
export function journalPerTest(): { readonly journal: Journal } {
  const current: { journal?: Journal; temp?: ReturnType<typeof tempJournal> } = {};
  beforeEach(async () => {
    current.temp = tempJournal();
    current.journal = await openJournal(current.temp.db);
  });
  afterEach(async () => {
    await current.journal?.close();
    current.temp?.cleanup();
  });
  return {
    get journal() {
      return current.journal!;
    },
  };
}

/** The whole journal as one export document in memory: what `net export json` writes, as values to compare. */
export function readJournal(sqlite: Database.Database): JournalDocument {
  const { document: d } = journalRecords(sqlite);
  return {
    format: d.format,
    version: d.version,
    me: d.me,
    people: [...d.people],
    interactions: [...d.interactions],
    followUps: [...d.followUps],
    asks: [...d.asks],
    intros: [...d.intros],
    ledger: [...d.ledger],
  };
}

/** Restores an export of `journal` into a new temporary journal, hands it to `check`, then closes and removes it. */
export async function withRestoredCopy(journal: Journal, check: (restored: Journal) => void): Promise<void> {
  const doc = readJournal(journal.sqlite);
  const temp = tempJournal();
  const restored = await openJournal(temp.db);
  try {
    await restored.write((w) => restoreJournal(w, restored.sqlite, doc));
    check(restored);
  } finally {
    await restored.close();
    temp.cleanup();
  }
}

/**
 * For the tests of an upgrade: a journal written as the version of net before migration `name` left it, then opened by
 * this one (which upgrades it), for every test of the calling block. The upgraded journal is closed after the test.
 */
export function upgradePerTest(name: string): { upgrade<T>(fill: (w: Writer) => Promise<T>): Promise<{ journal: Journal; filled: T }> } {
  const older = Object.fromEntries(Object.entries(migrations).filter(([migration]) => migration < name));
  let temp: ReturnType<typeof tempJournal> | undefined;
  let upgraded: Journal | undefined;
  beforeEach(() => {
    temp = tempJournal();
  });
  afterEach(async () => {
    await upgraded?.close();
    upgraded = undefined;
    temp?.cleanup();
  });
  return {
    async upgrade(fill) {
      const old = await openJournal(temp!.db, { migrations: older });
      let filled: Awaited<ReturnType<typeof fill>>;
      try {
        filled = await old.write(fill);
      } finally {
        await old.close();
      }
      upgraded = await openJournal(temp!.db, { notice: () => {} });
      return { journal: upgraded, filled };
    },
  };
}

/**
 * A person written into a journal opened with older migrations, as the versions of net before the card's UID
 * (migration 09) wrote them: only the columns every version has had, so that an upgrade test can start from it.
 */
export async function personAsBefore(w: Writer, fields: { name: string; company?: string; note?: string }, today: string): Promise<number> {
  const [id] = await w.insert("people", [
    { name: fields.name, name_key: nameKey(fields.name), created_on: today, company: fields.company ?? null, note: fields.note ?? null },
  ]);
  return id!;
}
