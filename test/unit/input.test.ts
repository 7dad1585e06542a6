import { describe, expect, test } from "vitest";
import { lineProblem, NAME_MAX_CHARS, nameProblem, NOTE_MAX_BYTES, noteProblem, readId, trimInvisible } from "../../src/domain/input.js";

describe("trimInvisible", () => {
  test.each([
    ["\u200bAna\u200b", "Ana"],
    ["\ufeff Ana Souza \u00ad", "Ana Souza"],
    ["\u200e\u202eAna\u2066\u2069", "Ana"],
    ["\u2060\u3000Ana\t\n", "Ana"],
    ["\u200b", ""],
  ])("%j → %j", (text, trimmed) => {
    expect(trimInvisible(text)).toBe(trimmed);
  });

  test("keeps what is inside: a joiner in an emoji, a zero-width space between words", () => {
    expect(trimInvisible("👩\u200d💻 Dev")).toBe("👩\u200d💻 Dev");
    expect(trimInvisible("Ana\u200bSouza")).toBe("Ana\u200bSouza");
  });
});

describe("nameProblem", () => {
  test("a good name has none, however its ends are padded", () => {
    for (const name of ["Ana Souza", "José Peña", "李小龍", "O'Brien-Smith", "\u200bAna\u200b", "3M"]) expect(nameProblem(name)).toBeNull();
  });

  test.each([
    ["", "empty"],
    ["   ", "empty"],
    ["\u200b", "invisible"],
    ["\u200c\u200d\u2060\u00ad\u200e\u200f\u202e\u2066", "invisible"],
    ["Ana\nSouza", "line break"],
    ["Ana\rSouza", "line break"],
    ["Ana\u2028Souza", "line break"],
    ["Ana\u2029Souza", "line break"],
    ["Ana\u0085Souza", "line break"],
    ["12", "id"],
    ["#12", "id"],
  ])("%j is %s", (name, kind) => {
    expect(nameProblem(name)?.kind).toBe(kind);
  });

  test("300 characters is the most, counted as a person counts them (an emoji is one)", () => {
    expect(nameProblem("N".repeat(NAME_MAX_CHARS))).toBeNull();
    expect(nameProblem("😀".repeat(NAME_MAX_CHARS))).toBeNull();
    expect(nameProblem("N".repeat(NAME_MAX_CHARS + 1))).toEqual({
      kind: "too long",
      words: "is 301 characters long, over the limit of 300",
    });
    expect(nameProblem("😀".repeat(NAME_MAX_CHARS + 1))?.kind).toBe("too long");
  });
});

describe("lineProblem and noteProblem", () => {
  test("a one-line field is one line of at most 500 characters", () => {
    expect(lineProblem("c".repeat(500))).toBeNull();
    expect(lineProblem(" Acme \n")).toBeNull();
    expect(lineProblem("c".repeat(501))).toBe("is 501 characters long, over the limit of 500");
    expect(lineProblem("Acme\r\nEMAIL:x@evil.example")).toBe("has a line break (it must be one line)");
  });

  test("a note is at most 64 KB of UTF-8, and may have line breaks", () => {
    expect(noteProblem("a".repeat(NOTE_MAX_BYTES))).toBeNull();
    expect(noteProblem("line one\nline two")).toBeNull();
    expect(noteProblem("a".repeat(NOTE_MAX_BYTES + 1))).toBe("is 64.1 KB (65,537 bytes), over the limit of 64 KB");
    // 21,846 characters of three bytes each: short in characters, over the limit in bytes.
    expect(noteProblem("€".repeat(21_846))).toBe("is 64.1 KB (65,538 bytes), over the limit of 64 KB");
    expect(noteProblem("€".repeat(21_845))).toBeNull();
  });
});

describe("readId", () => {
  test.each([
    ["12", { digits: "12", id: 12 }],
    [" #12 ", { digits: "12", id: 12 }],
    ["#007", { digits: "7", id: 7 }],
    ["0", { digits: "0", id: null }],
    ["9007199254740991", { digits: "9007199254740991", id: 9007199254740991 }],
    ["9007199254740992", { digits: "9007199254740992", id: null }],
    ["99999999999999999999", { digits: "99999999999999999999", id: null }],
  ])("%j is %j", (text, typed) => {
    expect(readId(text)).toEqual(typed);
  });

  test.each(["1e3", "#12.5", "-1", "0x10", "12b", "", "#", "١٢"])("%j is not an id", (text) => {
    expect(readId(text)).toBeNull();
  });
});
