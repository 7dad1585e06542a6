import { afterEach, beforeEach } from "vitest";
import { migrations } from "../../migrations/index.js";
import { readJournal } from "../../src/db/export.js";
import { restoreJournal } from "../../src/db/import.js";
import { openJournal, type Journal } from "../../src/db/open.js";
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

/** Restores an export of `journal` into a new temporary journal, hands it to `check`, then closes and removes it. */
export async function withRestoredCopy(journal: Journal, check: (restored: Journal) => void): Promise<void> {
  const doc = readJournal(journal.sqlite);
  const temp = tempJournal();
  const restored = await openJournal(temp.db);
  try {
    await restored.write(async () => restoreJournal(restored.sqlite, doc));
    check(restored);
  } finally {
    await restored.close();
    temp.cleanup();
  }
}

/**
 * For the tests of an upgrade: a fresh journal path for every test of the calling block, and the migrations released
 * before `name`, to open it first as an older version of net left it.
 */
export function olderJournalPerTest(name: string): { readonly path: string; readonly migrations: typeof migrations } {
  const older = Object.fromEntries(Object.entries(migrations).filter(([migration]) => migration < name));
  let temp: ReturnType<typeof tempJournal> | undefined;
  beforeEach(() => {
    temp = tempJournal();
  });
  afterEach(() => temp?.cleanup());
  return {
    get path() {
      return temp!.db;
    },
    migrations: older,
  };
}
