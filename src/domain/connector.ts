import { stemmer } from "stemmer";
import { wordsOf } from "./search.js";

// How net matches what one person needs with what another can offer, and ranks whom to ask or introduce: words taken
// down to their stems ("designer" and "design" are one), the little words left out, and each kind of text weighed.
// docs/connector.md explains every constant here; a test keeps the two equal.

/** Words that say nothing about a need ("someone to help with the design of my app" is about design and an app). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  "a an and any are as at be by can could do for from get help her his i in into is it looking me my need needs of on or our "
    .concat("offer offers some someone something the their them they this to want we who with would you your")
    .split(" "),
);

/** The stems of a text's words that carry meaning, once each, in order. */
export function stemsOf(text: string): string[] {
  return [
    ...new Set(
      wordsOf(text)
        .filter((w) => !STOPWORDS.has(w) && !/^\d+$/.test(w))
        .map(stemmer),
    ),
  ];
}

/** The start of a word its stem shares ("strategy" → "strateg"): what the full-text index can find the word by. */
export function indexPrefixOf(word: string): string {
  const stem = stemmer(word);
  let n = 0;
  while (n < stem.length && n < word.length && stem[n] === word[n]) n++;
  return word.slice(0, Math.max(n, Math.min(3, word.length)));
}

/** The kinds of text `net who` looks in, with the weight of a match there: an offer counts most, a note's passing mention least. */
export const WHO_FIELDS = { offers: 5, title: 3, company: 2, tags: 2, note: 1 } as const;
export type WhoField = keyof typeof WHO_FIELDS;

/** The share of a `net who` score that is the match; the rest is the depth of the relationship. */
export const WHO_MATCH_SHARE = 0.6;

/** How much of a need a text covers: the share of the need's stems found among the text's. */
export function coverage(needStems: readonly string[], text: string): number {
  if (needStems.length === 0) return 0;
  const stems = new Set(stemsOf(text));
  return needStems.filter((s) => stems.has(s)).length / needStems.length;
}

export interface WhoMatch {
  /** 0 to 1: the best weighed coverage over the fields, an offer that covers the whole need being 1. */
  readonly match: number;
  /** What matched, best first: "offers: product design". */
  readonly matched: readonly string[];
}

/** How well a person's texts (by field) answer a need. */
export function whoMatch(needStems: readonly string[], texts: Readonly<Partial<Record<WhoField, readonly string[]>>>): WhoMatch {
  const found: { text: string; weighed: number }[] = [];
  for (const [field, weight] of Object.entries(WHO_FIELDS) as [WhoField, number][]) {
    for (const text of texts[field] ?? []) {
      const c = coverage(needStems, text);
      if (c > 0) found.push({ text: `${field}: ${text}`, weighed: (weight * c) / WHO_FIELDS.offers });
    }
  }
  found.sort((a, b) => b.weighed - a.weighed);
  return { match: found[0]?.weighed ?? 0, matched: found.map((f) => f.text) };
}

/** A `net who` score, 0 to 100: WHO_MATCH_SHARE of it the match, the rest the depth score. */
export function whoScore(match: number, depthScore: number): number {
  return Math.round(100 * (WHO_MATCH_SHARE * match + (1 - WHO_MATCH_SHARE) * (depthScore / 100)));
}
