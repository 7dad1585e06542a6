import { describe, expect, it } from "vitest";
import { runsOf } from "../../src/db/undo.js";

describe("runsOf: the keys of a step as ranges", () => {
  it("folds consecutive numbers into runs, in order, whatever order they came in", () => {
    expect(runsOf([7, 1, 3, 2, 2])).toEqual([
      [1, 3],
      [7, 7],
    ]);
    expect(runsOf([])).toEqual([]);
  });

  it("gives up on text keys and on keys scattered over more than 64 runs", () => {
    expect(runsOf(["a@b.example"])).toBeNull();
    expect(runsOf(Array.from({ length: 65 }, (_, i) => i * 2))).toBeNull();
    expect(runsOf(Array.from({ length: 64 }, (_, i) => i * 2))).toHaveLength(64);
  });
});
