import type Table from "cli-table3";
import { createRequire } from "node:module";
import { stripVTControlCharacters } from "node:util";
import { PRINTABLE_ASCII } from "./visible.js";
import { truncate, currentWidth, wrap } from "./width.js";

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
export function columns(rows: readonly (readonly string[])[], align?: readonly Align[], width = currentWidth()): string {
  return padded(fitted(rows, width).flatMap(lines), align);
}

/** Room the widest column alone is wrapped into, when the others fit beside it. */
const ROOM_FOR_ONE = 24;
/** Fewest cells any wrapped column is given: narrower than this, wrapping reads worse than the line's own wrap. */
const LEAST_WRAPPED = 14;

/**
 * Rows too wide for the line have their widest column wrapped at words into the room the others leave; when that room
 * is too small, the widest columns are all wrapped to one common width, the largest that lets the row fit. Either way a
 * wrapped cell's later lines hang under its own column (a note under the note column, not under the row).
 */
function fitted(rows: readonly (readonly string[])[], width: number): readonly (readonly string[])[] {
  if (!Number.isFinite(width) || rows.length === 0) return rows;
  const widths: number[] = [];
  for (const row of rows) for (let i = 0; i < row.length; i++) widths[i] = Math.max(widths[i] ?? 0, widestLine(row[i]!));
  const room = width - SEPARATOR.length * (widths.length - 1);
  const caps = columnCaps(widths, room);
  if (caps === null) return rows;
  return rows.map((row) =>
    row.map((cell, i) => {
      const cap = caps[i]!;
      if (widestLine(cell) <= cap) return cell;
      // A cell's own indent (the first column's "  ") hangs on with it.
      const indent = /^ */.exec(cell)![0];
      return wrap(cell.slice(indent.length), cap, { indent, hanging: indent });
    }),
  );
}

function widestLine(cell: string): number {
  return cell.includes("\n") ? Math.max(...cell.split("\n").map((line) => displayWidth(line))) : displayWidth(cell);
}

/**
 * How wide each column may be so that all of them fit `room` (Infinity: as wide as it is). The widest column alone is
 * cut to what the others leave when that is at least ROOM_FOR_ONE; else the widest columns are all cut to one common
 * width and the others keep theirs. Null when that would leave a column narrower than LEAST_WRAPPED.
 */
export function columnCaps(widths: readonly number[], room: number): number[] | null {
  const uncut = widths.map(() => Number.POSITIVE_INFINITY);
  const total = widths.reduce((sum, w) => sum + w, 0);
  if (total <= room) return uncut;
  const widest = widths.indexOf(Math.max(...widths));
  const forOne = room - (total - widths[widest]!);
  if (forOne >= ROOM_FOR_ONE) return uncut.map((cap, i) => (i === widest ? forOne : cap));
  const sorted = [...widths].sort((a, b) => b - a);
  let rest = total;
  for (let k = 1; k <= sorted.length; k++) {
    rest -= sorted[k - 1]!;
    const cap = Math.floor((room - rest) / k);
    if (cap >= (sorted[k] ?? 0)) return cap >= LEAST_WRAPPED ? widths.map((w) => (w > cap ? cap : Number.POSITIVE_INFINITY)) : null;
  }
  return null;
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

/** How a table gives way to a narrow line: which columns go first, and which may be shortened and to how few cells. */
export interface Give {
  /** Column indexes, the least important first: dropped in this order while the table is wider than the line. */
  readonly dropFirst: readonly number[];
  /** Columns dropped only once the shortened cells are at their fewest, in this order. */
  readonly dropLast?: readonly number[];
  /** How many columns stay whatever the width. */
  readonly keep: number;
  /**
   * Columns that may be cut with …, the first shortened first: each to the cells it reads well in before any column
   * is dropped, then down to the fewest it keeps.
   */
  readonly shorten: readonly (readonly [column: number, least: number, comfortable: number])[];
}

/**
 * A headed table fitted to `width` cells: its least important columns dropped first, then its long cells cut with …
 * (the full text stays in net show and --json). Rows hold one line each.
 */
export function fitTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
  give: Give,
  width: number,
): string {
  if (!Number.isFinite(width)) return columns([head, ...rows], align, width);
  const full = head.map((h, i) => rows.reduce((most, r) => Math.max(most, displayWidth(r[i] ?? "")), displayWidth(h)));
  const widths = [...full];
  let kept = head.map((_, i) => i);
  const total = () => kept.reduce((sum, i) => sum + widths[i]!, 0) + SEPARATOR.length * (kept.length - 1);
  const cut = new Map<number, number>();
  const shortenTo = (column: number, to: number, widen = false) => {
    if (to >= widths[column]! && !widen) return;
    if (to >= full[column]!) cut.delete(column);
    else cut.set(column, to);
    widths[column] = to;
  };
  for (const [column, , comfortable] of give.shorten)
    if (total() > width) shortenTo(column, Math.max(comfortable, widths[column]! - (total() - width)));
  const drop = (order: readonly number[]) => {
    for (const column of order) {
      if (total() <= width || kept.length <= give.keep) break;
      kept = kept.filter((i) => i !== column);
    }
  };
  drop(give.dropFirst);
  for (const [column, least] of give.shorten) {
    const over = total() - width;
    if (over <= 0) break;
    if (kept.includes(column)) shortenTo(column, Math.max(least, widths[column]! - over));
  }
  if (give.dropLast && total() > width) {
    drop(give.dropLast);
    // What dropping freed goes back to the cut cells, as far as they need it.
    for (const [column] of [...give.shorten].reverse())
      if (cut.has(column)) shortenTo(column, Math.min(full[column]!, widths[column]! + Math.max(0, width - total())), true);
  }
  const shown = (row: readonly string[]) => kept.map((i) => (cut.has(i) ? truncate(row[i] ?? "", cut.get(i)!) : (row[i] ?? "")));
  return columns(
    [shown(head), ...rows.map(shown)],
    kept.map((i) => align[i]!),
    Number.POSITIVE_INFINITY,
  );
}
