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
const NAMED_DURATIONS: Record<string, number> = { daily: 1, weekly: 7, biweekly: 14, fortnightly: 14, monthly: 30, quarterly: 91, yearly: 365, annually: 365 };

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
  const moved = unit === "d" ? t.add(amount, "day") : unit === "w" ? t.add(amount * 7, "day") : unit === "m" ? t.add(amount, "month") : t.add(amount, "year");
  return moved.format("YYYY-MM-DD");
}

/**
 * A calendar day from what a person types, or null if it cannot be read.
 * Bare relative amounts ("3d", "friday") count forward for `future` and backward for `past`.
 */
export function parseDay(input: string, today: string, lean: Lean): string | null {
  const day = readDay(input, today, lean);
  // Amounts like "8000y" land outside four-digit years: not a day anyone means.
  return day !== null && isIsoDate(day) && day >= "1000-01-01" && day <= "9999-12-31" ? day : null;
}

function readDay(input: string, today: string, lean: Lean): string | null {
  const text = input.trim().toLowerCase().replace(/\s+/g, " ");
  if (text === "") return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isIsoDate(text) ? text : null;
  if (text === "today" || text === "now") return today;
  if (text === "yesterday") return addDays(today, -1);
  if (text === "tomorrow") return addDays(today, 1);
  const sign = lean === "future" ? 1 : -1;

  let m = /^(\d+)\s*([a-z]+)$/.exec(text);
  if (m && unitOf(m[2]!)) return shift(today, sign * Number(m[1]), unitOf(m[2]!)!);
  m = /^in (\d+|a|an|one) ?([a-z]+)$/.exec(text);
  if (m && unitOf(m[2]!)) return shift(today, amountOf(m[1]!), unitOf(m[2]!)!);
  m = /^(\d+|a|an|one) ?([a-z]+) ago$/.exec(text);
  if (m && unitOf(m[2]!)) return shift(today, -amountOf(m[1]!), unitOf(m[2]!)!);
  m = /^(next|last) (week|month|year)$/.exec(text);
  if (m) return shift(today, m[1] === "next" ? 1 : -1, unitOf(m[2]!)!);

  m = /^(next |last |this )?([a-z]+)$/.exec(text);
  const weekday = m ? WEEKDAYS.findIndex((d) => m![2]!.length >= 3 && d.startsWith(m![2]!)) : -1;
  if (m && weekday >= 0) {
    const current = dayjs(today).day();
    const direction = m[1] === "next " ? 1 : m[1] === "last " ? -1 : sign;
    if (direction > 0) return addDays(today, ((weekday - current + 7) % 7) || 7);
    return addDays(today, -(((current - weekday + 7) % 7) || (m[1] === "last " ? 7 : 0)));
  }

  const reference = dayjs(today).hour(12).toDate();
  const found = naturalLanguage().parseDate(input, reference, { forwardDate: lean === "future" });
  if (!found) return null;
  const day = dayjs(found).format("YYYY-MM-DD");
  // chrono picks the nearest "March 3"; for something that already happened, that is the last one.
  if (lean === "past" && day > today && !/\b\d{4}\b/.test(input)) return dayjs(found).subtract(1, "year").format("YYYY-MM-DD");
  return day;
}

// chrono-node is large; it is loaded only for phrases the forms above do not cover ("March 3", "last day of May").
let chrono: typeof import("chrono-node") | undefined;
function naturalLanguage(): typeof import("chrono-node") {
  chrono ??= createRequire(import.meta.url)("chrono-node") as typeof import("chrono-node");
  return chrono;
}

function amountOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : 1;
}

/** A span in days ("2w" → 14, "monthly" → 30), or null. 0 and negative spans are not durations. */
export function parseDuration(input: string): number | null {
  const text = input.trim().toLowerCase();
  if (Object.hasOwn(NAMED_DURATIONS, text)) return NAMED_DURATIONS[text]!;
  const m = /^(\d+)\s*([a-z]*)$/.exec(text);
  if (!m) return null;
  const amount = Number(m[1]);
  const unit = m[2] === "" ? "d" : unitOf(m[2]!);
  if (!unit || amount <= 0 || !Number.isSafeInteger(amount * UNIT_DAYS[unit]!)) return null;
  return amount * UNIT_DAYS[unit]!;
}
