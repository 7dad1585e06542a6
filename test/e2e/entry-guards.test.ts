import { beforeEach, describe, expect, it } from "vitest";
import { journalPerTest } from "../support/journal-per-test.js";

// Slips around references: people typed as p4, entries another entry made, a --done for someone else's follow-up.

const { net, ok, exported } = journalPerTest("2026-12-02");
beforeEach(() => {
  ok(["add", "Ana Lima"]);
  ok(["add", "Ben Okafor"]);
});
const refused = (args: string[], message: RegExp) => {
  const before = exported();
  const r = net(args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(message);
  expect(exported()).toBe(before);
  return r;
};

describe("people by reference", () => {
  it("p2 names person 2 in every command that takes a person", () => {
    expect(ok(["log", "p2", "--note", "coffee", "--json"]).json().interaction.people).toEqual([{ id: 2, name: "Ben Okafor" }]);
    expect(ok(["show", "p2", "--json"]).json().id).toBe(2);
    expect(ok(["gave", "p1", "a book", "--json"]).json().entry.person).toEqual({ id: 1, name: "Ana Lima" });
    refused(["log", "p9", "--note", "x"], /no person with id 9/);
  });

  it("another kind of reference is no person: exit 2 naming what it is, nothing written", () => {
    ok(["log", "ana", "--note", "coffee"]);
    refused(["log", "c1", "--note", "again"], /"c1" is a conversation, not a person/);
    const r = net(["show", "f3"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"f3" is a follow-up, not a person/);
  });
});

describe("entries another entry made", () => {
  it("an introduction's credit is changed or deleted through the introduction", () => {
    ok(["intro", "ana", "ben"]);
    const credits = ok(["show", "ana", "--json"])
      .json()
      .timeline.filter((e: { ref: string }) => e.ref.startsWith("l"));
    expect(credits).toHaveLength(1);
    const l = credits[0].ref as string;
    refused(["rm", l], new RegExp(`${l} is the credit introduction i1 gives; nothing was deleted\\n.*net rm i1`));
    refused(["edit", l, "--size", "large"], new RegExp(`${l} is the credit introduction i1 gives; nothing was changed`));
    // Named with it, it goes with it.
    ok(["rm", "i1", l]);
    expect(ok(["balance", "--json"]).json()).toEqual([]);
  });

  it("what a granted ask counted as received is changed through the ask", () => {
    ok(["asked", "ana", "a referral"]);
    ok(["asks", "close", "a1", "--granted"]);
    refused(["rm", "l1"], /l1 is what ask a1 counted as received when granted; nothing was deleted/);
    refused(["edit", "l1", "--what", "two referrals"], /net edit a1/);
  });
});

describe("net log --done", () => {
  it("refuses, writing nothing, a follow-up with someone who is not in the conversation", () => {
    ok(["follow-up", "ana", "1w", "send the deck"]);
    refused(
      ["log", "ben", "--note", "coffee", "--done", "f1"],
      /--done: f1 is a follow-up with Ana Lima, who is not in this conversation; nothing was logged\nCheck the reference with `net due`; to close it on its own: net done f1\./,
    );
    expect(
      ok(["log", "ana", "ben", "--note", "coffee", "--done", "f1", "--json"])
        .json()
        .done.map((f: { ref: string }) => f.ref),
    ).toEqual(["f1"]);
  });
});

describe("net edit of a conversation's day", () => {
  it("moves what was logged with it only for the people still in it", () => {
    ok(["log", "ana", "ben", "--note", "lunch", "--gave", "a book"]);
    ok(["edit", "c1", "--without", "ana"]);
    const r = ok(["edit", "c1", "--on", "2026-12-01"]);
    expect(r.stdout).toContain("on 2026-12-02 → 2026-12-01");
    const on = (who: string) =>
      ok(["show", who, "--json"])
        .json()
        .timeline.filter((e: { ref: string }) => e.ref.startsWith("l"))
        .map((e: { date: string }) => e.date);
    expect(on("ana")).toEqual(["2026-12-02"]);
    expect(on("ben")).toEqual(["2026-12-01"]);
  });
});

describe("the merge net edit --name suggests", () => {
  it("names people by number where a name is more than one person's, so the command runs as given", () => {
    ok(["add", "Ana Lima", "--company", "Globex"]);
    ok(["add", "Cleo Park"]);
    const r = refused(["edit", "cleo", "--name", "Ana Lima"], /there is already someone called Ana Lima \(#1, #3\)/);
    expect(r.stderr).toContain("net merge 1 4");
  });
});

describe("net gave with someone archived", () => {
  it("records it and says so, pointing to net unarchive", () => {
    ok(["archive", "ben"]);
    const r = ok(["gave", "ben", "a book"]);
    expect(r.stdout).toBe(
      "You gave Ben Okafor: a book (small, 2026-12-02, l1).\nBalance with Ben Okafor: gave 1 · got 0 · net +1 (you have given 1, received nothing yet)\n",
    );
    expect(r.stderr).toContain(
      "Ben Okafor is archived; recorded anyway. To see them in net due and net people again: net unarchive 'Ben Okafor'",
    );
  });
});
