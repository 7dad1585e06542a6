import { CONTROLS_BUT_LF, escapeOf, RAW_IN_JSON, UNPRINTABLE } from "../domain/unprintable.js";

// The one boundary for hostile text: what a person sees of a name, a note or a file's contents. Control characters,
// separators and bidirectional overrides become visible escapes (\x1b, \u202e); tabs become spaces. --json never passes
// through here: it keeps the exact text, which JSON escapes.

const TAB = "    ";
/** Fast path: most text is printable ASCII, shown as it is, one column a character. */
export const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/** One line of text as a terminal should show it: every line break, control and override made visible. */
export function visible(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text;
  return text.replace(UNPRINTABLE, (ch) => (ch === "\t" ? TAB : escapeOf(ch)));
}

/** Text of several lines (a note): its line breaks kept (CRLF, CR, U+2028 each become one), later lines set in by `indent`. */
export function visibleLines(text: string, indent = ""): string {
  if (PRINTABLE_ASCII.test(text)) return text;
  return text
    .split(LINE_BREAK)
    .map((line) => visible(line))
    .join(`\n${indent}`);
}

// The colour codes net itself writes (chalk at level 1): bold, dim, underline, the six colours, and their resets; and
// the full reset with which truncate closes a coloured cell it cut.
const OUR_COLOUR = /^\x1b\[(?:0|1|2|4|22|24|3[1-6]|39)m$/;
const LEFT_OVER = new RegExp(`[${CONTROLS_BUT_LF}${RAW_IN_JSON}]`);
const LEFT_OVER_OR_SGR = new RegExp(`\\x1b\\[[0-9;]*m|[${CONTROLS_BUT_LF}${RAW_IN_JSON}]`, "g");

/**
 * The last check before text reaches the terminal (print and say): whatever a view did not already make visible is
 * made visible here. Line breaks stay; colour codes stay only while colour is on, and only the ones net writes.
 */
export function forTerminal(text: string, colourOn: boolean): string {
  if (!LEFT_OVER.test(text)) return text;
  return text.replace(LEFT_OVER_OR_SGR, (match) => {
    if (match.length > 1) return colourOn && OUR_COLOUR.test(match) ? match : `${escapeOf("\x1b")}${match.slice(1)}`;
    return match === "\t" ? TAB : escapeOf(match);
  });
}

const RAW = new RegExp(`[${RAW_IN_JSON}]`);
const RAW_ALL = new RegExp(`[${RAW_IN_JSON}]`, "g");

/**
 * JSON text with what JSON.stringify leaves raw (DEL, C1 controls, separators, overrides) written as \u escapes: the
 * same document once parsed, and harmless when a person prints it in a terminal.
 */
export function jsonForTerminal(json: string): string {
  if (!RAW.test(json)) return json;
  return json.replace(RAW_ALL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
