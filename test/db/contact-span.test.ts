import { describe, expect, it } from "vitest";
import { addInteraction } from "../../src/db/interactions.js";
import { mergePeople } from "../../src/db/merge.js";
import type { Journal } from "../../src/db/open.js";
import { insertPerson } from "../../src/db/people.js";
import { journalPerTest, personAsBefore, upgradePerTest, withRestoredCopy } from "../support/journal.js";

// people.first_contact and last_contact (migration 06) are the first and last conversation dates, kept by triggers:
// whatever writes, moves or removes a conversation, they must say what a min and max over the conversations say.

const TODAY = "2026-11-22";
const t = journalPerTest();

type Span = { id: number; first_contact: string | null; last_contact: string | null };

/** Each person's stored span, and how many people's span differs from their conversations. */
function spansOf(journal: Journal): { spans: Span[]; stale: number } {
  const spans = journal.sqlite.prepare("SELECT id, first_contact, last_contact FROM people ORDER BY id").all() as Span[];
  const { stale } = journal.sqlite
    .prepare(
      `SELECT count(*) AS stale FROM people
       WHERE first_contact IS NOT (SELECT min(date) FROM interaction_people WHERE person_id = people.id)
          OR last_contact IS NOT (SELECT max(date) FROM interaction_people WHERE person_id = people.id)`,
    )
    .get() as { stale: number };
  return { spans, stale };
}

const person = (name: string) => t.journal.write((trx) => insertPerson(trx, { name }, TODAY));
const talk = (date: string, personIds: number[]) =>
  t.journal.write((trx) => addInteraction(trx, { date, channel: "call", initiatedBy: "me", note: null, personIds }, TODAY));

describe("first and last contact kept on people", () => {
  it("follow a conversation logged, moved, removed, and people merged or removed", async () => {
    const ana = await person("Ana Silva");
    const ben = await person("Ben Okafor");
    const ana2 = await person("Ana S.");
    expect(spansOf(t.journal).spans.map((s) => s.last_contact)).toEqual([null, null, null]);

    const call = await talk("2026-10-01", [ana, ben]);
    await talk("2026-03-05", [ana]);
    // Planned after today: still the last conversation on record.
    await talk("2026-12-24", [ana2]);
    await talk("2025-01-09", [ana2]);
    expect(spansOf(t.journal)).toEqual({
      spans: [
        { id: ana, first_contact: "2026-03-05", last_contact: "2026-10-01" },
        { id: ben, first_contact: "2026-10-01", last_contact: "2026-10-01" },
        { id: ana2, first_contact: "2025-01-09", last_contact: "2026-12-24" },
      ],
      stale: 0,
    });

    t.journal.sqlite.prepare("UPDATE interactions SET date = '2024-06-30' WHERE id = ?").run(call);
    expect(spansOf(t.journal).spans.slice(0, 2)).toEqual([
      { id: ana, first_contact: "2024-06-30", last_contact: "2026-03-05" },
      { id: ben, first_contact: "2024-06-30", last_contact: "2024-06-30" },
    ]);

    t.journal.sqlite.prepare("DELETE FROM interactions WHERE id = ?").run(call);
    expect(spansOf(t.journal)).toMatchObject({
      spans: [{ first_contact: "2026-03-05" }, { first_contact: null, last_contact: null }, {}],
      stale: 0,
    });

    await t.journal.write((trx) => mergePeople(trx, ana, ana2));
    expect(spansOf(t.journal)).toEqual({
      spans: [
        { id: ana, first_contact: "2025-01-09", last_contact: "2026-12-24" },
        { id: ben, first_contact: null, last_contact: null },
      ],
      stale: 0,
    });

    t.journal.sqlite.prepare("DELETE FROM people WHERE id = ?").run(ben);
    expect(spansOf(t.journal)).toEqual({ spans: [{ id: ana, first_contact: "2025-01-09", last_contact: "2026-12-24" }], stale: 0 });
  });

  it("are filled in when a journal is restored from an export", async () => {
    const ana = await person("Ana Silva");
    await talk("2026-10-01", [ana]);
    await talk("2019-02-11", [ana]);
    await withRestoredCopy(t.journal, (restored) =>
      expect(spansOf(restored)).toEqual({ spans: [{ id: ana, first_contact: "2019-02-11", last_contact: "2026-10-01" }], stale: 0 }),
    );
  });
});

describe("upgrading a journal from before migration 06", () => {
  const older = upgradePerTest("2026-11-22-06");

  it("fills in everyone's first and last contact, and keeps them from then on", async () => {
    const {
      journal,
      filled: [ana, ben],
    } = await older.upgrade(async (trx) => {
      const ids = [await personAsBefore(trx, { name: "Ana Silva" }, TODAY), await personAsBefore(trx, { name: "Ben Okafor" }, TODAY)];
      await addInteraction(trx, { date: "2026-10-01", channel: "social", initiatedBy: "them", note: null, personIds: ids }, TODAY);
      await addInteraction(trx, { date: "2021-01-01", channel: "meeting", initiatedBy: "me", note: null, personIds: [ids[1]!] }, TODAY);
      await personAsBefore(trx, { name: "Cleo Never" }, TODAY);
      return ids;
    });
    expect(spansOf(journal)).toMatchObject({
      spans: [
        { id: ana, first_contact: "2026-10-01", last_contact: "2026-10-01" },
        { id: ben, first_contact: "2021-01-01", last_contact: "2026-10-01" },
        { first_contact: null, last_contact: null },
      ],
      stale: 0,
    });
    await journal.write((trx) =>
      addInteraction(trx, { date: "2026-11-20", channel: "call", initiatedBy: "me", note: null, personIds: [ana!] }, TODAY),
    );
    expect(spansOf(journal).spans[0]).toEqual({ id: ana, first_contact: "2026-10-01", last_contact: "2026-11-20" });
  });
});
