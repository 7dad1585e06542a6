import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guarded, joinedList, splitList, unguarded } from "../../src/formats/csv-cells.js";

// The formula guard and the list cells of net's CSV: what a spreadsheet would run is written with a leading ', and
// reading takes exactly that off again.

describe("the formula guard", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+351 912 345 678", "'+351 912 345 678"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["'=x", "''=x"],
    ["''+1", "'''+1"],
  ])("%j is written %j", (value, cell) => {
    expect(guarded(value)).toBe(cell);
    expect(unguarded(cell)).toBe(value);
  });

  it.each(["Ana", "a=b", "'quoted'", "'", "", " =1", "é"])("%j is written as it is", (value) => {
    expect(guarded(value)).toBe(value);
    expect(unguarded(value)).toBe(value);
  });

  it("reading what was written gives back any text", () => {
    const text = fc.string({ unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'", "a", " ", "é") });
    fc.assert(
      fc.property(text, (t) => unguarded(guarded(t)) === t && !/^[=+\-@\t\r]/.test(guarded(t))),
      { numRuns: 2000 },
    );
  });
});

describe("a list cell", () => {
  it("joins with '; ' and escapes ; and \\ inside a value", () => {
    expect(joinedList(["a", "b;c", "d\\e"])).toBe("a; b\\;c; d\\\\e");
    expect(splitList("a; b\\;c; d\\\\e")).toEqual(["a", "b;c", "d\\e"]);
  });

  it("reads values trimmed and leaves out empty ones", () => {
    expect(splitList(" a ;; b;")).toEqual(["a", "b"]);
    expect(splitList("")).toEqual([]);
  });

  it("gives back any list of trimmed values", () => {
    const value = fc
      .string({ unit: fc.constantFrom(";", "\\", ",", " ", "a", "日", "\n") })
      .map((v) => v.trim())
      .filter((v) => v !== "");
    fc.assert(
      fc.property(fc.array(value, { maxLength: 5 }), (values) => {
        expect(splitList(joinedList(values))).toEqual(values);
      }),
      { numRuns: 2000 },
    );
  });
});
