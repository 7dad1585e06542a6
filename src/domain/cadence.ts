import { type DurationReading, readDuration } from "./dates.js";

// How often to keep in touch (people.cadence_days), read and written as people say it: weekly, every 2 weeks, monthly.
// A month counts 30 days and a year 365, as every duration does (dates.ts), so a quarter is 3 months: 90 days.

/** What --cadence accepts, for the message that refuses anything else. */
export const CADENCE_FORMS =
  "weekly, every 2 weeks, monthly, every 3 months, quarterly, yearly, every 10 days, a number of days (30), 2w, 1m, 90d, or none";

// "none" is a choice (0: never going cold, even by rhythm); an empty value takes the cadence away (null: by rhythm).
const NONE = new Set(["none", "off", "never", "0"]);

// Names for a cadence; quarterly was once 91 days, so both read as quarterly.
const NAMED: Readonly<Record<string, number>> = {
  daily: 1,
  weekly: 7,
  biweekly: 14,
  fortnightly: 14,
  monthly: 30,
  quarterly: 90,
  yearly: 365,
  annually: 365,
};
const WORDED: ReadonlyMap<number, string> = new Map([
  [1, "daily"],
  [7, "weekly"],
  [30, "monthly"],
  [90, "quarterly"],
  [91, "quarterly"],
  [365, "yearly"],
]);

/** A cadence in days (0 for none), or null for no cadence set; or why the text is not one. */
export type CadenceReading = { readonly days: number | null } | Exclude<DurationReading, { readonly days: number }>;

/** "weekly", "every 2 weeks", "every month", "every other week", "2w", "1m", "90d", "30" or "none" (null). */
export function parseCadence(input: string): CadenceReading {
  const text = input.trim().toLowerCase().replace(/\s+/g, " ");
  if (text === "") return { days: null };
  if (NONE.has(text)) return { days: 0 };
  if (Object.hasOwn(NAMED, text)) return { days: NAMED[text]! };
  const every = /^every (other )?(.+)$/.exec(text);
  if (!every) return readDuration(text);
  // "every week" is one week; "every other week" two.
  const amount = /^\d/.test(every[2]!) ? every[2]! : `${every[1] ? 2 : 1} ${every[2]}`;
  if (every[1] && /^\d/.test(every[2]!)) return { problem: "unreadable" };
  return readDuration(amount);
}

/** A cadence as people say it: "weekly", "every 2 weeks", "monthly", "every 3 months", "every 10 days", or "none". */
export function cadenceWords(days: number | null): string {
  if (days === null || days === 0) return "none";
  const named = WORDED.get(days);
  if (named) return named;
  if (days % 365 === 0) return `every ${days / 365} years`;
  if (days % 30 === 0) return `every ${days / 30} months`;
  if (days % 7 === 0) return `every ${days / 7} weeks`;
  return `every ${days} days`;
}
