import type { SizeName } from "../db/schema.js";
import { DATE_FORMS, parseDay } from "../domain/dates.js";
import { parseSize, SIZES } from "../domain/sizes.js";
import { usageError } from "../errors.js";

// The flags the ledger, ask and intro commands share: --size, --on, a free-text "what", and numeric ids. Bad values are usage errors.

export function sizeFlag(input: string | undefined, fallback: SizeName): SizeName {
  if (input === undefined) return fallback;
  const size = parseSize(input);
  if (!size) throw usageError(`--size "${input}" is not a size`, `Use one of: ${SIZES.join(", ")}.`);
  return size;
}

/** --on: a past or present day (something that already happened); today when absent. */
export function dayFlag(input: string | undefined, today: string, flag = "--on"): string {
  if (input === undefined) return today;
  const day = parseDay(input, today, "past");
  if (!day) throw usageError(`${flag} "${input}" is not a date`, `Use ${DATE_FORMS}.`);
  if (day > today) throw usageError(`${flag} ${day} is in the future`, "Record things once they have happened; for a reminder use `net follow-up NAME WHEN`.");
  return day;
}

/** What was given, received or asked for: the words after the name, joined. */
export function whatText(words: readonly string[] | string, example: string): string {
  const text = (Array.isArray(words) ? words.join(" ") : String(words)).trim();
  if (text === "") throw usageError("say what it was", `Pass it after the name, like: ${example}`);
  return text;
}

export function idArgument(input: string, what: string, listCommand: string): number {
  const m = /^#?(\d+)$/.exec(input.trim());
  if (!m || Number(m[1]) === 0) throw usageError(`"${input}" is not ${what} id`, `Ids are numbers; see them with \`${listCommand}\`.`);
  return Number(m[1]);
}
