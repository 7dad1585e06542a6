import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { session, tempJournal } from "../support/net.js";
import { every, seed, type SeedPerson } from "../support/seed.js";

// One person per verdict, each a believable history; `net ask` reads them and writes nothing.
const TODAY = "2026-11-22";
const journal = tempJournal();
const net = session(journal.db, TODAY);

// A close friend: weekly in person for a year, mutual, favours both ways: inner.
const close = (name: string, extra: Partial<SeedPerson> = {}): SeedPerson => ({
  name,
  talks: every(7, "2025-12-06", "2026-11-21").map((date, i) => ({
    date,
    via: "meeting" as const,
    by: i % 2 ? ("them" as const) : ("me" as const),
  })),
  ledger: [
    { direction: "gave", what: "an intro", size: "medium", date: "2026-05-01" },
    { direction: "got", what: "advice", size: "small", date: "2026-06-01" },
  ],
  ...extra,
});

// Weekly until four months ago, but only meant to be in touch once a year.
const weekly = close("Yearly Yan");
const yearly: SeedPerson = { ...weekly, cadenceDays: 365, talks: weekly.talks!.filter((t) => t.date <= "2026-07-25") };

beforeAll(async () => {
  await seed(journal.db, [
    close("Ready Rita"),
    close("Waiting Wes", { asks: [{ what: "a loan of his van", size: "small", date: "2026-11-01" }] }),
    { name: "Silent Sam", talks: [{ date: "2026-03-01", via: "meeting" }] },
    { name: "Shallow Sue", talks: [{ date: "2026-11-15", via: "email" }] },
    close("Owing Olga", {
      ledger: [
        { direction: "got", what: "a reference", size: "large", date: "2026-03-04" },
        { direction: "got", what: "advice", date: "2026-04-01" },
        { direction: "got", what: "a book", date: "2026-05-01" },
        { direction: "gave", what: "a coffee", date: "2026-06-01" },
      ],
    }),
    yearly,
    {
      name: "Jab Jack",
      talks: every(14, "2026-06-01", "2026-11-20").map((date, i) => ({
        date,
        via: "video" as const,
        by: i % 2 ? ("them" as const) : ("me" as const),
      })),
      ledger: [1, 2, 3].map((n) => ({ direction: "gave" as const, what: `give ${n}`, date: `2026-10-0${n}` })),
    },
  ]);
});
afterAll(() => journal.cleanup());

describe("net ask", () => {
  it("ready: a deep, recent, balanced relationship, with the documented JSON shape", () => {
    const r = net(["ask", "rita", "--size", "large", "--for", "a board seat", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const json = r.json();
    expect(Object.keys(json)).toEqual([
      "person",
      "size",
      "verdict",
      "reasons",
      "suggestion",
      "depth",
      "balance",
      "lastContact",
      "openAsks",
    ]);
    expect(json).toMatchObject({
      person: { name: "Ready Rita" },
      size: "large",
      verdict: "ready",
      reasons: [],
      depth: { tier: "inner" },
      balance: { given: 2, received: 1, net: 1 },
      lastContact: "2026-11-21",
      openAsks: [],
    });
    expect(Object.keys(json.depth.terms)).toEqual(["recency", "frequency", "channels", "duration", "reciprocity", "services"]);
    expect(json.depth.terms.recency).toMatchObject({ measured: "last contact 1 day ago", weight: 20 });
  });

  it("wait: an ask to them is still open", () => {
    const json = net(["ask", "wes", "--size", "small", "--json"]).json();
    expect(json.verdict).toBe("wait");
    expect(json.openAsks).toEqual([{ id: 1, ref: "a1", what: "a loan of his van", on: "2026-11-01" }]);
    expect(json.suggestion).toContain("net asks close a1");
  });

  it("a cadence longer than 90 days sets how long a silence is fine", () => {
    const json = net(["ask", "yan", "--json"]).json();
    expect(json).toMatchObject({ verdict: "ready", reasons: [], lastContact: "2026-07-25" });
  });

  it("reconnect-first: nothing for more than 90 days; every failing check is a reason", () => {
    const json = net(["ask", "sam", "--json"]).json();
    expect(json.verdict).toBe("reconnect-first");
    expect(json.reasons[0]).toContain("no contact for 266 days");
    expect(json.reasons[1]).toContain("a medium ask needs connection");
  });

  it("deepen-first: one email is not enough for a medium ask", () => {
    expect(net(["ask", "sue", "--json"]).json()).toMatchObject({
      verdict: "deepen-first",
      depth: { tier: "contact" },
      lastContact: "2026-11-15",
    });
  });

  it("give-first: they have done more for you; the suggestion says what to do", () => {
    const json = net(["ask", "olga", "--json"]).json();
    expect(json.verdict).toBe("give-first");
    expect(json.suggestion).toBe(
      "Give first: they have done 3 things for you since March 2026 and you 1. Offer an introduction or help before asking.",
    );
  });

  it("jab, jab, jab, hook: three gives let a connection take a large ask", () => {
    const json = net(["ask", "jack", "--size", "large", "--json"]).json();
    expect(json.depth.tier).toBe("connection");
    expect(json.verdict).toBe("ready");
  });

  it("human output: verdict line, reasons, receipt, balance, last contact and the next step", () => {
    const r = net(["ask", "olga", "--for", "an intro to her CFO"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("GIVE-FIRST  Owing Olga, a medium ask for an intro to her CFO");
    expect(lines[1]).toBe("  • balance -5 (given 1, received 6); a medium ask needs 0 or more");
    expect(r.stdout).toMatch(/Depth \d+/);
    expect(r.stdout).toMatch(/recency\s+last contact 1 day ago/);
    expect(r.stdout).toMatch(/Balance\s+gave 1 · got 6 · net -5/);
    expect(r.stdout).toContain("Last contact  2026-11-21");
    expect(r.stdout).toContain("Next: Give first:");
  });

  it("bad input: an unknown size or person is exit 2", () => {
    const size = net(["ask", "rita", "--size", "huge"]);
    expect(size.code).toBe(2);
    expect(size.stderr).toContain("Use one of: small, medium, large.");
    expect(net(["ask", "nobody-at-all"]).code).toBe(2);
  });
});
