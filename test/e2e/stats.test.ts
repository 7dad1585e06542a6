import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { session, tempJournal } from "../support/net.js";
import { every, seed } from "../support/seed.js";

const TODAY = "2026-11-22";
const journal = tempJournal();
const net = session(journal.db, TODAY);

beforeAll(async () => {
  await seed(journal.db, [
    {
      name: "Weekly Wanda",
      talks: every(7, "2026-06-06", "2026-11-21").map((date, i) => ({
        date,
        via: "meeting" as const,
        by: i % 2 ? ("them" as const) : ("me" as const),
      })),
      ledger: [
        { direction: "gave", what: "an intro", size: "medium", date: "2026-08-01" },
        { direction: "got", what: "advice", date: "2026-09-01" },
        { direction: "got", what: "old favour", size: "large", date: "2024-01-01" },
      ],
    },
    { name: "Once Owen", talks: [{ date: "2026-01-15", via: "email" }] },
    { name: "Never Nia" },
  ]);
});
afterAll(() => journal.cleanup());

describe("net stats", () => {
  it("counts people per tier, gives and takes in the last 12 months, and conversations per month", () => {
    const r = net(["stats", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const json = r.json();
    expect(json.people).toBe(3);
    expect(json.tiers.contact).toBe(2);
    expect(json.tiers.contact + json.tiers.acquaintance + json.tiers.connection + json.tiers.inner).toBe(3);
    expect(json.lastYear).toEqual({ since: "2025-11-23", gave: { count: 1, weight: 2 }, got: { count: 1, weight: 1 } });
    expect(json.interactionsByMonth).toHaveLength(12);
    expect(json.interactionsByMonth[0]).toEqual({ month: "2025-12", interactions: 0 });
    expect(json.interactionsByMonth[1]).toEqual({ month: "2026-01", interactions: 1 });
    expect(json.interactionsByMonth[11]).toEqual({ month: "2026-11", interactions: 3 });
  });

  it("draws the months as a bar chart in the terminal", () => {
    const out = net(["stats"]).stdout;
    expect(out).toContain("Your network: 3 people");
    expect(out).toMatch(/2026-07\s+[45] █+/);
    expect(out).toMatch(/2026-02\s+0\s*$/m);
    expect(out).toContain("gave 1 (weight 2) · got 1 (weight 1) · net +1");
  });

  it("draws shorter bars on a narrow line, and no line ends in a space", () => {
    const out = net(["stats"], { env: { COLUMNS: "30" } }).stdout;
    const lines = out.split("\n");
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(30);
    expect(lines.filter((l) => l.endsWith(" "))).toEqual([]);
    expect(out).toMatch(/2026-07\s+[45] █+/);
  });
});
