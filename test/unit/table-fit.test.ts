import { describe, expect, it } from "vitest";
import { columnCaps, columns, displayWidth, fitTable, type Give } from "../../src/ui/table.js";

const HEAD = ["name", "role", "tier", "depth", "last contact", "tags"];
const ROWS = [
  ["#1 Maximiliano Fernández-Villanueva", "Senior Vice President of Strategic Partnerships at IBM", "contact", "20", "2026-09-01", "vip"],
  ["#2 山田 太郎", "部長 🎉 at 株式会社テスト", "close", "71", "today", ""],
];
const ALIGN = ["left", "left", "left", "right", "left", "left"] as const;
const GIVE: Give = {
  dropFirst: [5, 3],
  shorten: [
    [1, 10, 30],
    [0, 14, 24],
  ],
  dropLast: [4],
  keep: 3,
};
const lines = (text: string) => text.split("\n");

describe("a table fitted to the line", () => {
  it("keeps every column when the line is wide enough", () => {
    const text = fitTable(HEAD, ROWS, ALIGN, GIVE, 200);
    expect(lines(text)[0]).toMatch(/name +role +tier +depth +last contact +tags/);
    expect(text).not.toContain("…");
  });

  it.each([40, 60, 80, 100])("fits %i cells: no line is wider", (width) => {
    for (const line of lines(fitTable(HEAD, ROWS, ALIGN, GIVE, width))) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });

  it("drops the least important columns first, then cuts long cells with …, and the last contact goes last", () => {
    const at80 = lines(fitTable(HEAD, ROWS, ALIGN, GIVE, 80));
    expect(at80[0]).not.toContain("tags");
    expect(at80[0]).not.toContain("depth");
    expect(at80[0]).toContain("last contact");
    expect(at80[1]).toContain("…");
    const at40 = lines(fitTable(HEAD, ROWS, ALIGN, GIVE, 40));
    expect(at40[0]).not.toContain("last contact");
    expect(at40[0]).toContain("tier");
  });

  it("without a limit the rows stay whole", () => {
    expect(fitTable(HEAD, ROWS, ALIGN, GIVE, Number.POSITIVE_INFINITY)).toContain("Senior Vice President of Strategic Partnerships at IBM");
  });
});

describe("aligned columns on a narrow line", () => {
  it("wrap their widest column at words, hanging under that column", () => {
    const text = columns(
      [["  2026-09-01", "c1", "a long note about the partnership program and the renewal of the contract"]],
      undefined,
      50,
    );
    const [first, ...rest] = lines(text);
    expect(first!.startsWith("  2026-09-01  c1  a long note")).toBe(true);
    const column = first!.indexOf("a long");
    for (const line of rest) expect(line.slice(0, column).trim()).toBe("");
    for (const line of lines(text)) expect(displayWidth(line)).toBeLessThanOrEqual(50);
    expect(
      lines(text)
        .map((l) => l.trim())
        .join(" "),
    ).toContain("partnership program and the renewal");
  });
});

describe("columns too wide for the line", () => {
  it("cut the widest alone when the others leave it room enough, else the widest to one common width", () => {
    const inf = Number.POSITIVE_INFINITY;
    expect(columnCaps([10, 20, 30], 100)).toEqual([inf, inf, inf]);
    // Only the widest needs cutting: it gets what the others leave.
    expect(columnCaps([10, 20, 60], 60)).toEqual([inf, inf, 30]);
    // A long name beside a long note: the note alone is wrapped while it keeps 24 cells or more.
    expect(columnCaps([4, 32, 10, 72], 72)).toEqual([inf, inf, inf, 26]);
    // Cutting the widest alone would leave it too narrow: both wide columns are cut to the same width.
    expect(columnCaps([12, 3, 28, 70], 54)).toEqual([inf, inf, 19, 19]);
    // Narrower than a readable column: the line's own wrap is left to do it.
    expect(columnCaps([30, 30, 30], 30)).toBeNull();
  });

  it("wrap each cut cell under its own column, so no line is wider than the width", () => {
    const rows = [
      ["  2026-11-21", "c1", "in person (they reached out)", "Lunch. She is building a platform team and wants senior SREs."],
      ["  2026-10-22", "l3", "you gave", "reviewed her conference talk (medium)"],
    ];
    const out = columns(rows, undefined, 60);
    const lines = out.split("\n");
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(60);
    const noteAt = lines[0]!.indexOf("Lunch");
    // Every later line of a wrapped note starts under the note, never under the row.
    for (const line of lines.filter((l) => l.startsWith(" ".repeat(noteAt)))) expect(line.slice(noteAt)).not.toMatch(/^ /);
    expect(out.replace(/\s+/g, " ")).toContain(
      "Lunch. She is building a platform team and wants senior SREs.".replace(/\s+/g, " ").slice(0, 12),
    );
    expect(lines.some((l) => /^\s+reached out\)/.test(l))).toBe(true);
  });
});
