import { DATE_FORMS, DURATION_FORMS, MAX_DURATION_DAYS, MAX_YEARS_AWAY, readDay, readDuration, type Lean } from "../../domain/dates.js";
import { usageError } from "../../errors.js";

// Days and durations typed on the command line; what cannot be read, or lands absurdly far away, is a usage error.

/** A day typed for `flag` (--on, --met-on…), or for a positional argument when `flag` is omitted. */
export function dayFrom(text: string, today: string, lean: Lean, flag?: string): string {
  const reading = readDay(text, today, lean);
  if ("day" in reading) return reading.day;
  const what = flag ? `${flag} "${text}"` : `"${text}"`;
  if (reading.problem === "unreadable") throw usageError(`${what} is not a date`, `Use ${DATE_FORMS}.`);
  throw usageError(
    `${what} is more than ${MAX_YEARS_AWAY} years ${reading.ahead ? "ahead" : "back"}`,
    reading.ahead
      ? `A follow-up can be at most ${MAX_YEARS_AWAY} years ahead: use a nearer day, such as 2w, next month or 1y.`
      : `A day counted from today (3d, 2 weeks ago) reaches at most ${MAX_YEARS_AWAY} years back; write an older day as YYYY-MM-DD.`,
  );
}

/** A duration typed for `flag` (--cadence, --within), in days. */
export function durationFrom(text: string, flag: string, forms = DURATION_FORMS): number {
  const reading = readDuration(text);
  if ("days" in reading) return reading.days;
  if (reading.problem === "unreadable") throw usageError(`${flag} "${text}" is not a duration`, `Use ${forms}.`);
  throw usageError(
    `${flag} "${text}" is more than ${MAX_YEARS_AWAY} years; the limit is ${MAX_YEARS_AWAY}y (${MAX_DURATION_DAYS.toLocaleString("en-US")} days)`,
    `Use ${forms}.`,
  );
}
