import { createRequire } from "node:module";
import dayjs from "dayjs";

// Dates are local calendar days written YYYY-MM-DD; `today` is always passed in.

export const DATE_FORMS =
  "YYYY-MM-DD, today, yesterday, tomorrow, a weekday (fri), 3d/2w/1m/1y, 'in 3 days', '2 weeks ago', 'next week', 'next month', or a date like 'March 3'";
export const DURATION_FORMS = "a number of days (30), or 3d, 2w, 1m, 1y, weekly, monthly, quarterly, yearly";

/** Which way a bare relative phrase leans: a follow-up is in the future, an interaction in the past. */
export type Lean = "past" | "future";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const UNIT_DAYS: Record<string, number> = { d: 1, w: 7, m: 30, y: 365 };
const NAMED_DURATIONS: Record<string, number> = {
  daily: 1,
  weekly: 7,
  biweekly: 14,
  fortnightly: 14,
  monthly: 30,
  quarterly: 91,
  yearly: 365,
  annually: 365,
};

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = dayjs(text, "YYYY-MM-DD");
  return d.isValid() && d.format("YYYY-MM-DD") === text;
}

export function addDays(date: string, days: number): string {
  return dayjs(date).add(days, "day").format("YYYY-MM-DD");
}

const DAY_MS = 86_400_000;

// Whole-network reports call daysBetween for every person: UTC day numbers from the digits are many times faster than a date library,
// and a calendar day in UTC has no daylight-saving hour to round away. The same few thousand days come back again and
// again (today above all), so each is worked out once.
const dayNumbers = new Map<string, number>();

function dayNumber(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
    dayNumbers.set(date, day);
  }
  return day;
}

/** Whole days from `from` to `to`, both YYYY-MM-DD (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

function unitOf(word: string): "d" | "w" | "m" | "y" | null {
  const w = word.toLowerCase();
  if (/^(d|days?)$/.test(w)) return "d";
  if (/^(w|wks?|weeks?)$/.test(w)) return "w";
  if (/^(m|mos?|months?)$/.test(w)) return "m";
  if (/^(y|yrs?|years?)$/.test(w)) return "y";
  return null;
}

function shift(today: string, amount: number, unit: "d" | "w" | "m" | "y"): string {
  const t = dayjs(today);
  const moved =
    unit === "d"
      ? t.add(amount, "day")
      : unit === "w"
        ? t.add(amount * 7, "day")
        : unit === "m"
          ? t.add(amount, "month")
          : t.add(amount, "year");
  return moved.format("YYYY-MM-DD");
}

/** How far from today a day counted from today may land ("in 3 weeks", "2 years ago"), and how far ahead a follow-up may be. */
export const MAX_YEARS_AWAY = 10;
/** The longest duration (--cadence, --within): ten years of 365 days, as durations count a year. */
export const MAX_DURATION_DAYS = MAX_YEARS_AWAY * UNIT_DAYS.y!;

/** The day MAX_YEARS_AWAY after today (`+1`) or before it (`-1`). */
export function yearsAway(today: string, direction: 1 | -1): string {
  return shift(today, direction * MAX_YEARS_AWAY, "y");
}

/** A day read from what a person typed, or why it is not one: unreadable, or counted so far from today that it is a slip. */
export type DayReading =
  | { readonly day: string }
  | { readonly problem: "unreadable" }
  | { readonly problem: "too far"; readonly ahead: boolean };

const UNREADABLE = { problem: "unreadable" } as const;

/**
 * A calendar day from what a person types. The whole text must be the date: "wednesday maybe" is not one.
 * Bare relative amounts ("3d", "friday") count forward for `future` and backward for `past`. A day counted from today
 * (anything written without its year) must land within MAX_YEARS_AWAY of it; a date written in full is taken as written.
 */
export function readDay(input: string, today: string, lean: Lean): DayReading {
  const read = readPhrase(input, today, lean);
  if ("problem" in read) return read;
  if (read.counted && read.day > yearsAway(today, 1)) return { problem: "too far", ahead: true };
  if (read.counted && read.day < yearsAway(today, -1)) return { problem: "too far", ahead: false };
  return isIsoDate(read.day) && read.day >= "1000-01-01" && read.day <= "9999-12-31" ? { day: read.day } : UNREADABLE;
}

type Phrase = { readonly day: string; readonly counted: boolean } | Exclude<DayReading, { readonly day: string }>;

// Past this many days an amount is too far whatever its unit; checked before counting, so no date library sees 8000y.
const AMOUNT_LIMIT_DAYS = (MAX_YEARS_AWAY + 1) * 366;

function readPhrase(input: string, today: string, lean: Lean): Phrase {
  const text = input.trim().toLowerCase().replace(/\s+/g, " ");
  const counted = (day: string): Phrase => ({ day, counted: true });
  const amount = (n: number, unit: "d" | "w" | "m" | "y"): Phrase =>
    Math.abs(n) * UNIT_DAYS[unit]! > AMOUNT_LIMIT_DAYS ? { problem: "too far", ahead: n > 0 } : counted(shift(today, n, unit));
  if (text === "") return UNREADABLE;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isIsoDate(text) ? { day: text, counted: false } : UNREADABLE;
  if (text === "today" || text === "now") return counted(today);
  if (text === "yesterday") return counted(addDays(today, -1));
  if (text === "tomorrow") return counted(addDays(today, 1));
  const sign = lean === "future" ? 1 : -1;

  let m = /^(\d+)\s*([a-z]+)$/.exec(text);
  if (m && unitOf(m[2]!)) return amount(sign * Number(m[1]), unitOf(m[2]!)!);
  m = /^in (\d+|a|an|one) ?([a-z]+)$/.exec(text);
  if (m && unitOf(m[2]!)) return amount(amountOf(m[1]!), unitOf(m[2]!)!);
  m = /^(\d+|a|an|one) ?([a-z]+) ago$/.exec(text);
  if (m && unitOf(m[2]!)) return amount(-amountOf(m[1]!), unitOf(m[2]!)!);
  m = /^(next|last) (week|month|year)$/.exec(text);
  if (m) return amount(m[1] === "next" ? 1 : -1, unitOf(m[2]!)!);

  m = /^(next |last |this )?([a-z]+)$/.exec(text);
  const weekday = m ? WEEKDAYS.findIndex((d) => m![2]!.length >= 3 && d.startsWith(m![2]!)) : -1;
  if (m && weekday >= 0) {
    const current = dayjs(today).day();
    const direction = m[1] === "next " ? 1 : m[1] === "last " ? -1 : sign;
    if (direction > 0) return counted(addDays(today, (weekday - current + 7) % 7 || 7));
    return counted(addDays(today, -((current - weekday + 7) % 7 || (m[1] === "last " ? 7 : 0))));
  }

  const phrase = input.trim().replace(/\s+/g, " ");
  const reference = dayjs(today).hour(12).toDate();
  const results = naturalLanguage().parse(phrase, reference, { forwardDate: lean === "future" });
  // chrono finds a date anywhere in a text ("yesterday-ish" holds "yesterday"): only one that is the whole text (after
  // "the" or "on") is a day, and a span ("March 3 to 5") is not one day.
  const [found] = results;
  if (
    results.length !== 1 ||
    found!.end ||
    !LEAD_INS.has(phrase.slice(0, found!.index).trim().toLowerCase()) ||
    !phrase.endsWith(found!.text.trim())
  )
    return UNREADABLE;
  const written = /\b\d{4}\b/.test(phrase);
  const day = dayjs(found!.start.date());
  // chrono picks the nearest "March 3"; for something that already happened, that is the last one.
  const monthAndDay = found!.start.isCertain("month") && !found!.start.isCertain("year");
  if (lean === "past" && day.format("YYYY-MM-DD") > today && monthAndDay && !written)
    return counted(day.subtract(1, "year").format("YYYY-MM-DD"));
  return { day: day.format("YYYY-MM-DD"), counted: !written };
}

const LEAD_INS = new Set(["", "the", "on", "on the"]);

// chrono-node is large; it is loaded only for phrases the forms above do not cover ("March 3", "last day of May").
let chrono: typeof import("chrono-node") | undefined;
function naturalLanguage(): typeof import("chrono-node") {
  chrono ??= createRequire(import.meta.url)("chrono-node") as typeof import("chrono-node");
  return chrono;
}

function amountOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : 1;
}

/** A span in days ("2w" → 14, "monthly" → 30), or why it is not one. 0 and negative spans are not durations; past MAX_DURATION_DAYS is too long. */
export type DurationReading = { readonly days: number } | { readonly problem: "unreadable" | "too long" };

export function readDuration(input: string): DurationReading {
  const text = input.trim().toLowerCase();
  if (Object.hasOwn(NAMED_DURATIONS, text)) return { days: NAMED_DURATIONS[text]! };
  const m = /^(\d+)\s*([a-z]*)$/.exec(text);
  if (!m) return { problem: "unreadable" };
  const amount = Number(m[1]);
  const unit = m[2] === "" ? "d" : unitOf(m[2]!);
  if (!unit || amount <= 0) return { problem: "unreadable" };
  const days = amount * UNIT_DAYS[unit]!;
  return days > MAX_DURATION_DAYS ? { problem: "too long" } : { days };
}
