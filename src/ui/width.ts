import { stripVTControlCharacters } from "node:util";
import { displayWidth } from "./table.js";

// How wide human output may be, and the text that fits it: every measure in display cells, colour codes ignored.

/** No limit: a pipe without COLUMNS gets whole lines. */
export const UNLIMITED = Number.POSITIVE_INFINITY;

/** The terminal's width when stdout is one, else COLUMNS when it is a positive integer, else no limit. */
export function outputWidth(env: NodeJS.ProcessEnv, stdout: { readonly isTTY?: boolean; readonly columns?: number }): number {
  if (stdout.isTTY && stdout.columns && stdout.columns > 0) return stdout.columns;
  const columns = env.COLUMNS?.trim() ?? "";
  if (/^[1-9][0-9]*$/.test(columns)) return Number(columns);
  return UNLIMITED;
}

/** --help's width: the output width, or 80 where that is unlimited (commander needs a number). */
export function helpWidth(width: number): number {
  return Number.isFinite(width) ? width : 80;
}

let current = UNLIMITED;
/** Set once from the Context by src/cli.ts, for the last check in print and say. */
export function setWidth(width: number): void {
  current = width;
}
export function currentWidth(): number {
  return current;
}

export interface WrapOptions {
  /** Put before the first line (it counts toward the width). */
  readonly indent?: string;
  /** Put before every later line: the hanging indent under a label. */
  readonly hanging?: string;
}

const SGR = /\x1b\[[0-9;]*m/y;

/** Splits text into its characters, keeping each colour code whole and with no width. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    SGR.lastIndex = i;
    const m = SGR.exec(text);
    if (m) {
      out.push(m[0]);
      i += m[0].length;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    out.push(ch);
    i += ch.length;
  }
  return out;
}

/** A word cut into pieces each at most `room` cells: only for a word longer than the line. */
function breakWord(word: string, room: number): string[] {
  const parts: string[] = [];
  let part = "";
  let used = 0;
  for (const p of pieces(word)) {
    const w = p.startsWith("\x1b") ? 0 : displayWidth(p);
    if (used + w > room && used > 0) {
      parts.push(part);
      part = "";
      used = 0;
    }
    part += p;
    used += w;
  }
  if (part) parts.push(part);
  return parts;
}

/** One line of text wrapped at word boundaries to `width` cells; a word longer than the line is broken as a last resort. */
export function wrap(text: string, width: number, options: WrapOptions = {}): string {
  const indent = options.indent ?? "";
  const hanging = options.hanging ?? indent;
  if (!Number.isFinite(width)) return indent + text;
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = lines.length === 0 ? indent : hanging;
    let start = line;
    let used = displayWidth(line);
    // Each word with the spaces before it: kept inside a line (aligned columns stay aligned), dropped where it breaks.
    for (const [, spaces, word] of paragraph.matchAll(/( *)(\S+)/g)) {
      if (word === undefined) continue;
      const w = displayWidth(word);
      const gap = line === start && lines.length > 0 ? 0 : spaces!.length;
      if (used + gap + w <= width) {
        line += " ".repeat(gap) + word;
        used += gap + w;
        continue;
      }
      if (line !== start) lines.push(line);
      line = start = lines.length === 0 ? indent : hanging;
      used = displayWidth(line);
      if (used + w <= width) {
        line += word;
        used += w;
        continue;
      }
      const parts = breakWord(word, Math.max(1, width - Math.max(used, displayWidth(hanging))));
      for (const part of parts.slice(0, -1)) {
        lines.push(line + part);
        line = start = hanging;
      }
      line += parts.at(-1)!;
      used = displayWidth(line);
    }
    lines.push(line);
  }
  return lines.map((l) => l.trimEnd()).join("\n");
}

/** Text cut to at most `width` cells, ending in … when something was cut. */
export function truncate(text: string, width: number): string {
  if (!Number.isFinite(width) || displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let out = "";
  let used = 0;
  for (const p of pieces(text)) {
    const w = p.startsWith("\x1b") ? 0 : displayWidth(p);
    if (used + w > width - 1) break;
    out += p;
    used += w;
  }
  // Close any colour left open by the cut.
  return `${out}…${out.includes("\x1b") ? "\x1b[0m" : ""}`;
}

/**
 * Every line of a block made to fit: wrapped at words, later lines hanging under the line's label — the text after a
 * leading "Label: ", or the last column that begins in the line's first half (columns are set apart by two spaces) —
 * else two cells in from the line's own indent.
 */
export function fitLines(text: string, width: number): string {
  if (!Number.isFinite(width)) return text;
  return text
    .split("\n")
    .map((line) => {
      if (displayWidth(line) <= width) return line;
      const lead = /^ */.exec(line)![0];
      return wrap(line.slice(lead.length), width, { indent: lead, hanging: " ".repeat(hangingUnder(line, width)) });
    })
    .join("\n");
}

/** A short label ending in ": " at the start of a line ("Next: ", "  Depth: "). */
const LABEL = /^ *[^\s:][^:]{0,28}?: +(?=\S)/;
/** Where a column begins: after two or more spaces. */
const COLUMN_START = / {2,}(?=\S)/g;

/** How far in a wrapped line's later lines start, measured on the line as seen (colour codes have no width). */
function hangingUnder(line: string, width: number): number {
  const seen = line.includes("\x1b") ? stripVTControlCharacters(line) : line;
  const lead = /^ */.exec(seen)![0].length;
  // Past half the line, a hanging indent leaves too little room to read.
  const limit = Math.floor(width / 2);
  let at = lead + 2;
  const label = LABEL.exec(seen);
  if (label && displayWidth(label[0]) <= limit) at = Math.max(at, displayWidth(label[0]));
  for (const m of seen.slice(lead).matchAll(COLUMN_START)) {
    const cells = displayWidth(seen.slice(0, lead + m.index + m[0].length));
    if (cells > limit) break;
    at = Math.max(at, cells);
  }
  return Math.min(at, Math.max(0, width - 10));
}
