import { describe, expect, test } from "vitest";
import { closeNameDistance, closeNames, nameKey } from "../../src/domain/names.js";

const close = (a: string, b: string) => closeNameDistance(nameKey(a), nameKey(b));

describe("closeNameDistance", () => {
  test("the same name with other accents, case or spacing is 0 apart", () => {
    expect(close("José Álvarez", "jose  alvarez")).toBe(0);
    expect(close("ANA SOUZA", "Ana Souza")).toBe(0);
  });

  test("one or two letters off in a long enough name is close", () => {
    expect(close("Jon Smith", "John Smith")).toBe(1);
    expect(close("Jon Smth", "John Smith")).toBe(2);
    expect(close("Ana Sousa", "Ana Souza")).toBe(1);
  });

  test("three letters off is not close", () => {
    expect(close("Jon Smt", "John Smith")).toBeNull();
    expect(close("Dana White", "Dana Whitfield")).toBeNull();
  });

  test("short names need to be closer: two changes only from 6 letters, one from 3, none below", () => {
    expect(close("Al", "Bo")).toBeNull();
    expect(close("Al", "Ali")).toBeNull();
    expect(close("Ana", "Ava")).toBe(1);
    expect(close("Ben Ng", "Bo Ng")).toBeNull(); // 4 letters in the shorter: one change at most
    expect(close("Ben Ng", "Ken Ng")).toBe(1);
    expect(close("Mia Lee", "Mila Le")).toBe(2);
    expect(close("Al", "al")).toBe(0);
  });
});

describe("closeNames", () => {
  const people = [
    { id: 1, name: "John Smith" },
    { id: 2, name: "Jon Smyth" },
    { id: 3, name: "Ana Souza" },
    { id: 4, name: "JOHN SMITH" },
  ];
  test("lists the people a new name may already be, closest first", () => {
    expect(closeNames("Jon Smith", people).map((p) => p.id)).toEqual([1, 2, 4]);
    expect(closeNames("john smith", people).map((p) => p.id)).toEqual([1, 4, 2]);
    expect(closeNames("Carla Reis", people)).toEqual([]);
  });
});
