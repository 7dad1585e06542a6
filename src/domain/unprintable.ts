// Characters a terminal does not show as typed: C0 and C1 controls, DEL, line and paragraph separators, and the
// bidirectional embeddings, overrides and isolates that reorder what follows them (Trojan Source, CVE-2021-42574).
// One list, used by the terminal boundary (src/ui/visible.ts) and by whatever decides how to name someone in a command.

/** The unprintable characters that JSON.stringify leaves as they are (it escapes the C0 controls), as a regex class body. */
export const RAW_IN_JSON = "\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
/** The C0 controls but the line feed, as a regex class body. */
export const CONTROLS_BUT_LF = "\\u0000-\\u0009\\u000b-\\u001f";

/** Every unprintable character, a line feed included (global: for replace). */
export const UNPRINTABLE = new RegExp(`[\\n${CONTROLS_BUT_LF}${RAW_IN_JSON}]`, "g");

const ANY_UNPRINTABLE = new RegExp(`[\\n${CONTROLS_BUT_LF}${RAW_IN_JSON}]`);

/** Whether text holds anything a terminal would not show as typed (a tab or a line break counts). */
export function hasUnprintable(text: string): boolean {
  return ANY_UNPRINTABLE.test(text);
}

/** The escape a person reads for an unprintable character: \n and \r for line breaks, \x1b for the other controls, \u202e for the rest. */
export function escapeOf(ch: string): string {
  if (ch === "\n") return "\\n";
  if (ch === "\r") return "\\r";
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
