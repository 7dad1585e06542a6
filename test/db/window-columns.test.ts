import { describe, expect, it } from "vitest";
import { addInteraction } from "../../src/db/interactions.js";
import { mergePeople } from "../../src/db/merge.js";
import type { Journal } from "../../src/db/open.js";
import { insertPerson } from "../../src/db/people.js";
import { journalPerTest, personAsBefore, upgradePerTest, withRestoredCopy } from "../support/journal.js";

// interaction_people keeps a copy of each conversation's date, channel and initiator (migrations 04 and 05) so the
// 12-month window never reads interactions: the copies must match the conversation whatever wrote it.

const TODAY = "2026-11-22";
const t = journalPerTest();

type Copy = { interaction_id: number; person_id: number; date: string; channel: string; initiated_by: string };

/** Each interaction_people row beside what its interaction says. */
function copiesOf(journal: Journal): { copies: Copy[]; stale: number } {
  const copies = journal.sqlite
    .prepare("SELECT interaction_id, person_id, date, channel, initiated_by FROM interaction_people ORDER BY interaction_id, person_id")
    .all() as Copy[];
  const { stale } = journal.sqlite
    .prepare(
      `SELECT count(*) AS stale FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id
       WHERE ip.date IS NOT i.date OR ip.channel IS NOT i.channel OR ip.initiated_by IS NOT i.initiated_by`,
    )
    .get() as { stale: number };
  return { copies, stale };
}

const person = (name: string) => t.journal.write((trx) => insertPerson(trx, { name }, TODAY));

describe("channel and initiator kept in interaction_people", () => {
  it("copies them when a conversation is logged, follows an edit, and keeps them when people are merged", async () => {
    const ana = await person("Ana Silva");
    const ben = await person("Ben Okafor");
    const ana2 = await person("Ana S.");
    const call = await t.journal.write((trx) =>
      addInteraction(trx, { date: "2026-10-01", channel: "call", initiatedBy: "them", note: null, personIds: [ana, ben] }, TODAY),
    );
    const email = await t.journal.write((trx) =>
      addInteraction(trx, { date: "2026-09-01", channel: "email", initiatedBy: "me", note: null, personIds: [ana2] }, TODAY),
    );
    expect(copiesOf(t.journal)).toEqual({
      copies: [
        { interaction_id: call, person_id: ana, date: "2026-10-01", channel: "call", initiated_by: "them" },
        { interaction_id: call, person_id: ben, date: "2026-10-01", channel: "call", initiated_by: "them" },
        { interaction_id: email, person_id: ana2, date: "2026-09-01", channel: "email", initiated_by: "me" },
      ],
      stale: 0,
    });

    t.journal.sqlite.prepare("UPDATE interactions SET channel = 'meeting', initiated_by = 'me' WHERE id = ?").run(call);
    t.journal.sqlite.prepare("UPDATE interactions SET date = '2026-09-15' WHERE id = ?").run(email);
    expect(copiesOf(t.journal)).toEqual({
      copies: [
        { interaction_id: call, person_id: ana, date: "2026-10-01", channel: "meeting", initiated_by: "me" },
        { interaction_id: call, person_id: ben, date: "2026-10-01", channel: "meeting", initiated_by: "me" },
        { interaction_id: email, person_id: ana2, date: "2026-09-15", channel: "email", initiated_by: "me" },
      ],
      stale: 0,
    });

    await t.journal.write((trx) => mergePeople(trx, ana, ana2));
    expect(copiesOf(t.journal)).toEqual({
      copies: [
        { interaction_id: call, person_id: ana, date: "2026-10-01", channel: "meeting", initiated_by: "me" },
        { interaction_id: call, person_id: ben, date: "2026-10-01", channel: "meeting", initiated_by: "me" },
        { interaction_id: email, person_id: ana, date: "2026-09-15", channel: "email", initiated_by: "me" },
      ],
      stale: 0,
    });
  });

  it("fills them in when a journal is restored from an export", async () => {
    const ana = await person("Ana Silva");
    await t.journal.write((trx) =>
      addInteraction(trx, { date: "2026-10-01", channel: "video", initiatedBy: "them", note: null, personIds: [ana] }, TODAY),
    );
    await withRestoredCopy(t.journal, (restored) => {
      expect(copiesOf(restored)).toEqual(copiesOf(t.journal));
      expect(copiesOf(restored).copies[0]).toMatchObject({ channel: "video", initiated_by: "them" });
    });
  });
});

describe("upgrading a journal from before migration 05", () => {
  const older = upgradePerTest("2026-11-22-05");

  it("fills in every existing conversation's channel and initiator", async () => {
    const { journal } = await older.upgrade(async (trx) => {
      const ana = await personAsBefore(trx, { name: "Ana Silva" }, TODAY);
      const ben = await personAsBefore(trx, { name: "Ben Okafor" }, TODAY);
      await addInteraction(trx, { date: "2026-10-01", channel: "social", initiatedBy: "them", note: null, personIds: [ana, ben] }, TODAY);
      await addInteraction(trx, { date: "2025-01-01", channel: "meeting", initiatedBy: "me", note: null, personIds: [ben] }, TODAY);
    });
    const { copies, stale } = copiesOf(journal);
    expect(stale).toBe(0);
    expect(copies.map((c) => [c.channel, c.initiated_by])).toEqual([
      ["social", "them"],
      ["social", "them"],
      ["meeting", "me"],
    ]);
  });
});
