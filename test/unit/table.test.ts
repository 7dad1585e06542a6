import Table from "cli-table3";
import { describe, expect, it } from "vitest";
import { CLI_TABLE_ROWS, columns, displayWidth, table } from "../../src/ui/table.js";

// Short headed tables are drawn by cli-table3, long ones and the daily lists by the padder: the two must look the same,
// so a table never changes layout when it grows past the row limit.

function drawnByCliTable(head: string[], rows: string[][], align: ("left" | "right")[]): string {
  const t = new Table({
    head,
    chars: {
      top: "",
      "top-mid": "",
      "top-left": "",
      "top-right": "",
      bottom: "",
      "bottom-mid": "",
      "bottom-left": "",
      "bottom-right": "",
      left: "",
      "left-mid": "",
      mid: "",
      "mid-mid": "",
      right: "",
      "right-mid": "",
      middle: "  ",
    },
    style: { head: [], border: [], "padding-left": 0, "padding-right": 0 },
    colAligns: align,
  });
  for (const row of rows) t.push(row);
  return t
    .toString()
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
}

const names = [
  "Ana Souza",
  "José Müller",
  "山田 太郎",
  "Zoë\u0301 Ode",
  "\u001b[33mBen (archived)\u001b[39m",
  "Chloé 🌱",
  "Kim\nseveral lines",
];
const sample = (length: number) =>
  Array.from({ length }, (_, n) => [
    `#${n + 1} ${names[n % names.length]}`,
    n % 3 === 0 ? "CTO at Acme" : "",
    String(n % 97),
    n % 5 === 0 ? "" : "climate, design",
  ]);
const head = ["name", "company / title", "depth", "tags"];
const align: ("left" | "right")[] = ["left", "left", "right", "left"];

describe("table", () => {
  it("draws a short table with cli-table3 and pads the same table identically, accents, CJK, emoji, colour and line breaks included", () => {
    const rows = sample(CLI_TABLE_ROWS);
    const drawn = table(head, rows, align);
    expect(drawn).toBe(drawnByCliTable(head, rows, align));
    expect(columns([head, ...rows], align)).toBe(drawn);
  });

  it("draws a long table exactly as cli-table3 would", () => {
    const rows = sample(CLI_TABLE_ROWS * 2 + 50);
    expect(table(head, rows, align)).toBe(drawnByCliTable(head, rows, align));
  });

  it("keeps the layout when a table grows past the row limit", () => {
    const below = table(head, sample(CLI_TABLE_ROWS), align).split("\n");
    const above = table(head, sample(CLI_TABLE_ROWS + 1), align).split("\n");
    expect(above.slice(0, below.length)).toEqual(below);
  });

  it("measures cells as a terminal shows them", () => {
    expect(displayWidth("Ana Souza")).toBe(9);
    expect(displayWidth("\u001b[31mred\u001b[39m")).toBe(3);
    expect(displayWidth("Zoë\u0301")).toBe(3);
    expect(displayWidth("Zoë Ñúñez-Şahin")).toBe(15);
    expect(displayWidth("\u001b[2mŁukasz Nowak\u001b[22m")).toBe(12);
    expect(displayWidth("山田")).toBe(4);
    expect(displayWidth("🌱 ok")).toBe(5);
  });
});
