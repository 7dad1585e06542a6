import { describe, expect, it } from "vitest";
import { journalPerTest } from "../support/journal-per-test.js";

const { net, ok, exported } = journalPerTest("2026-12-04");

interface Who {
  person: { id: number; name: string };
  score: number;
  matched: string[];
  verdict: string;
  suggestion: string;
  depth: { score: number; tier: string };
}
const who = (...args: string[]): Who[] => ok(["who", ...args, "--json"]).json();

function network() {
  ok(["add", "Ana Lima", "--offers", "product design", "--offers", "user research"]);
  // Ben only mentions design in passing, but is a much deeper relationship.
  ok(["add", "Ben Ng", "--note", "his sister is a designer"]);
  for (const day of ["2026-06-02", "2026-07-01", "2026-08-03", "2026-09-01", "2026-10-01", "2026-11-02", "2026-12-01"])
    ok(["log", "ben", "--on", day, "--via", "meeting"]);
  ok(["gave", "ben", "a review of his deck", "--on", "2026-11-02"]);
  ok(["add", "Cy Lee", "--title", "Senior Product Designer", "--company", "Globex"]);
  ok(["add", "Dee Park", "--tag", "designers"]);
  ok(["add", "Eve Moss", "--offers", "accounting"]);
}

describe("net who", () => {
  it("an offer beats a title, a tag and a passing mention in a note, even from a deeper relationship", () => {
    network();
    const found = who("a", "product", "designer");
    expect(found.map((w) => w.person.name)).toEqual(["Ana Lima", "Cy Lee", "Ben Ng", "Dee Park"]);
    expect(found[0]).toMatchObject({ matched: ["offers: product design"], verdict: expect.any(String), depth: { tier: "contact" } });
    expect(found[2]!.depth.score).toBeGreaterThan(found[0]!.depth.score);
    expect(found[2]!.matched).toEqual(["note: his sister is a designer"]);
    expect(found[0]!.score).toBeGreaterThan(found[2]!.score);
  });

  it("gives each the net ask verdict for the size asked and its one next step", () => {
    network();
    const ana = who("design")[0]!;
    const ask = ok(["ask", "ana", "--json"]).json();
    expect(ana).toMatchObject({ verdict: ask.verdict, suggestion: ask.suggestion });
    const large = ok(["ask", "ben", "--size", "large", "--json"]).json();
    expect(who("designer", "--size", "large").find((w) => w.person.name === "Ben Ng")).toMatchObject({ verdict: large.verdict });
  });

  it("without words, works from your own needs (net me); an archived person is left out", () => {
    network();
    const none = net(["who"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("net me --needs");
    ok(["me", "--needs", "an accountant"]);
    expect(who().map((w) => w.person.name)).toEqual(["Eve Moss"]);
    ok(["archive", "eve"]);
    expect(who()).toEqual([]);
  });

  it("no one matching is exit 0 with a hint; a bad --size or --limit is exit 2 and writes nothing", () => {
    network();
    const r = net(["who", "a", "pilot"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("No one in the journal offers or mentions a pilot.");
    const before = exported();
    for (const args of [
      ["who", "design", "--size", "huge"],
      ["who", "design", "--limit", "0"],
      ["who", "the", "of"],
    ]) {
      const bad = net(args);
      expect(bad.code, args.join(" ")).toBe(2);
      expect(bad.stdout).toBe("");
    }
    expect(exported()).toBe(before);
  });
});
