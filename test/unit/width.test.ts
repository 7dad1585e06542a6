import { expect, test } from "vitest";
import { displayWidth } from "../../src/ui/table.js";
import { fitLines, outputWidth, truncate, wrap } from "../../src/ui/width.js";

const widest = (text: string) => Math.max(...text.split("\n").map(displayWidth));

test("the width is the terminal's, else a positive COLUMNS, else no limit", () => {
  expect(outputWidth({ COLUMNS: "60" }, { isTTY: true, columns: 100 })).toBe(100);
  expect(outputWidth({ COLUMNS: "60" }, {})).toBe(60);
  expect(outputWidth({ COLUMNS: "0" }, {})).toBe(Number.POSITIVE_INFINITY);
  expect(outputWidth({ COLUMNS: "wide" }, {})).toBe(Number.POSITIVE_INFINITY);
  expect(outputWidth({}, {})).toBe(Number.POSITIVE_INFINITY);
});

test("prose wraps at word boundaries with a hanging indent under its label", () => {
  const text = wrap("note she is hiring a designer for the new climate team", 24, { hanging: "     " });
  expect(text).toBe("note she is hiring a\n     designer for the\n     new climate team");
  expect(widest(text)).toBeLessThanOrEqual(24);
});

test("CJK and emoji take two cells, combining marks none, colour codes none", () => {
  const text = wrap("你好 你好 🎉🎉 café cafe\u0301 \x1b[31mred\x1b[39m words", 10);
  expect(widest(text)).toBeLessThanOrEqual(10);
  expect(text.split(/\s+/)).toContain("cafe\u0301");
  expect(text).toContain("\x1b[31mred\x1b[39m");
});

test("a word longer than the line is broken only as a last resort", () => {
  const text = wrap("a supercalifragilisticexpialidocious b", 10, { hanging: "  " });
  expect(widest(text)).toBeLessThanOrEqual(10);
  expect(text.replace(/\s+/g, "")).toBe("asupercalifragilisticexpialidociousb");
  expect(text.split("\n")[0]).toBe("a");
});

test("truncate ends in … measured in cells", () => {
  expect(truncate("Ana Souza", 20)).toBe("Ana Souza");
  expect(truncate("Ana Souza", 5)).toBe("Ana …");
  expect(displayWidth(truncate("你好你好你好", 5))).toBeLessThanOrEqual(5);
  expect(truncate("你好你好你好", 5)).toBe("你好…");
  expect(displayWidth(truncate("🎉🎉🎉", 4))).toBeLessThanOrEqual(4);
});

test("fitLines keeps short lines and wraps long ones under their own indent; no limit leaves text alone", () => {
  const long = `  note ${"word ".repeat(30)}`.trimEnd();
  const fitted = fitLines(`title\n${long}`, 40);
  expect(widest(fitted)).toBeLessThanOrEqual(40);
  expect(fitted.split("\n")[0]).toBe("title");
  expect(
    fitted
      .split("\n")
      .slice(2)
      .every((l) => l.startsWith("    ")),
  ).toBe(true);
  expect(fitLines(long, Number.POSITIVE_INFINITY)).toBe(long);
});

test("fitLines hangs a wrapped line under its label, or under the last column that starts in its first half", () => {
  const next = fitLines("Next: get in touch with Ben Ng without asking for anything, and log it with net log ben.", 40);
  expect(
    next
      .split("\n")
      .slice(1)
      .every((l) => l.startsWith("      ") && l[6] !== " "),
  ).toBe(true);
  const row = fitLines("  Hannah Becker  connection  last contact Wed 27 May, 130 days over the cadence", 50);
  const at = row.indexOf("connection");
  expect(
    row
      .split("\n")
      .slice(1)
      .every((l) => l.startsWith(" ".repeat(at)) && l[at] !== " "),
  ).toBe(true);
  expect(widest(row)).toBeLessThanOrEqual(50);
  // A label in colour hangs the same: the codes have no width.
  const bold = fitLines("\x1b[1mNext:\x1b[22m get in touch with Ben Ng without asking for anything, and log it.", 40);
  expect(bold.split("\n")[1]).toMatch(/^ {6}\S/);
  // No label: two cells in from the line's own indent.
  expect(fitLines(`  ${"word ".repeat(20)}`.trimEnd(), 30).split("\n")[1]).toMatch(/^ {4}word/);
});
