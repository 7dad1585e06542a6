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

/** Someone you talk with now and then without a cadence: their last few conversation days, newest first. */
export interface Rhythm {
  readonly person: Named;
  readonly lastContact: string;
  /** Distinct days of their latest conversations (up to RHYTHM_DAYS), newest first, none after today. */
  readonly recentDays: readonly string[];
}

/** An ask still open this many days after it was made is worth a nudge, or closing. */
export const ASK_NUDGE_DAYS = 14;
/** A proposed introduction not made after this many days is worth making, or dropping. */
export const PROPOSED_INTRO_DAYS = 7;

/** Going cold by rhythm: at least this many conversations… */
export const RHYTHM_MIN_CONVERSATIONS = 3;
/** …and the days since the last one more than this many times their usual gap… */
export const RHYTHM_FACTOR = 2;
/** …and more than this many days. */
export const RHYTHM_MIN_DAYS = 30;
/** The usual gap is the median of the gaps between this many latest conversation days. */
export const RHYTHM_DAYS = 7;

export interface Cold {
  readonly person: Named;
  readonly lastContact: string | null;
  /** The day the cadence counts from: the last interaction, else when you met, else when they were added. */
  readonly since: string;
  /** Why they are going cold: past their own cadence, or past twice their usual gap. */
  readonly reason: "cadence" | "rhythm";
  /** Their cadence (reason cadence), else null. */
  readonly cadenceDays: number | null;
  /** The median of their recent gaps (reason rhythm), else null. */
  readonly usualGapDays: number | null;
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
  /** Asks open ASK_NUDGE_DAYS days or more. */
  readonly openAsks: readonly WaitingAsk[];
  /** Introductions proposed PROPOSED_INTRO_DAYS days ago or more and not made. */
  readonly proposedIntros: readonly WaitingIntro[];
}

export interface WaitingAsk {
  readonly id: number;
  readonly person: Named;
  readonly what: string;
  readonly on: string;
  readonly daysOpen: number;
}

export interface WaitingIntro {
  readonly id: number;
  readonly a: Named;
  readonly b: Named;
  readonly why: string | null;
  readonly proposedOn: string;
  readonly daysWaiting: number;
}

/** Asks open since their day, with how long: the input is what db/ledger.ts openAsksSince found. */
export function waitingAsks(today: string, asks: readonly { id: number; person: Named; what: string; on: string }[]): WaitingAsk[] {
  return asks.map((a) => ({ id: a.id, person: a.person, what: a.what, on: a.on, daysOpen: daysBetween(a.on, today) }));
}

export function waitingIntros(
  today: string,
  intros: readonly { id: number; a: Named; b: Named; why: string | null; proposedOn: string | null }[],
): WaitingIntro[] {
  return intros.flatMap((i) =>
    i.proposedOn === null
      ? []
      : [{ id: i.id, a: i.a, b: i.b, why: i.why, proposedOn: i.proposedOn, daysWaiting: daysBetween(i.proposedOn, today) }],
  );
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
  return {
    person: person.person,
    lastContact: person.lastContact,
    since,
    reason: "cadence",
    cadenceDays: person.cadenceDays,
    usualGapDays: null,
    daysOver,
  };
}

/** The median of the gaps, in days, between conversation days given newest first; null with fewer than two days. */
export function usualGap(recentDays: readonly string[]): number | null {
  const gaps: number[] = [];
  for (let i = 1; i < recentDays.length; i++) gaps.push(daysBetween(recentDays[i]!, recentDays[i - 1]!));
  if (gaps.length === 0) return null;
  gaps.sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  return gaps.length % 2 === 1 ? gaps[mid]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
}

/**
 * Someone without a cadence is going cold when they have had at least RHYTHM_MIN_CONVERSATIONS conversation days, and
 * the days since the last exceed both RHYTHM_FACTOR times their usual gap and RHYTHM_MIN_DAYS.
 */
export function rhythmColdness(today: string, person: Rhythm): Cold | null {
  if (person.recentDays.length < RHYTHM_MIN_CONVERSATIONS) return null;
  const usual = usualGap(person.recentDays.slice(0, RHYTHM_DAYS))!;
  const limit = Math.max(RHYTHM_FACTOR * usual, RHYTHM_MIN_DAYS);
  const since = person.recentDays[0]!;
  const daysOver = Math.floor(daysBetween(since, today) - limit);
  if (daysOver <= 0) return null;
  return {
    person: person.person,
    lastContact: person.lastContact,
    since,
    reason: "rhythm",
    cadenceDays: null,
    usualGapDays: usual,
    daysOver,
  };
}

/** Everyone going cold, by their cadence or (without one) by their rhythm, most overdue first. */
export function goingCold(today: string, people: readonly KeepInTouch[], rhythms: readonly Rhythm[] = []): Cold[] {
  return [...people.flatMap((p) => coldness(today, p) ?? []), ...rhythms.flatMap((r) => rhythmColdness(today, r) ?? [])].sort(byDaysOver);
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
  return [
    report.overdue,
    report.dueToday,
    report.upcoming,
    report.intros,
    report.birthdays,
    report.cold,
    report.openAsks,
    report.proposedIntros,
  ].every((list) => list.length === 0);
}

/** How much needs attention today, for a prompt: follow-ups (introductions' check-ins too) past due and due today, and people going cold. */
export interface DueCounts {
  readonly overdue: number;
  readonly today: number;
  readonly cold: number;
}

/** Counts from the open follow-ups due on or before today, the people with a cadence and those with a rhythm. */
export function dueCounts(
  today: string,
  followUps: readonly { readonly due: string }[],
  keepInTouch: readonly KeepInTouch[],
  rhythms: readonly Rhythm[] = [],
): DueCounts {
  return {
    overdue: followUps.filter((f) => f.due < today).length,
    today: followUps.filter((f) => f.due === today).length,
    cold: keepInTouch.filter((p) => coldness(today, p) !== null).length + rhythms.filter((r) => rhythmColdness(today, r) !== null).length,
  };
}
