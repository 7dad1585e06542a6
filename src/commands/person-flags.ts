import type { PersonFields } from "../db/people.js";
import { DATE_FORMS, DURATION_FORMS, parseDay, parseDuration } from "../domain/dates.js";
import { parseBirthday } from "../domain/person.js";
import { usageError } from "../errors.js";

// The flags `net add` and `net edit` share, read into fields for the journal. Bad values are usage errors.

export interface PersonFlags {
  readonly company?: string;
  readonly title?: string;
  readonly email?: string[];
  readonly phone?: string[];
  readonly tag?: string[];
  readonly met?: string;
  readonly metOn?: string;
  readonly birthday?: string;
  readonly cadence?: string;
  readonly note?: string;
}

export function fieldsFromFlags(flags: PersonFlags, today: string): PersonFields {
  const fields: { -readonly [K in keyof PersonFields]: PersonFields[K] } = {};
  const text = (value: string | undefined) => (value === undefined ? undefined : value.trim() === "" ? null : value.trim());
  if (flags.company !== undefined) fields.company = text(flags.company);
  if (flags.title !== undefined) fields.title = text(flags.title);
  if (flags.met !== undefined) fields.met = text(flags.met);
  if (flags.note !== undefined) fields.note = text(flags.note);
  if (flags.email) {
    const bad = flags.email.find((e) => !/^[^\s@]+@[^\s@]+$/.test(e.trim()));
    if (bad !== undefined) throw usageError(`--email "${bad}" is not an e-mail address`, "Pass it like --email ana@example.com.");
    fields.emails = flags.email;
  }
  if (flags.phone) fields.phones = flags.phone;
  if (flags.tag) fields.tags = flags.tag;
  // An empty value clears what was recorded, like the text fields.
  if (flags.metOn?.trim() === "") fields.metOn = null;
  else if (flags.metOn !== undefined) {
    const day = parseDay(flags.metOn, today, "past");
    if (!day) throw usageError(`--met-on "${flags.metOn}" is not a date`, `Use ${DATE_FORMS}.`);
    fields.metOn = day;
  }
  if (flags.birthday?.trim() === "") fields.birthday = null;
  else if (flags.birthday !== undefined) {
    const birthday = parseBirthday(flags.birthday);
    if (!birthday) throw usageError(`--birthday "${flags.birthday}" is not a birthday`, "Use YYYY-MM-DD, or MM-DD when you do not know the year.");
    fields.birthday = birthday;
  }
  if (flags.cadence !== undefined) fields.cadenceDays = parseCadence(flags.cadence);
  return fields;
}

/** A person's name as typed: not empty, and not something that would read as an id. */
export function validName(name: string, flag?: string): string {
  const trimmed = name.trim();
  const how = flag ? `${flag} 'Ana Souza'` : "net add 'Ana Souza'";
  if (trimmed === "") throw usageError("a person needs a name", `Pass it like: ${how}.`);
  if (/^#?\d+$/.test(trimmed)) throw usageError(`"${trimmed}" looks like an id, not a name`, `Give the person's name, like: ${how}.`);
  return trimmed;
}

export function parseCadence(value: string): number | null {
  if (["", "none", "off", "never", "0"].includes(value.trim().toLowerCase())) return null;
  const days = parseDuration(value);
  if (days === null) throw usageError(`--cadence "${value}" is not a duration`, `Use ${DURATION_FORMS}, or none.`);
  return days;
}
