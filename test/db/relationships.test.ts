import { describe, expect, it } from "vitest";
import { addInteraction } from "../../src/db/interactions.js";
import { addLedgerEntry } from "../../src/db/ledger.js";
import { insertPerson } from "../../src/db/people.js";
import { relationshipsOf } from "../../src/db/relationships.js";
import { ledgerBetween } from "../../src/db/stats.js";
import { addDays } from "../../src/domain/dates.js";
import { windowStart, WINDOW_DAYS } from "../../src/domain/depth.js";
import { journalPerTest } from "../support/journal.js";

// Depth as of today, from a real journal: what lies ahead of today adds nothing yet, and "the last 12 months" means the same days everywhere.

const TODAY = "2026-11-22";
const t = journalPerTest();

const person = (name: string) => t.journal.write((trx) => insertPerson(trx, { name }, TODAY));
const gave = (personId: number, date: string) =>
  t.journal.write((trx) => addLedgerEntry(trx, { personId, direction: "gave", what: "an intro", size: "large", date }));

describe("relationships", () => {
  it("a favour dated after today adds no depth yet, though the balance lists it", async () => {
    const ana = await person("Ana Silva");
    await gave(ana, "2026-11-20");
    await gave(ana, "2026-12-24");
    const r = (await relationshipsOf(t.journal.db, TODAY)).get(ana)!;
    expect(r.depth.terms.services!.measured).toBe("favours given and received weighing 4");
    expect(r.balance).toEqual({ given: 8, received: 0, net: 8 });
    // The same for one person asked by id.
    expect((await relationshipsOf(t.journal.db, TODAY, [ana])).get(ana)!.depth.terms.services!.measured).toBe(
      "favours given and received weighing 4",
    );
  });

  it("the 12-month window is the same days for depth and for stats: its first day is in, the day before is out", async () => {
    const first = windowStart(TODAY);
    expect(first).toBe(addDays(TODAY, 1 - WINDOW_DAYS));
    const ana = await person("Ana Silva");
    for (const date of [addDays(first, -1), first]) {
      await t.journal.write((trx) =>
        addInteraction(trx, { date, channel: "meeting", initiatedBy: "them", note: null, personIds: [ana] }, TODAY),
      );
      await gave(ana, date);
    }
    const depth = (await relationshipsOf(t.journal.db, TODAY)).get(ana)!.depth;
    expect(depth.terms.frequency!.measured).toBe("1 conversation in the last 12 months");
    expect(depth.terms.reciprocity!.measured).toBe("they reached out 1 of 1 times");
    expect(await ledgerBetween(t.journal.db, first, TODAY)).toEqual([{ direction: "gave", size: "large", count: 1 }]);
  });
});
