import { describe, expect, it } from "vitest";
import { DEPTH_FORMULA } from "../../src/domain/depth.js";
import { addInteraction } from "../../src/db/interactions.js";
import { addLedgerEntry } from "../../src/db/ledger.js";
import { mergePeople } from "../../src/db/merge.js";
import { openJournal, type Journal } from "../../src/db/open.js";
import { insertPerson, updatePerson } from "../../src/db/people.js";
import { relationshipsToday, WORTH_KEEPING } from "../../src/db/relationship-cache.js";
import { historiesOf } from "../../src/db/relationships.js";
import { journalPerTest, personAsBefore, upgradePerTest } from "../support/journal.js";

// The relationships kept in the journal for net people (migration 07) must always say what working them out from the
// conversations and the ledger says, whatever was written since, on whichever day: each step below writes something,
// lists, and compares with historiesOf.

const TODAY = "2026-11-22";
const t = journalPerTest();

const person = (name: string) => t.journal.write((trx) => insertPerson(trx, { name }, TODAY));
const talk = (date: string, personIds: number[], initiatedBy: "me" | "them" = "me") =>
  t.journal.write((trx) => addInteraction(trx, { date, channel: "meeting", initiatedBy, note: null, personIds }, TODAY));
const favour = (personId: number, direction: "gave" | "got", date = "2026-11-01") =>
  t.journal.write((trx) => addLedgerEntry(trx, { personId, direction, what: "a referral", size: "large", date }));

/** Score, balance and last contact of everyone with a history, as listed and as worked out afresh. */
async function bothWays(journal: Journal, today = TODAY) {
  const plain = (m: Map<number, { depth: { score: number; tier: string }; balance: object; lastContact: string | null }>) =>
    [...m]
      .map(([id, r]) => ({ id, score: r.depth.score, tier: r.depth.tier, balance: { ...r.balance }, last: r.lastContact }))
      .sort((a, b) => a.id - b.id);
  return {
    listed: plain(await relationshipsToday(journal, today)),
    worked: plain(await historiesOf(journal.db, today, { explained: false })),
  };
}

const kept = (journal: Journal) => ({
  state: journal.sqlite.prepare("SELECT as_of, formula FROM relationship_cache_state").get(),
  rows: journal.sqlite.prepare("SELECT person_id, score FROM relationship_cache ORDER BY person_id").all() as {
    person_id: number;
    score: number | null;
  }[],
});

describe("relationships kept for the day", () => {
  it("are kept by the first listing and read by the next", async () => {
    const ana = await person("Ana Silva");
    const ben = await person("Ben Okafor");
    await person("Cleo Never");
    await talk("2026-10-01", [ana, ben], "them");
    await favour(ben, "got");
    expect(kept(t.journal).state).toBeUndefined();

    const first = await bothWays(t.journal);
    expect(first.listed).toEqual(first.worked);
    expect(first.listed.map((r) => r.id)).toEqual([ana, ben]);
    expect(kept(t.journal)).toEqual({
      state: { as_of: TODAY, formula: DEPTH_FORMULA },
      rows: first.listed.map((r) => ({ person_id: r.id, score: r.score })),
    });

    // The next listing reads the rows: a score changed behind the formula's back shows, which proves it was read.
    t.journal.sqlite.prepare("UPDATE relationship_cache SET score = 99 WHERE person_id = ?").run(ana);
    const listed = await relationshipsToday(t.journal, TODAY);
    expect(listed.get(ana)!.depth).toMatchObject({ score: 99, tier: "inner" });
  });

  it("work out again exactly whoever a conversation, a favour, a met date, a merge or a removal touched", async () => {
    const ana = await person("Ana Silva");
    const ben = await person("Ben Okafor");
    const ana2 = await person("Ana S.");
    const cleo = await person("Cleo Never");
    const call = await talk("2026-10-01", [ana, ben]);
    const sql =
      (source: string, ...params: unknown[]) =>
      async () =>
        t.journal.sqlite.prepare(source).run(...params);

    const steps: [string, () => Promise<unknown>, number[]][] = [
      ["a conversation", () => talk("2026-11-20", [cleo], "them"), [cleo]],
      ["a conversation planned after today", () => talk("2026-12-24", [ana2]), [ana2]],
      ["a favour", () => favour(ben, "gave"), [ben]],
      ["a favour dated after today", () => favour(ana, "got", "2026-12-01"), [ana]],
      [
        "a favour moved to someone else",
        sql("UPDATE ledger SET person_id = ? WHERE person_id = ? AND date = '2026-12-01'", cleo, ana),
        [ana, cleo],
      ],
      ["a met date", () => t.journal.write((trx) => updatePerson(trx, ana, { metOn: "2015-05-05" })), [ana]],
      ["a met date set to what it was", () => t.journal.write((trx) => updatePerson(trx, ana, { metOn: "2015-05-05" })), []],
      ["a conversation moved", sql("UPDATE interactions SET date = '2025-01-01', channel = 'email' WHERE id = ?", call), [ana, ben]],
      ["a conversation removed", sql("DELETE FROM interactions WHERE id = ?", call), [ana, ben]],
      ["a favour removed", sql("DELETE FROM ledger WHERE person_id = ?", ben), [ben]],
      ["a merge", () => t.journal.write((trx) => mergePeople(trx, ana, ana2)), [ana]],
      ["a removal", sql("DELETE FROM people WHERE id = ?", cleo), []],
      [
        "a new person given a freed id",
        sql("INSERT INTO people (id, name, name_key, created_on) VALUES (?, 'Dee New', 'dee new', ?)", cleo, TODAY),
        [],
      ],
    ];
    for (const [what, write, touched] of steps) {
      // Everyone kept, nobody marked: then the write alone decides who is marked.
      t.journal.sqlite.prepare("DELETE FROM relationship_cache_state").run();
      await relationshipsToday(t.journal, TODAY);
      expect(
        kept(t.journal).rows.filter((r) => r.score === null),
        what,
      ).toEqual([]);
      await write();
      expect(
        kept(t.journal)
          .rows.filter((r) => r.score === null)
          .map((r) => r.person_id),
        what,
      ).toEqual(touched.sort((a, b) => a - b));
      const { listed, worked } = await bothWays(t.journal);
      expect(listed, what).toEqual(worked);
    }
    // No row for anyone no longer in the journal, nor for the new person who took a freed id.
    const people = (t.journal.sqlite.prepare("SELECT id FROM people").all() as { id: number }[]).map((p) => p.id);
    expect(kept(t.journal).rows.every((r) => people.includes(r.person_id) && r.person_id !== cleo)).toBe(true);
  });

  it("keep what they work out again once more than a few hundred people were marked", async () => {
    const ids = await t.journal.write(async (trx) => {
      const added: number[] = [];
      for (let n = 0; n < 500; n++) added.push(await insertPerson(trx, { name: `Person ${n}` }, TODAY));
      return added;
    });
    await talk("2026-10-01", ids);
    // Someone known only through a favour, which will be taken back.
    const lone = await person("Lone Favour");
    await favour(lone, "got");
    await bothWays(t.journal);
    expect(kept(t.journal).rows).toHaveLength(501);

    // A conversation with a few: they are worked out on each listing, and nothing is written.
    await talk("2026-11-01", ids.slice(0, 3));
    expect((await bothWays(t.journal)).listed.filter((r) => r.last === "2026-11-01").map((r) => r.id)).toEqual(ids.slice(0, 3));
    expect(kept(t.journal).rows.filter((r) => r.score === null)).toHaveLength(3);

    // A conference with two hundred of them, and the favour gone: kept, and no row for someone with no history left.
    await talk("2026-11-15", ids.slice(0, WORTH_KEEPING));
    t.journal.sqlite.prepare("DELETE FROM ledger WHERE person_id = ?").run(lone);
    expect(kept(t.journal).rows.filter((r) => r.score === null)).toHaveLength(WORTH_KEEPING + 1);
    const { listed, worked } = await bothWays(t.journal);
    expect(listed).toEqual(worked);
    expect(kept(t.journal).rows.map((r) => r.person_id)).toEqual(ids);
    expect(kept(t.journal).rows.filter((r) => r.score === null)).toEqual([]);
  });

  it("are worked out again on another day, or with another formula", async () => {
    const ana = await person("Ana Silva");
    await talk("2026-06-01", [ana]);
    const today = await bothWays(t.journal);
    const later = await bothWays(t.journal, "2027-03-01");
    expect(later.listed).toEqual(later.worked);
    expect(later.listed[0]!.score).toBeLessThan(today.listed[0]!.score);
    expect(kept(t.journal).state).toEqual({ as_of: "2027-03-01", formula: DEPTH_FORMULA });

    t.journal.sqlite.prepare("UPDATE relationship_cache_state SET formula = formula - 1").run();
    t.journal.sqlite.prepare("UPDATE relationship_cache SET score = 0").run();
    expect((await bothWays(t.journal, "2027-03-01")).listed).toEqual(later.worked);
    expect(kept(t.journal).state).toEqual({ as_of: "2027-03-01", formula: DEPTH_FORMULA });
  });

  it("keep nothing when another terminal wrote while they were worked out, and still answer right", async () => {
    const ana = await person("Ana Silva");
    await talk("2026-10-01", [ana]);
    const before = await historiesOf(t.journal.db, "2026-11-21", { explained: false });
    const other = await openJournal(t.journal.path);
    try {
      // Another terminal records a favour between this listing's reads and its keeping what it worked out.
      const exec = t.journal.sqlite.exec.bind(t.journal.sqlite);
      let wrote = false;
      t.journal.sqlite.exec = ((source: string) => {
        if (!wrote && source.startsWith("DELETE FROM relationship_cache")) {
          wrote = true;
          other.sqlite
            .prepare("INSERT INTO ledger (person_id, direction, what, size, date) VALUES (?, 'gave', 'an intro', 'small', '2026-11-20')")
            .run(ana);
        }
        return exec(source);
      }) as typeof t.journal.sqlite.exec;
      const listed = await relationshipsToday(t.journal, "2026-11-21");
      t.journal.sqlite.exec = exec;
      expect(wrote).toBe(true);
      // As of what it read, and nothing kept that the other terminal's write would have made wrong.
      expect(listed).toEqual(before);
      expect(kept(t.journal)).toEqual({ state: undefined, rows: [] });
      const after = await bothWays(t.journal, "2026-11-21");
      expect(after.listed).toEqual(after.worked);
      expect(after.listed[0]!.balance).toEqual({ given: 1, received: 0, net: 1 });
    } finally {
      await other.close();
    }
  });
  it("keep nothing when the disk is full, and still answer right; a bug in keeping them is not hidden", async () => {
    const ana = await person("Ana Silva");
    await talk("2026-10-01", [ana]);
    const before = await historiesOf(t.journal.db, TODAY, { explained: false });
    const exec = t.journal.sqlite.exec.bind(t.journal.sqlite);
    const prepare = t.journal.sqlite.prepare.bind(t.journal.sqlite);
    try {
      // The disk fills as the rows are committed.
      let full = true;
      t.journal.sqlite.exec = ((source: string) => {
        if (source === "COMMIT" && full) {
          full = false;
          throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
        }
        return exec(source);
      }) as typeof exec;
      expect(await relationshipsToday(t.journal, TODAY)).toEqual(before);
      expect(full).toBe(false);
      expect(t.journal.sqlite.inTransaction).toBe(false);
      expect(kept(t.journal)).toEqual({ state: undefined, rows: [] });
      t.journal.sqlite.exec = exec;

      // Anything but SQLite saying it cannot write now is a mistake in net: it is thrown, and nothing is left open.
      t.journal.sqlite.prepare = ((source: string) => {
        if (source.startsWith("INSERT INTO relationship_cache ")) throw new TypeError("a bug");
        return prepare(source);
      }) as typeof prepare;
      await expect(relationshipsToday(t.journal, TODAY)).rejects.toThrow(TypeError);
      expect(t.journal.sqlite.inTransaction).toBe(false);
      expect(kept(t.journal)).toEqual({ state: undefined, rows: [] });
    } finally {
      t.journal.sqlite.exec = exec;
      t.journal.sqlite.prepare = prepare;
    }
  });

  it("inside a read transaction that is not theirs (an export's snapshot), answer and keep nothing", async () => {
    const ana = await person("Ana Silva");
    await talk("2026-10-01", [ana]);
    const worked = await historiesOf(t.journal.db, TODAY, { explained: false });
    t.journal.sqlite.exec("BEGIN");
    try {
      expect(await relationshipsToday(t.journal, TODAY)).toEqual(worked);
      expect(t.journal.sqlite.inTransaction).toBe(true);
    } finally {
      t.journal.sqlite.exec("COMMIT");
    }
    expect(kept(t.journal)).toEqual({ state: undefined, rows: [] });
  });
});

describe("a journal net may not write", () => {
  // A read-only file itself, run as a user who may not write it, is in test/e2e/bad-journals.test.ts.
  it("is listed from what it holds, and keeps nothing", async () => {
    const ana = await person("Ana Silva");
    await talk("2026-10-01", [ana]);
    const readOnly = { ...t.journal, readOnly: true };
    const listed = await relationshipsToday(readOnly, TODAY);
    expect([...listed.keys()]).toEqual([ana]);
    expect(kept(t.journal)).toEqual({ state: undefined, rows: [] });
    await bothWays(t.journal);
    await talk("2026-11-01", [ana]);
    expect((await relationshipsToday(readOnly, TODAY)).get(ana)!.lastContact).toBe("2026-11-01");
    expect(kept(t.journal).rows).toEqual([{ person_id: ana, score: null }]);
  });
});

describe("upgrading a journal from before migration 07", () => {
  const older = upgradePerTest("2026-11-23-07");

  it("lists it as before, and keeps its relationships from then on", async () => {
    const { journal } = await older.upgrade(async (trx) => {
      const ana = await personAsBefore(trx, { name: "Ana Silva" }, TODAY);
      await addInteraction(trx, { date: "2026-10-01", channel: "call", initiatedBy: "them", note: null, personIds: [ana] }, TODAY);
    });
    const { listed, worked } = await bothWays(journal);
    expect(listed).toEqual(worked);
    expect(kept(journal).rows).toHaveLength(1);
  });
});
