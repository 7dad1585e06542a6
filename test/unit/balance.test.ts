import { describe, expect, it } from "vitest";
import { balanceOf, balancesByPerson, weightOf } from "../../src/domain/balance.js";
import { giveAndTake, networkTiers, percentOf } from "../../src/domain/stats.js";

// Give and take, weighed by size (small 1, medium 2, large 4), the same way in balance, depth and stats.

const ana = { id: 1, name: "Ana" };
const ben = { id: 2, name: "Ben" };
const cy = { id: 3, name: "Cy" };

describe("balance", () => {
  it("weighs each entry by its size", () => {
    expect(
      weightOf([
        { size: "small", count: 3 },
        { size: "medium", count: 1 },
        { size: "large", count: 2 },
      ]),
    ).toBe(13);
    expect(
      balanceOf([
        { direction: "gave", size: "large", count: 1 },
        { direction: "got", size: "medium", count: 3 },
      ]),
    ).toEqual({ given: 4, received: 6, net: -2 });
  });

  it("lists everyone by person, those you have leaned on most first", () => {
    const rows = balancesByPerson([
      { person: ana, direction: "gave", size: "medium", count: 1 },
      { person: ben, direction: "got", size: "large", count: 1 },
      { person: ana, direction: "got", size: "small", count: 1 },
      { person: cy, direction: "got", size: "small", count: 4 },
    ]);
    expect(rows).toEqual([
      { person: ben, balance: { given: 0, received: 4, net: -4 } },
      { person: cy, balance: { given: 0, received: 4, net: -4 } },
      { person: ana, balance: { given: 2, received: 1, net: 1 } },
    ]);
  });
});

describe("stats", () => {
  it("counts gives against takes with their weight and the net", () => {
    expect(
      giveAndTake([
        { direction: "gave", size: "medium", count: 2 },
        { direction: "got", size: "large", count: 1 },
        { direction: "got", size: "small", count: 1 },
      ]),
    ).toEqual({
      gave: { count: 2, weight: 4 },
      got: { count: 2, weight: 5 },
      net: -1,
    });
    expect(giveAndTake([])).toEqual({ gave: { count: 0, weight: 0 }, got: { count: 0, weight: 0 }, net: 0 });
  });

  it("shares are whole percentages, and nothing when there is nobody", () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBeNull();
  });
});

describe("networkTiers", () => {
  it("counts those with a history by their tier and everyone else in the given tier", () => {
    expect(networkTiers(["inner", "contact", "connection", "inner"], 10, "contact")).toEqual({
      contact: 7,
      acquaintance: 0,
      connection: 1,
      inner: 2,
    });
    expect(networkTiers([], 3, "contact")).toEqual({ contact: 3, acquaintance: 0, connection: 0, inner: 0 });
  });
});
