import { describe, expect, it } from "vitest";
import { journalPerTest } from "../support/journal-per-test.js";

const { net, ok, exported } = journalPerTest("2026-12-04");

describe("needs and offers", () => {
  it("net add and net edit keep them as phrases, in order, once each; show and --json carry them", () => {
    ok(["add", "Ana Lima", "--needs", "a product designer", "--needs", "  seed   investors ", "--offers", "fintech expertise"]);
    const edited = ok([
      "edit",
      "ana",
      "--needs",
      "A Product Designer",
      "--unneed",
      "SEED INVESTORS",
      "--offers",
      "intros to banks",
      "--json",
    ]).json();
    expect(edited).toMatchObject({ needs: ["a product designer"], offers: ["fintech expertise", "intros to banks"] });
    const shown = ok(["show", "ana"]).stdout;
    expect(shown).toMatch(/needs\s+a product designer\n/);
    expect(shown).toMatch(/offers\s+fintech expertise; intros to banks\n/);
    expect(ok(["people", "--json"]).json()[0]).toMatchObject({ needs: ["a product designer"] });
  });

  it("--unneed of a phrase they do not have says so, and still changes the rest", () => {
    ok(["add", "Ana Lima", "--offers", "fintech"]);
    const r = ok(["edit", "ana", "--unoffer", "fintech", "--unneed", "a CFO"]);
    expect(r.stderr).toContain('Note: Ana Lima had no need "a CFO".');
    expect(ok(["show", "ana", "--json"]).json().offers).toEqual([]);
  });

  it("a phrase on two lines, empty or of an essay's length is exit 2 and writes nothing", () => {
    ok(["add", "Ana Lima"]);
    const before = exported();
    for (const [flag, value, message] of [
      ["--needs", "a\nb", "--needs"],
      ["--offers", "x".repeat(121), "a need or offer is a short phrase (at most 120)"],
    ] as const) {
      const r = net(["edit", "ana", flag, value]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(message);
    }
    const misfit = net(["edit", "c1", "--needs", "x"]);
    expect(misfit.code).toBe(2);
    expect(misfit.stderr).toContain("--needs does not fit c1");
    expect(exported()).toBe(before);
  });

  it("an undo takes back the needs an edit added", () => {
    ok(["add", "Ana Lima"]);
    ok(["edit", "ana", "--needs", "a designer"]);
    ok(["undo"]);
    expect(ok(["show", "ana", "--json"]).json().needs).toEqual([]);
  });

  it("a merge keeps both people's needs and offers, each phrase once", () => {
    ok(["add", "Ana Lima", "--needs", "a designer"]);
    ok(["add", "Ana L.", "--needs", "A designer", "--offers", "fintech"]);
    ok(["merge", "Ana Lima", "Ana L.", "--yes"]);
    expect(ok(["show", "Ana Lima", "--json"]).json()).toMatchObject({ needs: ["a designer"], offers: ["fintech"] });
  });

  it("CSV and vCard exports carry them, and net's own files bring them back", () => {
    ok(["add", "Ana Lima", "--needs", "a designer; part-time", "--offers", "=fintech"]);
    const csv = ok(["export", "csv"]).stdout;
    expect(csv.split("\n")[0]).toContain(",links,needs,offers,");
    expect(csv).toContain("a designer\\; part-time,'=fintech");
    const card = ok(["export", "vcard"]).stdout;
    expect(card).toContain("X-NET-NEED:a designer; part-time\r\n");
    expect(card).toContain("X-NET-OFFER:=fintech\r\n");
  });
});

describe("net me", () => {
  it("keeps what you need and offer, shows it, and undo takes it back", () => {
    const empty = ok(["me"]);
    expect(empty.stderr).toContain("You have not said what you need or can offer yet.");
    expect(ok(["me", "--json"]).json()).toEqual({ needs: [], offers: [] });
    ok(["me", "--needs", "a seed investor", "--offers", "product strategy", "--offers", "intros to designers"]);
    expect(ok(["me"]).stdout).toMatch(/You need\s+a seed investor\nYou offer\s+product strategy; intros to designers/);
    ok(["me", "--unoffer", "Product Strategy"]);
    expect(ok(["me", "--json"]).json()).toEqual({ needs: ["a seed investor"], offers: ["intros to designers"] });
    ok(["undo"]);
    expect(ok(["me", "--json"]).json().offers.sort()).toEqual(["intros to designers", "product strategy"]);
    const before = exported();
    const bad = net(["me", "--offers", "a\nb"]);
    expect(bad.code).toBe(2);
    expect(exported()).toBe(before);
    expect(JSON.parse(before).me.needs).toEqual(["a seed investor"]);
  });
});
