import { MAX_YEARS_AWAY, yearsAway } from "../domain/dates.js";
import type { TypedId } from "../domain/input.js";
import { usageError } from "../errors.js";
import { dayFrom } from "./date-flags.js";
import { idArgument } from "./ledger-flags.js";

// A follow-up's day from what was typed: relative phrases count forward from today; it cannot be in the past, nor years away.
/** `flag` names where the text came from (--follow-up); omit it for a positional argument. */
export function parseFollowUpDay(text: string, today: string, flag?: string): string {
  const what = flag ? `${flag} "${text}"` : `"${text}"`;
  const day = dayFrom(text, today, "future", flag);
  if (day < today) throw usageError(`${what} is ${day}, in the past; a follow-up needs today or a later day`, "Use a future day such as 3d, friday or next week.");
  if (day > yearsAway(today, 1)) throw usageError(`${what} is more than ${MAX_YEARS_AWAY} years ahead`, `A follow-up can be at most ${MAX_YEARS_AWAY} years ahead: use a nearer day, such as 2w, next month or 1y.`);
  return day;
}

/** A follow-up id as typed: "12" or "#12". */
export function parseFollowUpId(text: string): TypedId {
  return idArgument(text, "f");
}
