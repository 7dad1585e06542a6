import { MAX_YEARS_AWAY, yearsAway } from "../../domain/dates.js";
import type { TypedId } from "../../domain/input.js";
import type { Kysely } from "kysely";
import { followUpsByIds, type FollowUp } from "../../db/follow-ups.js";
import type { DB } from "../../db/schema.js";
import { refOf } from "../../domain/refs.js";
import { usageError } from "../../errors.js";
import { dayFrom } from "./date-flags.js";

// A follow-up's day from what was typed: relative phrases count forward from today; it cannot be in the past, nor years away.
/** `flag` names where the text came from (--follow-up); omit it for a positional argument. */
export function parseFollowUpDay(text: string, today: string, flag?: string): string {
  const what = flag ? `${flag} "${text}"` : `"${text}"`;
  const day = dayFrom(text, today, "future", flag);
  if (day < today)
    throw usageError(
      `${what} is ${day}, in the past; a follow-up needs today or a later day`,
      "Use a future day such as 3d, friday or next week.",
    );
  if (day > yearsAway(today, 1))
    throw usageError(
      `${what} is more than ${MAX_YEARS_AWAY} years ahead`,
      `A follow-up can be at most ${MAX_YEARS_AWAY} years ahead: use a nearer day, such as 2w, next month or 1y.`,
    );
  return day;
}

/**
 * The follow-ups typed, read inside the write that changes them: an unknown one, or one not open (need "open") or not
 * done (need "done"), refuses the whole command. `refused` ends each message ("nothing was marked done"); `flag` starts
 * it when the follow-ups came from one (--done).
 */
export async function followUpsToChange(
  db: Kysely<DB>,
  typed: readonly TypedId[],
  need: "open" | "done",
  refused: string,
  flag?: string,
): Promise<FollowUp[]> {
  const from = flag ? `${flag}: ` : "";
  const ids = [...new Set(typed.flatMap((t) => (t.id === null ? [] : [t.id])))];
  const found = await followUpsByIds(db, ids);
  const missing = [...new Set(typed.filter((t) => !found.some((f) => f.id === t.id)).map((t) => t.digits))];
  if (missing.length > 0)
    throw usageError(
      `${from}no follow-up ${missing.map((d) => `f${d}`).join(", ")}; ${refused}`,
      "See open follow-ups and their references with `net due`.",
    );
  const wrong = found.filter((f) => (need === "open") !== (f.doneOn === null));
  if (wrong.length > 0) {
    const why = (f: FollowUp) =>
      need === "open" ? `${refOf("f", f.id)} was already done on ${f.doneOn}` : `${refOf("f", f.id)} is still open`;
    throw usageError(
      `${from}${wrong.map(why).join("; ")}; ${refused}`,
      need === "open" ? "See open follow-ups with `net due`." : "Only a follow-up marked done can be reopened.",
    );
  }
  return found;
}
