import type { PersonFields } from "../../db/people.js";
import { CADENCE_FORMS, parseCadence } from "../../domain/cadence.js";
import { MAX_DURATION_DAYS, MAX_YEARS_AWAY } from "../../domain/dates.js";
import { bornAfter, parseBirthday } from "../../domain/person.js";
import { usageError } from "../../errors.js";
import { dayFrom } from "./date-flags.js";
import { lineText, noteText, refuseEditWith } from "./text-flags.js";
import { MAX_PHRASE, phraseOf, SIDES } from "../../domain/needs-offers.js";

// The flags `net add` and `net edit` share, read into fields for the journal. Bad values are usage errors.

export interface PersonFlags {
  readonly company?: string;
  readonly title?: string;
  readonly email?: string[];
  readonly phone?: string[];
  readonly tag?: string[];
  readonly needs?: string[];
  readonly offers?: string[];
  readonly met?: string;
  readonly metOn?: string;
  readonly birthday?: string;
  readonly cadence?: string;
  readonly note?: string;
  /** Write the notes in the editor. */
  readonly edit?: boolean;
}

export function fieldsFromFlags(flags: PersonFlags, today: string): PersonFields {
  refuseEditWith(flags.edit, flags.note !== undefined, "--note");
  const fields: { -readonly [K in keyof PersonFields]: PersonFields[K] } = {};
  if (flags.company !== undefined) fields.company = lineText(flags.company, "--company");
  if (flags.title !== undefined) fields.title = lineText(flags.title, "--title");
  if (flags.met !== undefined) fields.met = lineText(flags.met, "--met");
  if (flags.note !== undefined) fields.note = noteText(flags.note, "--note");
  if (flags.email) {
    for (const e of flags.email) lineText(e, "--email");
    const bad = flags.email.find((e) => !/^[^\s@]+@[^\s@]+$/.test(e.trim()));
    if (bad !== undefined) throw usageError(`--email "${bad}" is not an e-mail address`, "Pass it like --email ana@example.com.");
    fields.emails = flags.email;
  }
  if (flags.phone) {
    for (const p of flags.phone) lineText(p, "--phone");
    fields.phones = flags.phone;
  }
  if (flags.tag) {
    for (const t of flags.tag) lineText(t, "--tag");
    fields.tags = flags.tag;
  }
  for (const side of SIDES) {
    const given = flags[side];
    if (!given) continue;
    fields[side] = given.map((phrase) => phraseFlag(phrase, `--${side}`)).filter((p): p is string => p !== null);
  }
  // An empty value clears what was recorded, like the text fields.
  if (flags.metOn?.trim() === "") fields.metOn = null;
  else if (flags.metOn !== undefined) {
    const day = dayFrom(flags.metOn, today, "past", "--met-on");
    if (day > today)
      throw usageError(
        `--met-on ${day} is in the future`,
        "Record when you met once you have; to plan a meeting, set a follow-up: net follow-up NAME WHEN.",
      );
    fields.metOn = day;
  }
  if (flags.birthday?.trim() === "") fields.birthday = null;
  else if (flags.birthday !== undefined) {
    const birthday = parseBirthday(flags.birthday);
    if (!birthday)
      throw usageError(
        `--birthday "${flags.birthday}" is not a birthday`,
        "Use YYYY-MM-DD (a real day: 29 February only in a leap year), or MM-DD when you do not know the year.",
      );
    if (bornAfter(birthday, today))
      throw usageError(`--birthday ${birthday} is after today`, "Use the day they were born, or MM-DD when you do not know the year.");
    fields.birthday = birthday;
  }
  if (flags.cadence !== undefined) fields.cadenceDays = cadenceFrom(flags.cadence);
  return fields;
}

/** A need or offer from --needs, --offers, --unneed or --unoffer: one line, a phrase rather than an essay. */
export function phraseFlag(value: string, flag: string): string | null {
  const text = lineText(value, flag);
  if (text !== null && text.length > MAX_PHRASE)
    throw usageError(
      `${flag} "${text.slice(0, 40)}…" is ${text.length} characters; a need or offer is a short phrase (at most ${MAX_PHRASE})`,
      "Say it in a few words, like --needs 'a product designer'; the details belong in --note.",
    );
  return text === null ? null : phraseOf(text);
}

/** --cadence in days, or null for none; anything else is a usage error that lists what is accepted. */
export function cadenceFrom(value: string): number | null {
  const reading = parseCadence(value);
  if ("days" in reading) return reading.days;
  if (reading.problem === "unreadable") throw usageError(`--cadence "${value}" is not a cadence`, `Use ${CADENCE_FORMS}.`);
  throw usageError(
    `--cadence "${value}" is more than ${MAX_YEARS_AWAY} years; the limit is ${MAX_YEARS_AWAY}y (${MAX_DURATION_DAYS.toLocaleString("en-US")} days)`,
    `Use ${CADENCE_FORMS}.`,
  );
}
