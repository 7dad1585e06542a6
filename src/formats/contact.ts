import { LINE_BREAKS, lineProblem, nameProblem, noteProblem, trimInvisible } from "../domain/input.js";
import { birthdayOn, bornAfter, type Person } from "../domain/person.js";
import type { Encoding } from "./encoding.js";

// What every address-book importer produces: plain contacts with where they came from, and the rows it could not use.

/** One person as an export describes them (the facts a Person has that files carry); empty lists and nulls when the file says nothing. */
export type Contact = Pick<
  Person,
  "name" | "company" | "title" | "emails" | "phones" | "tags" | "links" | "note" | "birthday" | "linkedinUrl" | "metOn"
> & {
  /** The vCard UID the card carries: the person is matched on it first, and keeps it. */
  readonly uid?: string | null;
  /** The card's structured name N, escaped as written, given back unchanged by the export. */
  readonly n?: string | null;
  // What only net's own CSV carries (net-csv.ts): a new person gets them as they were.
  /** The person's number in the journal the file came from, kept when the file is imported into an empty journal. */
  readonly id?: number;
  readonly met?: string | null;
  readonly cadenceDays?: number | null;
  readonly archived?: boolean;
  /** The day the person was added. */
  readonly created?: string | null;
  /** What they need and offer: only net's own files carry them (its CSV and vCard). */
  readonly needs?: readonly string[];
  readonly offers?: readonly string[];
};

/** A row or card that was read, with the line it starts on (and the file, for a folder of cards). */
export interface SourcedContact {
  readonly line: number;
  readonly file?: string;
  readonly contact: Contact;
}

export interface Skip {
  readonly line: number;
  readonly file?: string;
  readonly reason: string;
}

/** A row or card that was imported, but with something in it that could not be read (an unreadable date…): same shape as a skip, for scripts. */
export type Warning = Skip;

export interface ContactFile {
  readonly contacts: readonly SourcedContact[];
  readonly skipped: readonly Skip[];
  readonly warnings: readonly Warning[];
  /** What the file's bytes were read as: anything but UTF-8 is said in the summary, so a guess is never silent. */
  readonly encoding: Encoding;
}

/** The text is not this format at all (no recognisable header, not a vCard…): exit 2, nothing imported. */
export class FormatError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = "FormatError";
  }
}

/** The one empty list every contact without e-mails, phones… shares: a large import holds tens of thousands of contacts. */
const NONE: readonly string[] = Object.freeze([]);

export function contact(fields: Partial<Contact> & { name: string }): Contact {
  return {
    company: null,
    title: null,
    emails: NONE,
    phones: NONE,
    tags: NONE,
    links: NONE,
    note: null,
    birthday: null,
    linkedinUrl: null,
    metOn: null,
    ...fields,
  };
}

/** Google's system groups, which every Google export lists as categories: what the user filed people under is the rest. */
export function isGoogleSystemGroup(tag: string): boolean {
  return /^(\*\s*)?(my ?contacts|starred)$/i.test(tag.trim());
}

/** Trimmed text, or null when nothing is left. */
export function clean(value: string | undefined | null): string | null {
  const t = (value ?? "").replace(/\s+/g, " ").trim();
  return t === "" ? null : t;
}

const SPACES_BUT_LINE_BREAKS = new RegExp(`[^\\S${LINE_BREAKS}]+`, "g");

/** A name or a part of one, trimmed, or null: its line breaks are kept, so that the name rule skips the row instead of joining its lines. */
export function nameText(value: string | undefined | null): string | null {
  const t = (value ?? "").replace(SPACES_BUT_LINE_BREAKS, " ").trim();
  return t === "" ? null : t;
}

/** A birthday as address books write it (1985-03-15, 19850315, --03-15, --0315, 1985-03-15T00:00:00Z) → YYYY-MM-DD or --MM-DD. */
export function birthdayFrom(text: string | null | undefined): string | null {
  const t = (text ?? "").trim();
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(t);
  // 1604 is how Apple writes a birthday whose year is unknown.
  if (m) return birthdayOn(m[1] === "1604" ? null : m[1]!, m[2]!, m[3]!);
  m = /^--(\d{2})-?(\d{2})$/.exec(t);
  return m ? birthdayOn(null, m[1]!, m[2]!) : null;
}

/**
 * The contacts as the journal may take them, by the rules every command applies (domain/input.ts): a contact whose name
 * net cannot keep (a line break, only invisible characters, too long, an id) is skipped with the reason; a field over its
 * limit, or a birthday after today, is left out with a warning and the rest of the contact imported.
 */
export function withinLimits(file: ContactFile, today: string): ContactFile {
  const contacts: SourcedContact[] = [];
  const skipped: Skip[] = [...file.skipped];
  const warnings: Warning[] = [...file.warnings];
  for (const sourced of file.contacts) {
    const c = sourced.contact;
    const where = { line: sourced.line, ...(sourced.file !== undefined ? { file: sourced.file } : {}) };
    const problem = nameProblem(c.name);
    if (problem) {
      skipped.push({ ...where, reason: `the name ${problem.words}` });
      continue;
    }
    const left: string[] = [];
    const fields: { -readonly [K in keyof Contact]?: Contact[K] } = {};
    const name = trimInvisible(c.name);
    if (name !== c.name) fields.name = name;
    for (const [key, label] of [
      ["company", "the company"],
      ["title", "the title"],
      ["met", "how you met"],
    ] as const) {
      const value = c[key];
      const wrong = value === null || value === undefined ? null : lineProblem(value);
      if (wrong === null) continue;
      fields[key] = null;
      left.push(`${label} ${wrong}`);
    }
    const noteWrong = c.note === null ? null : noteProblem(c.note);
    if (noteWrong !== null) {
      fields.note = null;
      left.push(`the note ${noteWrong}`);
    }
    for (const [key, label] of [
      ["emails", "an e-mail"],
      ["phones", "a phone number"],
      ["tags", "a tag"],
    ] as const) {
      const wrong = c[key].map(lineProblem);
      if (wrong.every((w) => w === null)) continue;
      fields[key] = c[key].filter((_, i) => wrong[i] === null);
      left.push(...wrong.filter((w) => w !== null).map((w) => `${label} ${w}`));
    }
    if (c.birthday !== null && bornAfter(c.birthday, today)) {
      fields.birthday = null;
      left.push(`the birthday ${c.birthday} is after today`);
    }
    if (left.length > 0) warnings.push({ ...where, reason: `${left.join("; ")}; imported without ${left.length === 1 ? "it" : "them"}` });
    contacts.push(Object.keys(fields).length > 0 ? { ...sourced, contact: { ...c, ...fields } } : sourced);
  }
  // A row skipped here is not also "imported with something left out".
  const gone = new Set(skipped.map(placeOf));
  return {
    contacts,
    skipped: skipped.sort(byPlace),
    warnings: warnings.filter((w) => !gone.has(placeOf(w))).sort(byPlace),
    encoding: file.encoding,
  };
}

function placeOf(row: Skip): string {
  return `${row.file ?? ""}\n${row.line}`;
}

function byPlace(a: Skip, b: Skip): number {
  return (a.file ?? "") < (b.file ?? "") ? -1 : (a.file ?? "") > (b.file ?? "") ? 1 : a.line - b.line;
}
