import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonArrayBlocks, jsonDocumentBlocks } from "../../src/ui/output.js";

// Long lists and exports are written in blocks, one element at a time; joined, the blocks must be exactly what
// JSON.stringify(value, null, 2) and a newline would have written, for any JSON.

const text = (blocks: Iterable<Uint8Array>) => Buffer.concat([...blocks]).toString("utf8");
const whole = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe("JSON written in blocks", () => {
  it("an array, element by element, equals the whole array stringified", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), (items) => {
        expect(text(jsonArrayBlocks(items))).toBe(whole(items));
      }),
    );
  });

  it("a document's arrays, element by element, equal the whole document stringified", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.array(fc.jsonValue()), fc.jsonValue())), (document) => {
        expect(text(jsonDocumentBlocks(document))).toBe(whole(document));
      }),
    );
  });

  it("hands out several blocks for a long list, mapping each element as it goes", () => {
    const people = Array.from({ length: 3_000 }, (_, n) => ({ id: n, name: `Person ${n}\nwith a line break`, tags: ["a", "b"] }));
    const blocks = [...jsonArrayBlocks(people, (p) => ({ ...p, shown: true }))];
    expect(blocks.length).toBeGreaterThan(3);
    expect(text(blocks)).toBe(whole(people.map((p) => ({ ...p, shown: true }))));
    expect(text(jsonArrayBlocks([]))).toBe("[]\n");
    expect(text(jsonDocumentBlocks({}))).toBe("{}\n");
  });
});
