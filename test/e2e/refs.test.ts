import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { session, tempJournal } from "../support/net.js";

let t: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(() => {
  t = tempJournal();
  net = session(t.db, "2026-12-02");
});
afterEach(() => t.cleanup());

const exported = () => net(["export", "json"]).stdout;

describe("references to entries", () => {
  it("the receipt of net log names each entry by its reference, and --json carries it beside the id", () => {
    expect(net(["add", "Ana Lima"]).code).toBe(0);
    const human = net(["log", "ana", "--note", "coffee", "--follow-up", "1w", "--gave", "a book"]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^Logged a .* with Ana Lima today c1$/m);
    expect(human.stdout).toMatch(/^Follow-up f1 with Ana Lima on /m);
    expect(human.stdout).toMatch(/^You gave Ana Lima: a book \(small, l1\)$/m);
    const r = net(["log", "ana", "--note", "again", "--follow-up", "2w", "--json"]).json();
    expect(r.interaction).toMatchObject({ id: 2, ref: "c2" });
    expect(r.followUp).toMatchObject({ id: 2, ref: "f2" });
  });

  it("done, asks close, intros made take a reference as well as the bare number", () => {
    net(["add", "Ana Lima"]);
    net(["add", "Ben Okafor"]);
    net(["follow-up", "ana", "friday", "send the deck"]);
    expect(net(["done", "f1"]).code).toBe(0);
    net(["asked", "ana", "a referral"]);
    expect(net(["asks", "close", "a1", "--granted"]).code).toBe(0);
    net(["intro", "ana", "ben", "--why", "both in climate", "--proposed"]);
    expect(net(["intros", "made", "i1"]).code).toBe(0);
  });

  it.each([
    [["asks", "close", "f7", "--granted"], /"f7" is a follow-up, not an ask/],
    [["done", "c1"], /"c1" is a conversation, not a follow-up/],
    [["done", "x1"], /"x1" is no kind of reference: references start with c \(conversation\), f \(follow-up\)/],
    [["intros", "made", "a2"], /"a2" is an ask, not an introduction/],
    [["done", "f999"], /no follow-up f999; nothing was marked done/],
  ])("a bad reference (%j) is exit 2 with a clear message, and nothing is written", (args, message) => {
    net(["add", "Ana Lima"]);
    net(["follow-up", "ana", "friday", "send the deck"]);
    net(["asked", "ana", "a referral"]);
    const before = exported();
    const r = net(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
    expect(exported()).toBe(before);
  });
});

describe("net reopen", () => {
  it("opens again a follow-up closed by mistake, as one undo step; one still open or unknown is exit 2 with nothing written", () => {
    net(["add", "Ana Lima"]);
    net(["follow-up", "ana", "friday", "send the deck"]);
    expect(net(["done", "f1"]).code).toBe(0);
    const r = net(["reopen", "f1", "--json"]);
    expect(r.code).toBe(0);
    expect(r.json()).toEqual([expect.objectContaining({ id: 1, ref: "f1", done: false, doneOn: null, note: "send the deck" })]);
    expect(net(["due", "--json"]).stdout).toContain('"ref": "f1"');

    const before = exported();
    const again = net(["reopen", "f1"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/f1 is still open; nothing was reopened/);
    const unknown = net(["reopen", "f9"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no follow-up f9; nothing was reopened/);
    expect(exported()).toBe(before);

    expect(net(["undo"]).stdout).toBe("undid: reopen f1 with Ana Lima\n");
    expect(net(["show", "ana", "--json"]).json().followUps).toEqual([]);
  });
});

describe("net log --done", () => {
  it("logs the conversation and closes the follow-up in one step, undone together", () => {
    net(["add", "Ana Lima"]);
    net(["follow-up", "ana", "friday", "send the deck"]);
    const before = exported();
    const r = net(["log", "ana", "--note", "sent it", "--done", "f1", "--json"]);
    expect(r.code).toBe(0);
    expect(r.json().done).toEqual([expect.objectContaining({ ref: "f1", done: true, doneOn: "2026-12-02" })]);
    expect(net(["due", "--json"]).json().upcoming).toEqual([]);
    expect(net(["undo"]).stdout).toBe("undid: log c1 with Ana Lima on 2026-12-02, done f1\n");
    expect(exported()).toBe(before);
  });

  it.each([
    [["--done", "f1"], /--done: f1 was already done on 2026-12-02; nothing was logged/],
    [["--done", "f9"], /--done: no follow-up f9; nothing was logged/],
    [["--done", "a1"], /"a1" is an ask, not a follow-up/],
  ])("a follow-up that cannot be closed (%j) refuses the whole log: exit 2, nothing written", (flags, message) => {
    net(["add", "Ana Lima"]);
    net(["follow-up", "ana", "friday", "send the deck"]);
    net(["done", "f1"]);
    const before = exported();
    const r = net(["log", "ana", "--note", "hello", ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(exported()).toBe(before);
  });
});

describe("the same ledger entry twice", () => {
  it.each([["gave"], ["got"]])("net %s of an entry already there is exit 2 without a terminal, naming it and --again", (direction) => {
    net(["add", "Ana Lima"]);
    expect(net([direction, "ana", "a book"]).code).toBe(0);
    const before = exported();
    const r = net([direction, "ana", "a book"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/this is already recorded as l1: .*"a book" on 2026-12-02; nothing was written/);
    expect(r.stderr).toContain("--again");
    expect(exported()).toBe(before);
    const again = net([direction, "ana", "a book", "--again", "--json"]);
    expect(again.code).toBe(0);
    expect(again.json().entry).toMatchObject({ id: 2, ref: "l2" });
    // Another day or other words are another entry.
    expect(net([direction, "ana", "a book", "--on", "yesterday"]).code).toBe(0);
  });
});
