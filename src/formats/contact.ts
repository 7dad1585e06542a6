import type { Person } from "../domain/person.js";
import type { Encoding } from "./encoding.js";

// What every address-book importer produces: plain contacts with where they came from, and the rows it could not use.

/** One person as an export describes them (the facts a Person has that files carry); empty lists and nulls when the file says nothing. */
export type Contact = Pick<Person, "name" | "company" | "title" | "emails" | "phones" | "tags" | "links" | "note" | "birthday" | "linkedinUrl" | "metOn">;

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

/** Trimmed text, or null when nothing is left. */
export function clean(value: string | undefined | null): string | null {
  const t = (value ?? "").replace(/\s+/g, " ").trim();
  return t === "" ? null : t;
}

/** A birthday as address books write it (1985-03-15, 19850315, --03-15, --0315, 1985-03-15T00:00:00Z) → YYYY-MM-DD or --MM-DD. */
export function birthdayFrom(text: string | null | undefined): string | null {
  const t = (text ?? "").trim();
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(t);
  if (m) return validDay(Number(m[2]), Number(m[3])) ? (m[1] === "1604" ? `--${m[2]}-${m[3]}` : `${m[1]}-${m[2]}-${m[3]}`) : null;
  m = /^--(\d{2})-?(\d{2})$/.exec(t);
  if (m) return validDay(Number(m[1]), Number(m[2])) ? `--${m[1]}-${m[2]}` : null;
  return null;
}

function validDay(month: number, day: number): boolean {
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1]!;
}
