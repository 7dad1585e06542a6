import { addDays, daysBetween } from "./dates.js";
import { checkInNote } from "./intros.js";
import { refOf } from "./refs.js";

// What `net export ics` tells a calendar, and how it keeps a calendar that imported an earlier file in step: each
// entry (a follow-up's event or to-do, a birthday) keeps its UID; when its day or text changes its SEQUENCE goes up and
// its LAST-MODIFIED becomes the day of the export that saw the change; when it is done or gone it is written once more,
// cancelled (a to-do: completed), for KEPT_DAYS, so a calendar re-importing the file drops it. Pure: the entries now,
// what the last export wrote (db/calendar-entries.ts) and today go in; the file's entries and what to remember come out.

/** How long an entry that is done or gone stays in the file, cancelled or completed. */
export const KEPT_DAYS = 60;

export const UID_DOMAIN = "net-journal";

/** What a UID starts with: a follow-up's event or to-do (the follow-up's id follows), a birthday (the person's). */
const UID_PREFIX = { event: "followup-", todo: "todo-", birthday: "birthday-" } as const;

export type EntryKind = "event" | "todo";
export type EntryStatus = "open" | "completed" | "cancelled";

/** An entry as the journal has it now. */
export interface CalendarEntry {
  readonly uid: string;
  readonly kind: EntryKind;
  /** The event's day, or the to-do's due day: YYYY-MM-DD. */
  readonly startsOn: string;
  readonly summary: string;
  readonly description: string | null;
  /** An iCalendar recurrence rule (FREQ=YEARLY), or null. */
  readonly rrule: string | null;
  /** "completed" only for a to-do whose follow-up is done. */
  readonly status: Exclude<EntryStatus, "cancelled">;
  readonly completedOn: string | null;
}

/** An entry as a file carries it, and as the journal remembers it was last written. */
export interface PublishedEntry extends Omit<CalendarEntry, "status"> {
  readonly status: EntryStatus;
  readonly sequence: number;
  /** The day it last changed: DTSTAMP and LAST-MODIFIED. */
  readonly modifiedOn: string;
  /** The day it was completed or cancelled, or null while it is open. */
  readonly endedOn: string | null;
}

export interface Publication {
  /** What the file holds, in order: the journal's entries as given, then those cancelled since, by UID. */
  readonly entries: readonly PublishedEntry[];
  /** The entries to remember because they are new or changed; the rest are remembered as they were. */
  readonly changed: readonly PublishedEntry[];
}

export function publish(now: readonly CalendarEntry[], before: readonly PublishedEntry[], today: string): Publication {
  const last = new Map(before.map((e) => [e.uid, e]));
  const entries: PublishedEntry[] = [];
  const changed: PublishedEntry[] = [];
  const stillShown = (e: PublishedEntry) => e.endedOn === null || daysBetween(e.endedOn, today) < KEPT_DAYS;
  const seen = new Set<string>();
  for (const entry of now) {
    seen.add(entry.uid);
    const was = last.get(entry.uid);
    if (was && sameEntry(was, entry)) {
      if (stillShown(was)) entries.push(was);
      continue;
    }
    const published: PublishedEntry = {
      ...entry,
      sequence: was ? was.sequence + 1 : 0,
      modifiedOn: today,
      endedOn: entry.status === "completed" ? (entry.completedOn ?? today) : null,
    };
    changed.push(published);
    if (stillShown(published)) entries.push(published);
  }
  const gone = before.filter((e) => !seen.has(e.uid)).sort((a, b) => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  for (const was of gone) {
    // Cancelled long enough ago, or a to-do completed so long ago that the journal no longer offers it: left out.
    if (!stillShown(was)) continue;
    if (was.status === "cancelled") {
      entries.push(was);
      continue;
    }
    const cancelled: PublishedEntry = { ...was, status: "cancelled", sequence: was.sequence + 1, modifiedOn: today, endedOn: today };
    changed.push(cancelled);
    entries.push(cancelled);
  }
  return { entries, changed };
}

function sameEntry(was: PublishedEntry, now: CalendarEntry): boolean {
  return (
    was.kind === now.kind &&
    was.startsOn === now.startsOn &&
    was.summary === now.summary &&
    was.description === now.description &&
    was.rrule === now.rrule &&
    was.status === now.status &&
    was.completedOn === now.completedOn
  );
}

/** An open follow-up, or one done within KEPT_DAYS (to-dos show those as completed). */
export interface CalendarFollowUp {
  readonly id: number;
  readonly due: string;
  readonly note: string | null;
  readonly person: string;
  /** The introduction and both people when this is its check-in. */
  readonly intro: { readonly id: number; readonly a: string; readonly b: string } | null;
  readonly doneOn: string | null;
}

export interface CalendarBirthday {
  readonly personId: number;
  readonly name: string;
  /** YYYY-MM-DD or --MM-DD. */
  readonly birthday: string;
}

export interface EntryOptions {
  /** Follow-ups as to-dos (VTODO) for task apps, rather than all-day events. */
  readonly todos: boolean;
}

/**
 * Whether an entry the journal remembers belongs in this export: follow-ups are written as events or as to-dos (each
 * with UIDs of their own), so an export of one kind neither cancels nor repeats what the other wrote.
 */
export function belongsIn(uid: string, options: EntryOptions): boolean {
  if (uid.startsWith(UID_PREFIX.todo)) return options.todos;
  if (uid.startsWith(UID_PREFIX.event)) return !options.todos;
  return true;
}

export function isBirthday(entry: { readonly uid: string }): boolean {
  return entry.uid.startsWith(UID_PREFIX.birthday);
}

/** The follow-ups a calendar export offers: open ones, and for to-dos those done within KEPT_DAYS. */
export function offeredDoneSince(today: string, options: EntryOptions): string | null {
  return options.todos ? addDays(today, -KEPT_DAYS) : null;
}

export function calendarEntries(
  followUps: readonly CalendarFollowUp[],
  birthdays: readonly CalendarBirthday[],
  options: EntryOptions,
): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  for (const f of followUps) {
    if (f.doneOn !== null && !options.todos) continue;
    const { summary, rest } = f.intro ? introTitle(f.intro, f.note) : followUpTitle(f.person, f.note);
    const close = f.intro
      ? `net intros outcome ${refOf("i", f.intro.id)} met (or fizzled) when you know how it went`
      : `net done ${refOf("f", f.id)} when it is done`;
    entries.push({
      uid: `${options.todos ? UID_PREFIX.todo : UID_PREFIX.event}${f.id}@${UID_DOMAIN}`,
      kind: options.todos ? "todo" : "event",
      startsOn: f.due,
      summary: lineBreaks(summary),
      description: lineBreaks([rest, close].filter(Boolean).join("\n")),
      rrule: null,
      status: f.doneOn === null ? "open" : "completed",
      completedOn: f.doneOn,
    });
  }
  for (const b of birthdays) entries.push(birthdayEntry(b));
  return entries;
}

/** Longest note shown whole in a summary; a longer first line is cut at a word and goes on in the description. */
const SUMMARY_NOTE = 60;

/**
 * "Follow up with Ana: intro to Bo" and what of the note is left for the description, so the two never say the same:
 * the note's first line goes in the summary (cut at a word, with "…", when it is long), the rest in the description.
 */
export function followUpTitle(person: string, note: string | null): { summary: string; rest: string | null } {
  const lead = `Follow up with ${person}`;
  const text = note === null ? "" : lineBreaks(note).trim();
  if (text === "") return { summary: lead, rest: null };
  const [first = "", ...others] = text.split("\n");
  const line = first.trim();
  const after = others.join("\n").trim();
  if ([...line].length <= SUMMARY_NOTE) return { summary: line ? `${lead}: ${line}` : lead, rest: after || null };
  const chars = [...line];
  const head = chars.slice(0, SUMMARY_NOTE).join("");
  const space = head.lastIndexOf(" ");
  const cut = space > SUMMARY_NOTE / 2 ? head.slice(0, space) : head;
  const tail = line.slice(cut.length).trim();
  return { summary: `${lead}: ${cut}…`, rest: [`…${tail}`, after].filter(Boolean).join("\n") };
}

/** "Check in on the intro: A and B", and the note when it says more than the question it was made with. */
function introTitle(intro: NonNullable<CalendarFollowUp["intro"]>, note: string | null): { summary: string; rest: string | null } {
  const text = note === null ? "" : lineBreaks(note).trim();
  return {
    summary: `Check in on the intro: ${intro.a} and ${intro.b}`,
    rest: text === "" || text === checkInNote(intro.a, intro.b) ? null : text,
  };
}

/** A year every birthday (29 February too) falls in, for a birthday whose year is not known. */
const ANY_LEAP_YEAR = "2000";

function birthdayEntry(b: CalendarBirthday): CalendarEntry {
  const monthDay = b.birthday.slice(-5);
  const year = b.birthday.startsWith("--") ? ANY_LEAP_YEAR : b.birthday.slice(0, 4);
  return {
    uid: `${UID_PREFIX.birthday}${b.personId}@${UID_DOMAIN}`,
    kind: "event",
    // The birth date itself, the same in every export; a year not known is a leap year's, so 29 February is a day.
    startsOn: `${year}-${monthDay}`,
    summary: lineBreaks(`${b.name}'s birthday`),
    description: null,
    // 29 February falls on the last day of February in the years without one.
    rrule: monthDay === "02-29" ? "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "FREQ=YEARLY",
    status: "open",
    completedOn: null,
  };
}

/** iCalendar text has one kind of line break (written \n): a CR of the user's, alone or before LF, is one too. */
function lineBreaks(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
