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

/** An offer answers a need when they share at least this share of the stems of the shorter of the two. */
export const SUGGEST_MIN_OVERLAP = 0.6;
/** The share of a suggestion's score that is the match; the rest is the depth of both relationships, half each. */
export const SUGGEST_MATCH_SHARE = 0.5;
/** The weight of the second way round in the match: each helping the other beats one helping the other. */
export const SUGGEST_BOTH_WAYS = 0.25;
/** The weakest tier either person may be: you introduce people you know, not names. */
export const SUGGEST_MIN_TIER = "acquaintance" as const;

/**
 * How much a need and an offer have in common: the stems they share over the stems of the shorter phrase, so that
 * "product design" answers "a product designer for her fintech app" in full, and "product strategy" half of "a
 * product designer".
 */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(b);
  return a.filter((s) => set.has(s)).length / Math.min(a.length, b.length);
}

export interface Phrases {
  readonly id: number;
  readonly name: string;
  readonly needs: readonly string[];
  readonly offers: readonly string[];
  readonly depthScore: number;
}

/** One need of one person that another's offer answers. */
export interface Answer {
  readonly needs: string;
  readonly offers: string;
  readonly coverage: number;
}

export interface Suggestion {
  readonly a: Phrases;
  readonly b: Phrases;
  readonly score: number;
  /** What b offers that a needs (best first), and the other way. */
  readonly forA: Answer | null;
  readonly forB: Answer | null;
}

/** The best answer among `to`'s offers for `from`'s needs, if any covers enough. */
function bestAnswer(from: Phrases, to: Phrases, stems: (text: string) => readonly string[]): Answer | null {
  let best: Answer | null = null;
  for (const need of from.needs) {
    const needStems = stems(need);
    if (needStems.length === 0) continue;
    for (const offer of to.offers) {
      const c = overlap(needStems, stems(offer));
      if (c >= SUGGEST_MIN_OVERLAP && (best === null || c > best.coverage)) best = { needs: need, offers: offer, coverage: c };
    }
  }
  return best;
}

/**
 * Pairs of people where one's needs match the other's offers (either way), never a person with themself nor a pair
 * already introduced (`introduced` holds "a:b" with a < b), best first. People are given already held to the tier floor.
 */
export function suggestIntros(people: readonly Phrases[], introduced: ReadonlySet<string>): Suggestion[] {
  const cache = new Map<string, readonly string[]>();
  const stems = (text: string) => {
    let s = cache.get(text);
    if (!s) cache.set(text, (s = stemsOf(text)));
    return s;
  };
  // Who offers each stem: only pairs sharing one are compared.
  const offering = new Map<string, Set<number>>();
  people.forEach((p, i) => {
    for (const offer of p.offers) for (const s of stems(offer)) (offering.get(s) ?? offering.set(s, new Set()).get(s)!).add(i);
  });
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  people.forEach((p, i) => {
    const partners = new Set<number>();
    for (const need of p.needs) for (const s of stems(need)) for (const j of offering.get(s) ?? []) partners.add(j);
    for (const j of partners) {
      if (j === i || people[j]!.id === p.id) continue;
      const [x, y] = p.id < people[j]!.id ? [p, people[j]!] : [people[j]!, p];
      const key = `${x.id}:${y.id}`;
      if (seen.has(key) || introduced.has(key)) continue;
      seen.add(key);
      const forA = bestAnswer(x, y, stems);
      const forB = bestAnswer(y, x, stems);
      if (!forA && !forB) continue;
      const [best, other] = [forA?.coverage ?? 0, forB?.coverage ?? 0].sort((m, n) => n - m) as [number, number];
      const match = (best + SUGGEST_BOTH_WAYS * other) / (1 + SUGGEST_BOTH_WAYS);
      const depth = (x.depthScore + y.depthScore) / 200;
      const score = Math.round(100 * (SUGGEST_MATCH_SHARE * match + (1 - SUGGEST_MATCH_SHARE) * depth));
      // The one with the need comes first.
      out.push(forA ? { a: x, b: y, score, forA, forB } : { a: y, b: x, score, forA: forB, forB: null });
    }
  });
  return out.sort((s, t) => t.score - s.score || s.a.id - t.a.id || s.b.id - t.b.id);
}

/** The line for a side: "Ana Lima needs a product designer; Bruno Reis offers product design". */
export function benefitLine(who: { name: string }, other: { name: string }, answer: Answer | null, given: Answer | null): string {
  if (answer) return `${who.name} needs ${answer.needs}; ${other.name} offers ${answer.offers}`;
  // Nothing they need from the other: they gain someone who needs what they offer.
  return given ? `${who.name} meets someone who needs what they offer (${given.offers})` : `${who.name} meets ${other.name}`;
}
