import { DATE_FORMS, parseDay } from "../domain/dates.js";
import { usageError } from "../errors.js";

// A follow-up's day from what was typed: relative phrases count forward from today, and it cannot be in the past.
/** `flag` names where the text came from (--follow-up); omit it for a positional argument. */
export function parseFollowUpDay(text: string, today: string, flag?: string): string {
  const what = flag ? `${flag} "${text}"` : `"${text}"`;
  const day = parseDay(text, today, "future");
  if (day === null) throw usageError(`${what} is not a date`, `Use ${DATE_FORMS}.`);
  if (day < today) throw usageError(`${what} is ${day}, in the past; a follow-up needs today or a later day`, "Use a future day such as 3d, friday or next week.");
  return day;
}

/** A follow-up id as typed: "12" or "#12". */
export function parseFollowUpId(text: string): number {
  const m = /^#?(\d+)$/.exec(text.trim());
  if (!m) throw usageError(`"${text}" is not a follow-up id`, "Use the follow-up's number as `net due` shows it, e.g. 12.");
  return Number(m[1]);
}
