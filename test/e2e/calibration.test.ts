import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { session, tempJournal } from "../support/net.js";
import { every, monthly, seed } from "../support/seed.js";

// The five relationships issue 3 calibrates depth against, seeded as real history and read back through the built CLI.
const TODAY = "2026-11-22";
const journal = tempJournal();
const net = session(journal.db, TODAY);

beforeAll(async () => {
  // 2. A former colleague: a call on the first of every month for three years, in person every quarter, half of it their idea, two favours each way this year.
  const calls = monthly("2023-12", TODAY);
  const quarters = monthly("2023-12", TODAY, "15").filter((_, i) => i % 3 === 0);
  await seed(journal.db, [
    {
      name: "Mixer Contact",
      talks: [
        { date: "2026-03-10", via: "meeting" },
        { date: "2026-03-12", via: "email" },
      ],
    },
    {
      name: "Former Colleague",
      talks: [
        ...calls.map((date, i) => ({ date, via: "call" as const, by: i % 2 ? ("them" as const) : ("me" as const) })),
        ...quarters.map((date, i) => ({ date, via: "meeting" as const, by: i % 2 ? ("me" as const) : ("them" as const) })),
      ],
      ledger: [
        { direction: "gave", what: "reviewed his CV", date: "2026-02-03" },
        { direction: "gave", what: "introduced him to a recruiter", date: "2026-07-09" },
        { direction: "got", what: "a reference", date: "2026-04-20" },
        { direction: "got", what: "advice on a contract", date: "2026-09-14" },
      ],
    },
    { name: "Weekly Client", talks: every(7, "2026-05-26", TODAY).map((date) => ({ date, via: "email" as const })) },
    {
      name: "Old Friend",
      talks: every(7, "2019-01-05", "2021-12-31").map((date, i) => ({
        date,
        via: "meeting" as const,
        by: i % 2 ? ("them" as const) : ("me" as const),
      })),
    },
    {
      name: "New Video Friend",
      metOn: "2026-09-01",
      talks: every(7, "2026-09-01", TODAY).map((date, i) => ({
        date,
        via: "video" as const,
        by: i % 2 ? ("them" as const) : ("me" as const),
      })),
    },
  ]);
});
afterAll(() => journal.cleanup());

describe("depth calibration (today 2026-11-22)", () => {
  it.each([
    ["1. met once at a mixer, one email, nothing since", "Mixer Contact", ["contact"]],
    ["2. former colleague: monthly calls, quarterly meetings, mutual, favours both ways", "Former Colleague", ["inner"]],
    ["3. client emailed weekly for six months, always by me", "Weekly Client", ["acquaintance"]],
    ["4. old friend, weekly in person 2019–2021, nothing since", "Old Friend", ["contact", "acquaintance"]],
    ["5. met in September, weekly video since, both reach out", "New Video Friend", ["connection"]],
  ])("%s", (_label, name, tiers) => {
    const r = net(["ask", name, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const { depth } = r.json();
    expect(tiers, `${name} scored ${depth.score}`).toContain(depth.tier);
  });
});
