import { stripVTControlCharacters } from "node:util";

// Padded here rather than by cli-table3: same borderless layout, but cli-table3 spends about 30 µs a cell, lays rows out
// in quadratic time (30,000 people took minutes) and its first table costs every command about 10 ms of start-up.
const SEPARATOR = "  ";

type Align = "left" | "right";

/** A borderless table, aligned for reading in a terminal; cells are plain strings, a cell may span several lines. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], align?: readonly Align[]): string {
  return padded((head.length > 0 ? [head, ...rows] : rows).flatMap(lines), align);
}

/** A row whose cells hold line breaks becomes several rows, each cell's lines top-aligned. */
function lines(row: readonly string[]): (readonly string[])[] {
  if (!row.some((cell) => cell.includes("\n"))) return [row];
  const split = row.map((cell) => cell.split("\n"));
  const height = Math.max(...split.map((cell) => cell.length));
  return Array.from({ length: height }, (_, i) => split.map((cell) => cell[i] ?? ""));
}

function padded(rows: readonly (readonly string[])[], align?: readonly Align[]): string {
  const measured = rows.map((row) => row.map((cell) => ({ cell, width: displayWidth(cell) })));
  const widths: number[] = [];
  for (const row of measured) row.forEach(({ width }, i) => (widths[i] = Math.max(widths[i] ?? 0, width)));
  return measured
    .map((row) =>
      widths
        .map((width, i) => {
          const { cell, width: own } = row[i] ?? { cell: "", width: 0 };
          const space = " ".repeat(width - own);
          return align?.[i] === "right" ? space + cell : cell + space;
        })
        .join(SEPARATOR)
        .trimEnd(),
    )
    .join("\n");
}

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
const ZERO_WIDTH = /[\p{M}\u200B-\u200F\uFE00-\uFE0F]/u;

/** Columns a string takes in a terminal: no colour codes, combining marks take none, CJK and emoji take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of stripVTControlCharacters(text)) width += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}
