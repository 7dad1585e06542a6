import { beforeEach, describe, expect, it } from "vitest";
import { addInteraction } from "../../src/db/interactions.js";
import { addLedgerEntry } from "../../src/db/ledger.js";
import { insertPerson, updatePerson } from "../../src/db/people.js";
import { historiesOf, noHistoryDepth, relationshipsOf } from "../../src/db/relationships.js";
import type { ChannelName, Initiator } from "../../src/domain/channels.js";
import { activeCount, interactionsPerMonth, tiersWithHistory } from "../../src/db/stats.js";
import { addDays } from "../../src/domain/dates.js";
import { windowStart } from "../../src/domain/depth.js";
import { networkTiers, tierCounts } from "../../src/domain/stats.js";
import { journalPerTest } from "../support/journal.js";
import { every } from "../support/seed.js";

// net stats and net due read depth through their own lean queries (the span kept on people, JSON rows, favours
// weighed in SQL): whatever the history, they must agree with relationshipsOf, which reads everything.

const TODAY = "2026-11-22";
const t = journalPerTest();

interface Someone {
  readonly name: string;
  readonly metOn?: string;
  readonly archived?: boolean;
  readonly talks?: readonly (readonly [date: string, channel: ChannelName, by: Initiator])[];
  readonly favours?: readonly (readonly [direction: "gave" | "got", size: "small" | "medium" | "large", date: string])[];
}

const FIRST = windowStart(TODAY);
const NETWORK: readonly Someone[] = [
  {
    name: "Weekly Wanda",
    metOn: "2023-02-01",
    talks: every(7, "2025-06-06", "2026-11-21").map((date, i) => [date, i % 3 ? "meeting" : "video", i % 2 ? "them" : "me"] as const),
    favours: [
      ["gave", "medium", "2026-08-01"],
      ["got", "large", "2024-01-01"],
      ["gave", "large", "2027-01-05"],
    ],
  },
  { name: "Once Owen", talks: [["2026-01-15", "email", "me"]] },
  { name: "Old Friend Olu", talks: every(7, "2019-01-04", "2021-06-25").map((date) => [date, "meeting", "them"] as const) },
  { name: "Planned Fay", metOn: "2026-10-01", talks: [["2026-12-02", "call", "me"]] },
  {
    name: "Mixed Max",
    talks: [
      ["2026-11-30", "video", "them"],
      ["2026-09-01", "call", "them"],
      ["2022-03-03", "social", "me"],
    ],
  },
  {
    name: "Edge Eda",
    talks: [
      [addDays(FIRST, -1), "meeting", "them"],
      [FIRST, "meeting", "them"],
    ],
  },
  {
    name: "Favour Lee",
    favours: [
      ["gave", "large", "2026-05-05"],
      ["got", "small", "2025-01-01"],
      ["gave", "medium", "2027-02-02"],
    ],
  },
  { name: "Future Flo", favours: [["got", "large", "2027-03-03"]] },
  // A contact (21) who would be an acquaintance if the favour planned for next year counted already.
  {
    name: "Threshold Theo",
    metOn: "2025-09-23",
    talks: [["2026-09-23", "call", "me"]],
    favours: [
      ["got", "small", "2026-01-01"],
      ["gave", "large", "2027-01-01"],
    ],
  },
  {
    name: "Archived Arnie",
    archived: true,
    talks: every(14, "2024-01-05", "2026-11-20").map((date) => [date, "call", "them"] as const),
    favours: [["gave", "small", "2026-01-01"]],
  },
  { name: "Never Nia" },
];

async function seedNetwork(): Promise<number[]> {
  return t.journal.write(async (trx) => {
    const ids: number[] = [];
    for (const p of NETWORK) {
      const id = await insertPerson(trx, { name: p.name, metOn: p.metOn ?? null }, TODAY);
      for (const [date, channel, initiatedBy] of p.talks ?? [])
        await addInteraction(trx, { date, channel, initiatedBy, note: null, personIds: [id] }, TODAY);
      for (const [direction, size, date] of p.favours ?? [])
        await addLedgerEntry(trx, { personId: id, direction, what: "a favour", size, date });
      if (p.archived) await updatePerson(trx, id, { archived: true });
      ids.push(id);
    }
    return ids;
  });
}

describe("depth read by net stats and net due", () => {
  let ids: number[];
  beforeEach(async () => {
    ids = await seedNetwork();
  });

  it("net due's scores of the people asked for, without the receipt's words, are relationshipsOf's (and no history means noHistoryDepth)", async () => {
    const full = await relationshipsOf(t.journal.db, TODAY, ids);
    const lean = await historiesOf(t.journal.db, TODAY, { ids, explained: false });
    const none = noHistoryDepth(TODAY);
    for (const id of ids) {
      const expected = full.get(id)!.depth;
      const depth = lean.get(id)?.depth ?? none;
      expect([id, depth.score, depth.tier]).toEqual([id, expected.score, expected.tier]);
    }
    // Not every tier is the same, or the test would prove little.
    expect(new Set(ids.map((id) => full.get(id)!.depth.tier)).size).toBeGreaterThan(2);
    expect(await historiesOf(t.journal.db, TODAY, { ids: [], explained: false })).toEqual(new Map());
  });

  it("net stats counts each person not archived in the tier relationshipsOf gives them", async () => {
    const full = await relationshipsOf(t.journal.db, TODAY);
    const active = ids.filter((_, i) => !NETWORK[i]!.archived);
    const people = await activeCount(t.journal.db);
    expect(people).toBe(active.length);
    const counted = networkTiers(await tiersWithHistory(t.journal.db, TODAY), people, noHistoryDepth(TODAY).tier);
    expect(counted).toEqual(tierCounts(active.map((id) => full.get(id)!.depth.tier)));
  });
});

describe("conversations per month", () => {
  it("counts each calendar month's conversations up to today, first and last days included", async () => {
    const ana = await t.journal.write((trx) => insertPerson(trx, { name: "Ana Silva" }, TODAY));
    const dates = ["2026-01-01", "2026-01-31", "2026-02-28", "2026-03-01", "2026-11-01", "2026-11-22", "2026-11-23", "2025-12-31"];
    for (const date of dates)
      await t.journal.write((trx) =>
        addInteraction(trx, { date, channel: "call", initiatedBy: "me", note: null, personIds: [ana] }, TODAY),
      );
    const perMonth = await interactionsPerMonth(t.journal.db, ["2026-01", "2026-02", "2026-10", "2026-11"], TODAY);
    expect(Object.fromEntries(perMonth)).toEqual({ "2026-01": 2, "2026-02": 1, "2026-10": 0, "2026-11": 2 });
    expect(await interactionsPerMonth(t.journal.db, [], TODAY)).toEqual(new Map());
  });
});
