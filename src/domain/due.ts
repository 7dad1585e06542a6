import { addDays, daysBetween } from "./dates.js";
import { tierRank, type Tier } from "./depth.js";
import { compareNames, type Named } from "./names.js";

// What needs attention on a given day: follow-ups by when they fall, birthdays ahead, relationships going cold.

export interface OpenFollowUp {
  readonly id: number;
  readonly person: Named;
  readonly due: string;
  readonly note: string | null;
  readonly introId: number | null;
}

export interface DueFollowUp extends OpenFollowUp {
  /** Days past the due date; 0 when due today or later. */
  readonly daysLate: number;
}

export interface KeepInTouch {
  readonly person: Named;
  readonly cadenceDays: number;
  readonly lastContact: string | null;
  readonly metOn: string | null;
  readonly createdOn: string;
}

export interface Cold {
  readonly person: Named;
  readonly lastContact: string | null;
  /** The day the cadence counts from: the last interaction, else when you met, else when they were added. */
  readonly since: string;
  readonly cadenceDays: number;
  /** Days past the day you should have been in touch again. */
  readonly daysOver: number;
}

export interface Birthday {
  readonly person: Named;
  /** As stored: YYYY-MM-DD, or --MM-DD without the year. */
  readonly birthday: string;
  /** The coming occurrence, YYYY-MM-DD. */
  readonly date: string;
  readonly inDays: number;
  /** The age they turn, when the year is known. */
  readonly turns: number | null;
}

export interface DueReport {
  readonly date: string;
  readonly overdue: readonly DueFollowUp[];
  readonly dueToday: readonly DueFollowUp[];
  readonly upcoming: readonly DueFollowUp[];
  readonly intros: readonly DueFollowUp[];
  readonly birthdays: readonly Birthday[];
  readonly cold: readonly Cold[];
}

/** The last day the report looks ahead to. */
export function horizon(today: string, withinDays: number): string {
  return addDays(today, withinDays);
}

/** Sorts open follow-ups (due on or before the horizon) into overdue, today, upcoming and introductions to check on. */
export function sortFollowUps(today: string, followUps: readonly OpenFollowUp[]) {
  const withLateness = [...followUps]
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id - b.id))
    .map((f): DueFollowUp => ({ ...f, daysLate: Math.max(0, daysBetween(f.due, today)) }));
  const plain = withLateness.filter((f) => f.introId === null);
  return {
    overdue: plain.filter((f) => f.due < today),
    dueToday: plain.filter((f) => f.due === today),
    upcoming: plain.filter((f) => f.due > today),
    intros: withLateness.filter((f) => f.introId !== null),
  };
}

/** Whether someone with a cadence is overdue for contact, and by how much. The cadence restarts at the last interaction. */
export function coldness(today: string, person: KeepInTouch): Cold | null {
  const since = person.lastContact ?? person.metOn ?? person.createdOn;
  // Cold when since + cadence falls before today: day arithmetic, no date objects.
  const daysOver = daysBetween(since, today) - person.cadenceDays;
  if (daysOver <= 0) return null;
  return { person: person.person, lastContact: person.lastContact, since, cadenceDays: person.cadenceDays, daysOver };
}

export function goingCold(today: string, people: readonly KeepInTouch[]): Cold[] {
  return people.flatMap((p) => coldness(today, p) ?? []).sort(byDaysOver);
}

function byDaysOver(a: Cold, b: Cold): number {
  return b.daysOver - a.daysOver || compareNames(a.person.name, b.person.name);
}

/** Strong ties first (a fading inner-circle friend matters more than a fading contact), then the most overdue. */
export function strongTiesFirst<T extends Cold>(cold: readonly T[], tierOf: (personId: number) => Tier): T[] {
  const rank = (c: T) => tierRank(tierOf(c.person.id));
  return [...cold].sort((a, b) => rank(b) - rank(a) || byDaysOver(a, b));
}

/** The MM-DD days from today to the horizon; a 29 February birthday is kept on 28 February in other years. */
export function birthdayDaysWithin(today: string, withinDays: number): string[] {
  const days = new Set<string>();
  for (let n = 0; n <= Math.min(withinDays, 366); n++) {
    const day = addDays(today, n).slice(5);
    days.add(day);
    if (day === "02-28" && !isLeapYear(Number(addDays(today, n).slice(0, 4)))) days.add("02-29");
  }
  return [...days];
}

/** The next time a birthday comes round, on or after today. */
export function nextBirthday(today: string, birthday: string): { date: string; inDays: number; turns: number | null } {
  const [month, day] = birthday.slice(-5).split("-").map(Number) as [number, number];
  const born = /^\d{4}-/.test(birthday) ? Number(birthday.slice(0, 4)) : null;
  let year = Number(today.slice(0, 4));
  let date = occurrence(year, month, day);
  if (date < today) date = occurrence(++year, month, day);
  return { date, inDays: daysBetween(today, date), turns: born === null ? null : year - born };
}

function occurrence(year: number, month: number, day: number): string {
  const leapDayMissing = month === 2 && day === 29 && !isLeapYear(year);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(leapDayMissing ? 28 : day).padStart(2, "0")}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function upcomingBirthdays(today: string, withinDays: number, people: readonly { person: Named; birthday: string }[]): Birthday[] {
  return people
    .map((p) => ({ ...p, ...nextBirthday(today, p.birthday) }))
    .filter((b) => b.inDays <= withinDays)
    .sort((a, b) => a.inDays - b.inDays || compareNames(a.person.name, b.person.name));
}

export function isEmpty(report: DueReport): boolean {
  return [report.overdue, report.dueToday, report.upcoming, report.intros, report.birthdays, report.cold].every(
    (list) => list.length === 0,
  );
}

/** How much needs attention today, for a prompt: follow-ups (introductions' check-ins too) past due and due today, and people going cold. */
export interface DueCounts {
  readonly overdue: number;
  readonly today: number;
  readonly cold: number;
}

/** Counts from the open follow-ups due on or before today and the people with a cadence. */
export function dueCounts(today: string, followUps: readonly { readonly due: string }[], keepInTouch: readonly KeepInTouch[]): DueCounts {
  return {
    overdue: followUps.filter((f) => f.due < today).length,
    today: followUps.filter((f) => f.due === today).length,
    cold: keepInTouch.filter((p) => coldness(today, p) !== null).length,
  };
}
