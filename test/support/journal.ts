import { afterEach, beforeEach } from "vitest";
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
