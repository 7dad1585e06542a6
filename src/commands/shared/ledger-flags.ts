import { aKind, readRef, refKindsList, refOf, REF_KINDS, type RefKind } from "../../domain/refs.js";
import type { SizeName } from "../../domain/sizes.js";
import type { TypedId } from "../../domain/input.js";
import { parseSize, SIZES } from "../../domain/sizes.js";
import { usageError } from "../../errors.js";
import { dayFrom } from "./date-flags.js";
import { noteText } from "./text-flags.js";

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
  const day = dayFrom(input, today, "past", flag);
  if (day > today)
    throw usageError(
      `${flag} ${day} is in the future`,
      "Record things once they have happened; for a reminder use `net follow-up NAME WHEN`.",
    );
  return day;
}

/** What was given, received or asked for (`what`, as a message names it): the words after the name, joined. */
export function whatText(words: readonly string[] | string, example: string, what: string): string {
  const text = noteText(Array.isArray(words) ? words.join(" ") : String(words), what);
  if (text === null)
    throw usageError("say what it was", `Pass it after the name, like: ${example}; or write it in your editor with --edit.`);
  return text;
}

/**
 * The one parser of an id typed for `kind` ("12", "#12", "f12"): 0, negatives and anything not a whole number are usage
 * errors with one message. More digits than any id comes back with `id` null, for the command to report as not found.
 */
export function idArgument(input: string, kind: RefKind): TypedId {
  const what = aKind(kind);
  const list = REF_KINDS[kind].list;
  const read = readRef(input);
  const typed = read.kind === "bare" ? read : read.kind === "ref" && read.ref.kind === kind ? read.ref : undefined;
  if (typed && !/^0+$/.test(typed.digits)) return { digits: typed.digits, id: typed.id };
  if (read.kind === "ref" && read.ref.kind !== kind) {
    throw usageError(
      `"${input}" is ${aKind(read.ref.kind)}, not ${what}`,
      `Give ${what}'s number or reference, like ${refOf(kind, 12)}; see them with \`${list}\`.`,
    );
  }
  if (read.kind === "unknown") {
    throw usageError(
      `"${input}" is no kind of reference: references start with ${refKindsList()}`,
      `Give ${what}'s number or reference, like ${refOf(kind, 12)}; see them with \`${list}\`.`,
    );
  }
  throw usageError(
    `"${input}" is not ${what} id`,
    // 0 reads as digits but no record can have it: the same answer as for -1.
    `Ids are whole numbers or references, like 12 or ${refOf(kind, 12)}; see them with \`${list}\`.`,
  );
}
