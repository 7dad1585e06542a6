// What a name, a one-line field, a note and an id may be: the rules every command and every importer applies to what it is given.

/** A person's name: one line of at most this many characters. */
export const NAME_MAX_CHARS = 300;
/** Company, title, how you met, a tag, an e-mail, a phone: one line of at most this many characters. */
export const LINE_MAX_CHARS = 500;
/** A note, what was given, got or asked, why an introduction: at most 64 KB of UTF-8. */
export const NOTE_MAX_BYTES = 64 * 1024;

// Built once: the bundler turns a \p{…} literal into a new RegExp at every call.
// What shows as nothing: whitespace, controls, format characters (zero-width spaces and joiners, soft hyphen, bidi marks,
// word joiner, BOM) and the Hangul fillers and variation selectors that render blank.
const INVISIBLE = "\\s\\p{Cc}\\p{Cf}\\p{Z}\\u034F\\u115F\\u1160\\u3164\\uFFA0\\uFE00-\\uFE0F";
const INVISIBLE_EDGES = new RegExp(`^[${INVISIBLE}]+|[${INVISIBLE}]+$`, "gu");
/** The characters that break a line, as a regex class body: a name and a one-line field may hold none of them. */
export const LINE_BREAKS = "\\n\\r\\v\\f\\u0085\\u2028\\u2029";
const LINE_BREAK = new RegExp(`[${LINE_BREAKS}]`);
const ID = /^#?(\d+)$/;

/** The text without the whitespace and invisible characters at its ends. */
export function trimInvisible(text: string): string {
  return text.replace(INVISIBLE_EDGES, "");
}

/** Characters as a person counts them (code points, so an emoji is one); a text no longer than `limit` in UTF-16 is not counted. */
function overLimit(text: string, limit: number): number | null {
  if (text.length <= limit) return null;
  let n = 0;
  for (const _ of text) n++;
  return n > limit ? n : null;
}

/** Why a text cannot be a person's name: its kind, and words that follow "the name" ("has a line break; a name is one line"). */
export interface NameProblem {
  readonly kind: "empty" | "invisible" | "line break" | "too long" | "id";
  readonly words: string;
}

/** What is wrong with a name, or null when it can be a person's name. The name is judged as trimInvisible leaves it. */
export function nameProblem(name: string): NameProblem | null {
  const trimmed = trimInvisible(name);
  if (trimmed === "") {
    return name.trim() === ""
      ? { kind: "empty", words: "is empty" }
      : { kind: "invisible", words: "has only invisible characters (such as zero-width spaces)" };
  }
  if (LINE_BREAK.test(trimmed)) return { kind: "line break", words: "has a line break; a name is one line" };
  const length = overLimit(trimmed, NAME_MAX_CHARS);
  if (length !== null)
    return { kind: "too long", words: `is ${length.toLocaleString("en-US")} characters long, over the limit of ${NAME_MAX_CHARS}` };
  if (ID.test(trimmed)) return { kind: "id", words: "looks like an id, not a name" };
  return null;
}

/** What is wrong with a one-line field (company, title, tag…), as words that follow its name, or null. */
export function lineProblem(text: string): string | null {
  const trimmed = text.trim();
  if (LINE_BREAK.test(trimmed)) return "has a line break (it must be one line)";
  const length = overLimit(trimmed, LINE_MAX_CHARS);
  return length !== null ? `is ${length.toLocaleString("en-US")} characters long, over the limit of ${LINE_MAX_CHARS}` : null;
}

/** What is wrong with a note or another free text, as words that follow its name, or null. */
export function noteProblem(text: string): string | null {
  // A UTF-16 unit is at most three bytes of UTF-8: most notes are not measured at all.
  if (text.length * 3 <= NOTE_MAX_BYTES) return null;
  const bytes = Buffer.byteLength(text.trim(), "utf8");
  return bytes > NOTE_MAX_BYTES
    ? `is ${kilobytes(bytes)} (${bytes.toLocaleString("en-US")} bytes), over the limit of ${kilobytes(NOTE_MAX_BYTES)}`
    : null;
}

// Rounded up, so that a text one byte over the limit does not read as the limit itself.
function kilobytes(bytes: number): string {
  const kb = Math.ceil((bytes / 1024) * 10) / 10;
  return `${kb} KB`;
}

/** An id as typed ("12", "#12"): its digits as a message should show them, and the id, or null when no record can have it. */
export interface TypedId {
  readonly digits: string;
  readonly id: number | null;
}

/** "12" or "#12" as an id; null for anything else ("1e3", "-1", "12.5", "0x10"). Zero and ids past 2^53 are ids no record has. */
export function readId(text: string): TypedId | null {
  const m = ID.exec(text.trim());
  if (!m) return null;
  const digits = m[1]!.replace(/^0+(?=\d)/, "");
  const id = Number(digits);
  return { digits, id: Number.isSafeInteger(id) && id > 0 ? id : null };
}
