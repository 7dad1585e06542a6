import { describe, expect, it } from "vitest";
import { structuredName } from "../../src/domain/structured-name.js";

// N worked out from a typed name: only where the name reads plainly, else the whole name as the family name.

const parts = (full: string) => {
  const n = structuredName(full);
  return [n.family, n.given, n.additional.join(" "), n.prefixes.join(" "), n.suffixes.join(" ")];
};

describe("structuredName", () => {
  it.each([
    ["Ana Souza", ["Souza", "Ana", "", "", ""]],
    ["Martin Luther King Jr.", ["King", "Martin", "Luther", "", "Jr."]],
    ["Thurston Howell III", ["Howell", "Thurston", "", "", "III"]],
    ["Dr. Jane Goodall", ["Goodall", "Jane", "", "Dr.", ""]],
    ["Anne du Pont", ["du Pont", "Anne", "", "", ""]],
    ["Ludwig van Beethoven", ["van Beethoven", "Ludwig", "", "", ""]],
    ["Maria de la Cruz", ["de la Cruz", "Maria", "", "", ""]],
    ["Jan van der Berg", ["van der Berg", "Jan", "", "", ""]],
    ["Vincent Van Gogh", ["Van Gogh", "Vincent", "", "", ""]],
    ["Dr. Smith", ["Smith", "", "", "Dr.", ""]],
  ])("%s", (full, expected) => {
    expect(parts(full)).toEqual(expected);
  });

  it.each(["Cher", "山田 太郎", "김 민준", "Lee, Sam", "III"])("leaves %j whole as the family name when unsure", (full) => {
    expect(parts(full)).toEqual([full, "", "", "", ""]);
  });
});
