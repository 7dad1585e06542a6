import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { readId } from "../../src/domain/input.js";
import { compareNames, nameKey, resolveName, searchNames, typedLike } from "../../src/domain/names.js";

const people = [
  { id: 1, name: "Ana Souza" },
  { id: 2, name: "Ben Ng" },
  { id: 3, name: "Chloé Martin" },
  { id: 4, name: "Benjamin Ortiz" },
  { id: 5, name: "Marta Díaz" },
];

const found = (query: string) => {
  const r = resolveName(query, people);
  return r.kind === "found" ? r.person.id : r.kind;
};

describe("resolveName", () => {
  test("an id, with or without #, finds that person", () => {
    expect(found("3")).toBe(3);
    expect(found("#5")).toBe(5);
    expect(readId(" #12 ")).toEqual({ digits: "12", id: 12 });
    expect(readId("12b")).toBeNull();
  });

  test("an unknown id is unknown with no suggestions", () => {
    expect(resolveName("#99", people)).toEqual({ kind: "unknown", suggestions: [] });
  });

  test("the exact name matches regardless of case, accents and spacing", () => {
    expect(found("chloe martin")).toBe(3);
    expect(found("  MARTA   DIAZ ")).toBe(5);
    expect(nameKey("Chloé  Martin")).toBe("chloe martin");
  });

  test("an exact name wins over people it is also a prefix of", () => {
    expect(found("ben ng")).toBe(2);
  });

  test("a unique prefix of the name or of any word finds the person", () => {
    expect(found("ana")).toBe(1);
    expect(found("chlo")).toBe(3);
    expect(found("ortiz")).toBe(4);
    expect(found("diaz")).toBe(5);
  });

  test("a close misspelling finds the person", () => {
    expect(found("chloe martn")).toBe(3);
    expect(found("souzza")).toBe(1);
  });

  test("a prefix shared by several people is ambiguous and lists them all", () => {
    const r = resolveName("ben", people);
    expect(r.kind).toBe("ambiguous");
    expect(r.kind === "ambiguous" && r.candidates.map((p) => p.id).sort()).toEqual([2, 4]);
    expect(resolveName("mart", people).kind).toBe("ambiguous");
  });

  test("a name far from everyone is unknown, with the closest names as suggestions", () => {
    const r = resolveName("zed", people);
    expect(r.kind).toBe("unknown");
    const far = resolveName("Xavier Quintana-Lopez", people);
    expect(far).toEqual({ kind: "unknown", suggestions: [] });
  });
});

describe("searchNames (the search-as-you-type list)", () => {
  test("exact first, then prefixes of the name, then of a word", () => {
    expect(searchNames("ben", people).map((p) => p.id)).toEqual([2, 4]);
    expect(searchNames("ma", people).map((p) => p.name)).toEqual(["Marta Díaz", "Chloé Martin"]);
  });

  test("close spellings are offered; nothing like the term is not", () => {
    expect(searchNames("souzza", people).map((p) => p.id)).toEqual([1]);
    expect(searchNames("qqqq", people)).toEqual([]);
  });

  test("an empty term lists the first names, up to the limit", () => {
    expect(searchNames("", people, 2)).toHaveLength(2);
  });
});

describe("suggestions for an unknown name", () => {
  test("on a tie, puts the name whose word starts like the query first", () => {
    const people = [
      { id: 1, name: "Ana Souza" },
      { id: 2, name: "Ben Li" },
      { id: 4, name: "zed" },
    ];
    const r = resolveName("bne", people);
    expect(r.kind).toBe("unknown");
    if (r.kind === "unknown") expect(r.suggestions[0]?.name).toBe("Ben Li");
  });
});

describe("did you mean: only names typed like the query", () => {
  const like = (query: string, name: string) => typedLike(nameKey(query), nameKey(name));
  const suggested = (query: string, names: string[]) => {
    const r = resolveName(
      query,
      names.map((name, i) => ({ id: i + 1, name })),
    );
    return r.kind === "unknown" ? r.suggestions.map((p) => p.name) : r.kind === "found" ? [r.person.name] : r.candidates.map((p) => p.name);
  };

  test("a shared first letters, a shared word or a letter or two off are alike", () => {
    expect(like("jon", "Jon Smith")).toBe(true);
    expect(like("jon", "John")).toBe(true);
    expect(like("smth", "Smith")).toBe(true);
    expect(like("jose", "José")).toBe(true);
    expect(like("okafro", "Ben Okafor")).toBe(true);
  });

  test("an unrelated name is not alike, however few letters apart", () => {
    expect(like("ana", "Ben Okafor")).toBe(false);
    expect(like("zed", "Ana Souza")).toBe(false);
    expect(like("bartholomew", "Christopher Nguyen")).toBe(false);
  });

  test("jon finds Jon Smith and John; smth finds Smith; jose finds José", () => {
    expect(suggested("jon", ["Jon Smith", "Ana Lima"])).toEqual(["Jon Smith"]);
    expect(suggested("jon", ["John", "Ana Lima"])).toEqual(["John"]);
    expect(suggested("smth", ["Kay Smith", "Ana Lima"])).toEqual(["Kay Smith"]);
    expect(suggested("jose", ["José Silva", "Ana Lima"])).toEqual(["José Silva"]);
  });

  test("ana never suggests Ben Okafor, nor a long unrelated name anyone", () => {
    expect(suggested("ana", ["Ben Okafor", "Zoe Kim"])).toEqual([]);
    expect(suggested("Xavier Quintana-Lopez", ["Ben Okafor", "Ana Souza", "Christopher Nguyen"])).toEqual([]);
    expect(suggested("bartholomew", ["Christopher Nguyen", "Bea"])).not.toContain("Christopher Nguyen");
  });
});

describe("compareNames", () => {
  test("orders names exactly as localeCompare does, plain English names and others alike", () => {
    const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -.éÉüÇçñÁ'ø";
    const name = fc.string({ unit: fc.constantFrom(...letters), maxLength: 12 });
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(Math.sign(compareNames(a, b))).toBe(Math.sign(a.localeCompare(b)));
      }),
      { numRuns: 5000 },
    );
    const names = [
      "ana souza",
      "Ana Souza",
      "Ana-Souza",
      "Ana Sousa",
      "Anabel",
      "ana",
      "Ángel Ruiz",
      "Zoë",
      "Zoe",
      "O'Brien",
      "Obrien",
      "de la Cruz",
      "De La Cruz",
      "van Dijk",
      "Ødegaard",
      "Łukasz",
      "Nancy Çelik",
      "Nancy Celik",
      "Aiko T. Weber",
      "Aiko T Weber",
      "Aiko Tweber",
      "Min-jun Traoré",
      "Min jun Traore",
    ];
    const expected = [...names].sort((a, b) => a.localeCompare(b));
    expect([...names].reverse().sort(compareNames)).toEqual(expected);
  });
});

describe("nameKey folds case the way people type it", () => {
  test("ß and SS, Σ and ς, accents and case are all alike", () => {
    expect(nameKey("Strauß")).toBe(nameKey("STRAUSS"));
    expect(nameKey("Ὀδυσσεύς")).toBe(nameKey("ΟΔΥΣΣΕΥΣ"));
    expect(nameKey("  Chloé   MARTIN ")).toBe("chloe martin");
  });
});
