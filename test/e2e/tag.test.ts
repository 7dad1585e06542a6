import { beforeEach, describe, expect, it } from "vitest";
import { journalPerTest } from "../support/journal-per-test.js";

const t = journalPerTest("2026-12-02");
const { net, ok, exported } = t;

const tagged = (tag: string) =>
  net(["people", "--tag", tag, "--json"])
    .json()
    .map((p: { name: string }) => p.name);

beforeEach(() => {
  ok(["add", "Ana Lima"]);
  ok(["add", "Ben Ode", "--tag", "investor"]);
  ok(["add", "Cy Park"]);
  ok(["add", "Dee Roy"]);
  ok(["log", "cy", "dee", "--note", "panel dinner"]);
});

describe("net tag and net untag", () => {
  it("tags several people, by name and by a conversation's reference, as one undo step, and says who already had it", () => {
    const before = exported();
    const r = ok(["tag", "Investor", "ana", "ben", "c1"]);
    expect(r.stdout).toBe("Tagged 3 people investor: Ana Lima, Cy Park, Dee Roy.\n");
    expect(r.stderr).toContain("Already tagged investor: Ben Ode.\n");
    expect(tagged("investor")).toEqual(["Ana Lima", "Ben Ode", "Cy Park", "Dee Roy"]);

    expect(ok(["undo"]).stdout).toBe("undid: tag investor: Ana Lima, Cy Park, Dee Roy\n");
    expect(exported()).toBe(before);
  });

  it("untags several people as one undo step; --json names who changed and who had no such tag", () => {
    ok(["tag", "climate", "ana", "ben", "cy"]);
    const before = exported();
    const out = ok(["untag", "climate", "ana", "p2", "#4", "--json"]).json();
    expect(out).toEqual({
      tag: "climate",
      untagged: [
        { id: 1, ref: "p1", name: "Ana Lima" },
        { id: 2, ref: "p2", name: "Ben Ode" },
      ],
      unchanged: [{ id: 4, ref: "p4", name: "Dee Roy" }],
    });
    expect(tagged("climate")).toEqual(["Cy Park"]);
    ok(["undo"]);
    expect(exported()).toBe(before);
  });

  it("an entry's reference tags the people it is about: a follow-up its person, an introduction both", () => {
    ok(["follow-up", "ana", "1w", "send the deck"]);
    ok(["intro", "ben", "dee"]);
    expect(ok(["tag", "warm", "f1", "i1"]).stdout).toBe("Tagged 3 people warm: Ana Lima, Ben Ode, Dee Roy.\n");
  });

  it("when nobody changes it says so, exits 0 and leaves no undo step", () => {
    const steps = net(["undo", "--list", "--json"]).json().length;
    const r = ok(["tag", "investor", "ben"]);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Nothing was changed.");
    expect(ok(["untag", "nope", "ana"]).stderr).toContain("Had no tag nope: Ana Lima.\nNothing was changed.");
    expect(net(["undo", "--list", "--json"]).json().length).toBe(steps);
  });

  it.each([
    [["tag", "  ", "ana"], /the tag is empty; nothing was changed/],
    [["tag", "vip", "ana", "zoe"], /no one called "zoe"/],
    [["tag", "vip", "ana", "c99"], /no conversation c99 in the journal; nothing was changed/],
    [["untag", "investor", "ben", "x3"], /"x3" is no kind of reference/],
  ])("a bad argument (%j) is exit 2 and tags no one", (args, message) => {
    const before = exported();
    const r = net(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(exported()).toBe(before);
  });
});
