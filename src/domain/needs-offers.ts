import { nameKey } from "./names.js";

// What a person is looking for and what they can offer: short phrases in the user's words ("a product designer",
// "intros to seed investors"), kept as written; two phrases that differ only in case, accents or spacing are one.

export type Side = "needs" | "offers";

export const SIDES: readonly Side[] = ["needs", "offers"];

/** The longest phrase kept: a need or an offer is a few words; the story behind it goes in the note. */
export const MAX_PHRASE = 120;

/** A phrase as it is kept: one line, single spaces, no space around it (NEL, which \s leaves out, is a line break too). */
export function phraseOf(text: string): string {
  return text.replace(/[\s\u0085]+/g, " ").trim();
}

/** The form phrases are compared in: case and accents aside. */
export function phraseKey(text: string): string {
  return nameKey(text);
}

/** The phrases of `added` not already among `had` (nor repeated), in the order given. */
export function newPhrases(had: readonly string[], added: readonly string[]): string[] {
  const seen = new Set(had.map(phraseKey));
  const out: string[] = [];
  for (const raw of added) {
    const phrase = phraseOf(raw);
    const key = phraseKey(phrase);
    if (phrase === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(phrase);
  }
  return out;
}

/** Of `had`, those `removed` names (case and accents aside), and the removals that named none of them. */
export function phrasesNamed(had: readonly string[], removed: readonly string[]): { found: string[]; missing: string[] } {
  const found: string[] = [];
  const missing: string[] = [];
  for (const raw of removed) {
    const key = phraseKey(raw);
    const hit = had.filter((p) => phraseKey(p) === key);
    if (hit.length === 0) missing.push(phraseOf(raw));
    for (const p of hit) if (!found.includes(p)) found.push(p);
  }
  return { found, missing };
}
