import { describe, expect, it } from "vitest";
import { coverage, indexPrefixOf, stemsOf, suggestIntros, whoMatch, whoScore } from "../../src/domain/connector.js";
import { rhythmColdness, usualGap } from "../../src/domain/due.js";
import { newPhrases, phraseOf, phrasesNamed } from "../../src/domain/needs-offers.js";
import { fts5Query, plainSnippet, readTerms, snippetOf } from "../../src/domain/search.js";

describe("search terms", () => {
  it("reads bare words as prefixes and quoted phrases as whole words, folding case and accents", () => {
    expect(readTerms(["Zürich", '"product designer"', "fin-tech"])).toEqual([
      { words: ["zurich"], prefix: true },
      { words: ["product", "designer"], prefix: false },
      { words: ["fin"], prefix: true },
      { words: ["tech"], prefix: true },
    ]);
    expect(readTerms(["!!", "--"])).toEqual([]);
  });

  it("quotes every term for FTS5, so no word is read as an operator", () => {
    expect(fts5Query(readTerms(["NOT", "or", '"a b"']), false)).toBe('"not"* AND "or"* AND "a b"');
    expect(fts5Query(readTerms(["x", "y"]), true)).toBe('"x"* OR "y"*');
  });

  it("marks every match in a snippet, whatever the accents, and cuts long text with …", () => {
    const pieces = snippetOf("Met Ana in ZÜRICH; zurich again", readTerms(["zurich"]));
    expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(["ZÜRICH", "zurich"]);
    expect(plainSnippet(snippetOf("a\nb  c", readTerms(["b"])))).toBe("a b c");
    const long = Array.from({ length: 30 }, (_, i) => `w${i}`).join(" ");
    expect(plainSnippet(snippetOf(long, readTerms(["w20"])))).toBe("…w17 w18 w19 w20 w21 w22 w23 w24 w25 w26 w27 w28…");
  });
});

describe("needs and offers as phrases", () => {
  it("keeps each phrase once, case, accents and spacing aside", () => {
    expect(newPhrases(["Café owners"], ["cafe  OWNERS", " a designer ", "A designer", ""])).toEqual(["a designer"]);
    expect(phraseOf("a\u0085b\n c")).toBe("a b c");
    expect(phrasesNamed(["Seed investors", "a CFO"], ["SEED INVESTORS", "a CTO"])).toEqual({
      found: ["Seed investors"],
      missing: ["a CTO"],
    });
  });
});

describe("matching needs with offers", () => {
  it("stems words and leaves out the little ones", () => {
    expect(stemsOf("Someone to help with the designers of my app")).toEqual(["design", "app"]);
    expect(coverage(stemsOf("a product designer"), "product design")).toBe(1);
    expect(coverage(stemsOf("a product designer"), "interior design")).toBe(0.5);
    expect(indexPrefixOf("strategy")).toBe("strateg");
  });

  it("an offer covering the need beats a note mentioning it, whatever the depth", () => {
    const need = stemsOf("product designer");
    const offer = whoMatch(need, { offers: ["product design"] });
    const note = whoMatch(need, { note: ["her brother is a product designer"] });
    expect(offer).toEqual({ match: 1, matched: ["offers: product design"] });
    expect(note.match).toBeCloseTo(0.2);
    expect(whoScore(offer.match, 0)).toBeGreaterThan(whoScore(note.match, 100));
  });

  it("suggests a pair either way round, never a person with themself nor a pair already introduced", () => {
    const people = [
      { id: 1, name: "Ana", needs: ["a product designer"], offers: ["intros to banks"], depthScore: 40 },
      { id: 2, name: "Bruno", needs: ["bank intros"], offers: ["product design"], depthScore: 60 },
      { id: 3, name: "Cy", needs: ["a designer"], offers: ["designers"], depthScore: 50 },
    ];
    const all = suggestIntros(people, new Set());
    expect(all.map((s) => `${s.a.name}+${s.b.name}`)).toEqual(["Ana+Bruno", "Cy+Bruno", "Ana+Cy"]);
    expect(all[0]).toMatchObject({
      forA: { needs: "a product designer", offers: "product design" },
      forB: { needs: "bank intros", offers: "intros to banks" },
    });
    expect(all.every((s) => s.a.id !== s.b.id)).toBe(true);
    expect(suggestIntros(people, new Set(["1:2", "2:3", "1:3"]))).toEqual([]);
  });
});

describe("going cold by rhythm", () => {
  const person = { id: 1, name: "Ana" };
  it("takes the median of the recent gaps", () => {
    expect(usualGap(["2026-03-31", "2026-03-21", "2026-03-11", "2026-01-01"])).toBe(10);
    expect(usualGap(["2026-03-31"])).toBeNull();
  });

  it("needs three conversation days, twice the usual gap and 30 days", () => {
    const days = ["2026-06-30", "2026-06-20", "2026-06-10"];
    expect(rhythmColdness("2026-07-30", { person, lastContact: days[0]!, recentDays: days })).toBeNull();
    expect(rhythmColdness("2026-08-01", { person, lastContact: days[0]!, recentDays: days })).toMatchObject({
      reason: "rhythm",
      usualGapDays: 10,
      daysOver: 2,
    });
    expect(rhythmColdness("2027-01-01", { person, lastContact: days[0]!, recentDays: days.slice(0, 2) })).toBeNull();
    // A slow rhythm: every 40 days, so cold only past 80.
    const slow = ["2026-06-30", "2026-05-21", "2026-04-11"];
    expect(rhythmColdness("2026-09-17", { person, lastContact: slow[0]!, recentDays: slow })).toBeNull();
    expect(rhythmColdness("2026-09-20", { person, lastContact: slow[0]!, recentDays: slow })).toMatchObject({ daysOver: 2 });
  });
});
