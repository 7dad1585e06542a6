import { daysBetween } from "../domain/dates.js";
import { plural } from "../domain/plural.js";

// How far a date is from today, in words.

export function agoText(date: string, today: string): string {
  const days = daysBetween(date, today);
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days === -1) return "tomorrow";
  return days > 0 ? `${days} days ago` : `in ${-days} days`;
}

/** "2026-11-10 (12 days ago)", or "never". */
export function lastContactText(date: string | null, today: string): string {
  return date === null ? "never" : `${date} (${agoText(date, today)})`;
}

/** When a follow-up is due, in words: "in 3 days", "today", "2 days late". */
export function dueText(due: string, today: string): string {
  const late = daysBetween(due, today);
  return late <= 0 ? agoText(due, today) : lateText(late);
}

/** "1 day late", "3 days late". */
export function lateText(days: number): string {
  return `${plural(days, "day")} late`;
}
