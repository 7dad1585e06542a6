import { describe, expect, it } from "vitest";
import type { Depth, Tier } from "../../src/domain/depth.js";
import { askFactsFrom, askSpacingNote, lastAskTooRecent, verdictFor, type AskFacts, type AskHistory } from "../../src/domain/verdict.js";

const TODAY = "2026-11-22";
const depth = (score: number, tier: Tier): Depth => ({ score, tier, terms: {} });

// A relationship ready for a medium ask; each test spoils one thing.
const ready: AskFacts = {
  id: 1,
  name: "Ana",
  size: "medium",
  depth: depth(60, "connection"),
  balance: { given: 4, received: 2, net: 2 },
  lastContact: "2026-11-10",
  cadenceDays: null,
  openAsks: [],
  lastAskOn: null,
  givesSinceLastAsk: 2,
  gaveCount: 2,
  gotCount: 1,
  firstLedgerOn: "2026-03-04",
};

describe("verdictFor", () => {
  it("a healthy connection is ready for a medium ask", () => {
    expect(verdictFor(ready, TODAY)).toMatchObject({ verdict: "ready", reasons: [] });
  });

  it("an ask while another is open says wait", () => {
    const v = verdictFor({ ...ready, openAsks: [{ id: 4, what: "a referral", on: "2026-10-01" }], lastAskOn: "2026-10-01" }, TODAY);
    expect(v.verdict).toBe("wait");
    expect(v.suggestion).toContain("net asks close a4");
  });

  it("an ask within 30 days of the last one says wait, even if it was declined", () => {
    expect(verdictFor({ ...ready, lastAskOn: "2026-10-24" }, TODAY).verdict).toBe("wait");
    expect(verdictFor({ ...ready, lastAskOn: "2026-10-23" }, TODAY).verdict).toBe("ready");
  });

  it("no contact within max(cadence, 90 days), or none at all, says reconnect first", () => {
    expect(verdictFor({ ...ready, lastContact: "2026-08-24" }, TODAY).verdict).toBe("ready");
    expect(verdictFor({ ...ready, lastContact: "2026-08-23" }, TODAY).verdict).toBe("reconnect-first");
    expect(verdictFor({ ...ready, lastContact: "2026-08-23", cadenceDays: 180 }, TODAY).verdict).toBe("ready");
    expect(verdictFor({ ...ready, lastContact: null }, TODAY).verdict).toBe("reconnect-first");
  });

  it("each size needs its tier", () => {
    expect(verdictFor({ ...ready, size: "small", depth: depth(30, "acquaintance") }, TODAY).verdict).toBe("ready");
    expect(verdictFor({ ...ready, size: "small", depth: depth(20, "contact") }, TODAY).verdict).toBe("deepen-first");
    expect(verdictFor({ ...ready, depth: depth(40, "acquaintance") }, TODAY).verdict).toBe("deepen-first");
    expect(verdictFor({ ...ready, size: "large", depth: depth(80, "inner") }, TODAY).verdict).toBe("ready");
  });

  it("jab, jab, jab, hook: a large ask is fine from a connection after three gives since the last ask", () => {
    const large = { ...ready, size: "large" as const };
    const two = verdictFor({ ...large, givesSinceLastAsk: 2 }, TODAY);
    expect(two.verdict).toBe("deepen-first");
    expect(two.suggestion).toContain("give 1 more time");
    expect(verdictFor({ ...large, givesSinceLastAsk: 3 }, TODAY).verdict).toBe("ready");
    expect(verdictFor({ ...large, depth: depth(40, "acquaintance"), givesSinceLastAsk: 5 }, TODAY).verdict).toBe("deepen-first");
  });

  it("a negative balance says give first; a small ask tolerates −1", () => {
    const owing = { ...ready, balance: { given: 1, received: 2, net: -1 }, gaveCount: 1, gotCount: 3 };
    const v = verdictFor(owing, TODAY);
    expect(v.verdict).toBe("give-first");
    expect(v.suggestion).toBe(
      "Give first: they have done 3 things for you since March 2026 and you 1. Offer an introduction or help before asking.",
    );
    expect(verdictFor({ ...owing, size: "small" }, TODAY).verdict).toBe("ready");
    expect(verdictFor({ ...owing, size: "small", balance: { given: 0, received: 2, net: -2 } }, TODAY).verdict).toBe("give-first");
  });

  it("the first failing check is the verdict and every failing one is a reason, in order", () => {
    const v = verdictFor(
      { ...ready, lastAskOn: "2026-11-20", lastContact: null, depth: depth(5, "contact"), balance: { given: 0, received: 4, net: -4 } },
      TODAY,
    );
    expect(v.verdict).toBe("wait");
    expect(v.reasons).toHaveLength(4);
    expect(v.reasons[1]).toContain("never been in touch");
    expect(v.reasons[2]).toContain("needs connection");
    expect(v.reasons[3]).toContain("balance");
  });
});

describe("askFactsFrom", () => {
  const about = {
    id: 1,
    name: "Ana",
    size: "large" as const,
    depth: depth(60, "connection"),
    balance: { given: 6, received: 1, net: 5 },
    lastContact: "2026-11-10",
    cadenceDays: null,
  };
  const history: AskHistory = {
    // Newest first, as the journal lists them.
    asks: [
      { id: 3, what: "a reference", on: "2026-09-01", status: "open" },
      { id: 2, what: "a loan", on: "2026-06-01", status: "declined" },
      { id: 1, what: "an intro", on: "2026-05-01", status: "open" },
    ],
    // Oldest first.
    ledger: [
      { direction: "got", date: "2026-03-04" },
      { direction: "gave", date: "2026-08-01" },
      { direction: "gave", date: "2026-09-01" },
      { direction: "gave", date: "2026-09-02" },
      { direction: "gave", date: "2026-10-15" },
    ],
  };

  it("reads the last ask, the open ones oldest first, and the gives since the last ask", () => {
    expect(askFactsFrom(about, history)).toEqual({
      ...about,
      openAsks: [
        { id: 1, what: "an intro", on: "2026-05-01" },
        { id: 3, what: "a reference", on: "2026-09-01" },
      ],
      lastAskOn: "2026-09-01",
      givesSinceLastAsk: 2,
      gaveCount: 4,
      gotCount: 1,
      firstLedgerOn: "2026-03-04",
    });
  });

  it("with no asks, every give counts toward the hook", () => {
    const facts = askFactsFrom(about, { asks: [], ledger: history.ledger });
    expect(facts).toMatchObject({ openAsks: [], lastAskOn: null, givesSinceLastAsk: 4 });
    expect(verdictFor(facts, TODAY).verdict).toBe("ready");
  });
});

describe("ask spacing", () => {
  it("an ask less than 30 days after the last one is too soon, for net ask and net asked alike", () => {
    expect(lastAskTooRecent(null, TODAY)).toBe(false);
    expect(lastAskTooRecent("2026-10-24", TODAY)).toBe(true);
    expect(lastAskTooRecent("2026-10-23", TODAY)).toBe(false);
    expect(verdictFor({ ...ready, lastAskOn: "2026-10-24" }, TODAY).verdict).toBe("wait");
  });

  it("recording an ask notes an open one first, else one too recent, else nothing", () => {
    const closed = (id: number, on: string) => ({ id, what: "x", on, status: "granted" as const });
    expect(
      askSpacingNote(
        "Ben",
        [
          { ...closed(2, "2026-11-20"), status: "open" },
          { ...closed(1, "2026-11-01"), status: "open" },
        ],
        TODAY,
      ),
    ).toBe("Ben already had 2 open asks (a2, a1).");
    expect(askSpacingNote("Ben", [closed(1, "2026-11-01")], TODAY)).toBe(
      "you last asked Ben on 2026-11-01, less than 30 days before this ask.",
    );
    expect(askSpacingNote("Ben", [closed(1, "2026-10-23")], TODAY)).toBeNull();
    // An ask recorded in the past is spaced from the asks before it, not from later ones.
    expect(askSpacingNote("Ben", [closed(2, "2026-11-20"), closed(1, "2026-08-01")], "2026-10-01")).toBeNull();
    expect(askSpacingNote("Ben", [], TODAY)).toBeNull();
  });
});
