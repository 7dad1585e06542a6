import type Table from "cli-table3";
import { createRequire } from "node:module";
import { stripVTControlCharacters } from "node:util";
import { PRINTABLE_ASCII } from "./visible.js";

// Headed tables are drawn by cli-table3 while they are short. Longer ones, and the aligned lists of the daily commands,
// are padded here to the same borderless layout: cli-table3 spends about 30 µs a cell, lays rows out in quadratic time
// (30,000 people took minutes) and costs about 10 ms to load, which due, ask, show and log never pay.
const SEPARATOR = "  ";
/** Up to this many rows cli-table3 stays fast; beyond it the padder draws the same layout. */
export const CLI_TABLE_ROWS = 200;

export type Align = "left" | "right";

const BORDERLESS = {
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
  middle: SEPARATOR,
};

let TableClass: typeof Table | undefined;
// Loaded on first use (not bundled), so commands that only print aligned lists never load it.
const cliTable = () => (TableClass ??= createRequire(import.meta.url)("cli-table3") as typeof Table);

/** A borderless table with a header row, aligned for reading in a terminal; a cell may span several lines. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], align?: readonly Align[]): string {
  if (rows.length > CLI_TABLE_ROWS) return columns(head.length > 0 ? [head, ...rows] : rows, align);
  const Table = cliTable();
  const drawn = new Table({
    head: [...head],
    chars: BORDERLESS,
    style: { head: [], border: [], "padding-left": 0, "padding-right": 0 },
    ...(align ? { colAligns: [...align] } : {}),
  });
  for (const row of rows) drawn.push([...row]);
  return drawn
    .toString()
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
}

/** Rows padded into aligned columns (no header), exactly as cli-table3 would lay them out; fast for any number of rows. */
export function columns(rows: readonly (readonly string[])[], align?: readonly Align[]): string {
  return padded(rows.flatMap(lines), align);
}

/** A row whose cells hold line breaks becomes several rows, each cell's lines top-aligned. */
function lines(row: readonly string[]): (readonly string[])[] {
  if (!row.some((cell) => cell.includes("\n"))) return [row];
  const split = row.map((cell) => cell.split("\n"));
  const height = Math.max(...split.map((cell) => cell.length));
  return Array.from({ length: height }, (_, i) => split.map((cell) => cell[i] ?? ""));
}

function padded(rows: readonly (readonly string[])[], align?: readonly Align[]): string {
  // Plain loops and one string a line: due lays out hundreds of rows, mostly before the code is hot.
  const measured = rows.map((row) => row.map((cell) => displayWidth(cell)));
  const widths: number[] = [];
  for (const row of measured) for (let i = 0; i < row.length; i++) widths[i] = Math.max(widths[i] ?? 0, row[i]!);
  const lines: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    let line = "";
    for (let i = 0; i < widths.length; i++) {
      const cell = rows[r]![i] ?? "";
      const space = " ".repeat(widths[i]! - (measured[r]![i] ?? 0));
      line += (i === 0 ? "" : SEPARATOR) + (align?.[i] === "right" ? space + cell : cell + space);
    }
    lines.push(line.trimEnd());
  }
  return lines.join("\n");
}

const BEFORE_MARKS = /^[\0-\u02ff]*$/;
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each mark and variation selector is tested alone, as one code point
const ZERO_WIDTH = /[\p{M}\u200B-\u200F\uFE00-\uFE0F]/u;

/** Columns a string takes in a terminal: no colour codes, combining marks take none, CJK and emoji take two. */
export function displayWidth(text: string): number {
  // Most cells are plain ASCII: one column a character.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  const plain = text.includes("\u001b") ? stripVTControlCharacters(text) : text;
  // Below U+0300, where the combining marks begin, every character is one column (Latin letters with accents too).
  if (BEFORE_MARKS.test(plain)) return plain.length;
  let width = 0;
  for (const ch of plain) width += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}
