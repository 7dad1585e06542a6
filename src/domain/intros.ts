import { addDays } from "./dates.js";

export type IntroStatus = "proposed" | "made";
export type IntroOutcome = "met" | "fizzled";

// Introductions: a made one is followed up two weeks later to ask how it went.

/** Days after an introduction to check how it went. */
export const INTRO_CHECK_IN_DAYS = 14;

/** The day to check on an introduction made on `madeOn`. */
/** The note of an introduction's check-in follow-up, as it is made. */
export function checkInNote(a: string, b: string): string {
  return `How did the introduction of ${a} and ${b} go?`;
}

export function checkInDue(madeOn: string): string {
  return addDays(madeOn, INTRO_CHECK_IN_DAYS);
}
