import { distance } from "fastest-levenshtein";
import { readId } from "./input.js";

// How a typed name finds a person: id, exact name (case- and accent-insensitive), unique prefix, then a close fuzzy match.

export interface Named {
  readonly id: number;
  readonly name: string;
}

/** How a person was found: the weaker the match, the more the caller should say so. */
export type Match = "id" | "exact" | "prefix" | "fuzzy";

export type Resolution<T extends Named> =
  | { readonly kind: "found"; readonly person: T; readonly match: Match }
  | { readonly kind: "ambiguous"; readonly candidates: readonly T[] }
  | { readonly kind: "unknown"; readonly suggestions: readonly T[] };

// Built once: the bundler turns a \p{…} literal into a new RegExp at every call, and resolving a name keys every person.
const MARKS = /\p{M}+/gu;

/** The form names are compared in: no accents, case folded (ß and SS alike), single spaces. */
export function nameKey(name: string): string {
  return name.normalize("NFKD").toUpperCase().toLowerCase().normalize("NFKD").replace(MARKS, "").replace(/\s+/g, " ").trim();
}

/** Whether `part` is in `text`, case and accents aside: how the text filters of net people match. */
export function containsFolded(text: string | null, part: string): boolean {
  return text !== null && nameKey(text).includes(nameKey(part));
}

export function resolveName<T extends Named>(query: string, people: readonly T[]): Resolution<T> {
  // "#12" or "12" refers to a person by id.
  const typed = readId(query);
  if (typed !== null) {
    const byId = people.find((p) => p.id === typed.id);
    return byId ? { kind: "found", person: byId, match: "id" } : { kind: "unknown", suggestions: [] };
  }
  const q = nameKey(query);
  const keyed = people.map((p) => ({ p, key: nameKey(p.name) }));

  const exact = keyed.filter((k) => k.key === q);
  if (exact.length > 0)
    return pick(
      exact.map((k) => k.p),
      "exact",
    );

  const prefix = keyed.filter((k) => k.key.startsWith(q) || k.key.split(" ").some((word) => word.startsWith(q)));
  if (prefix.length > 0)
    return pick(
      prefix.map((k) => k.p),
      "prefix",
    );

  const scored = keyed
    .map((k) => ({ p: k.p, d: closeness(q, k.key) }))
    // On a tie, a name with a word that starts like the query is the likelier typo ("bne" → Ben before Ana).
    .sort((a, b) => a.d - b.d || initialMiss(q, a.p.name) - initialMiss(q, b.p.name) || compareNames(a.p.name, b.p.name));
  const limit = Math.max(1, Math.floor(q.length / 4));
  const close = scored.filter((s) => s.d <= limit);
  if (close.length > 0) {
    const best = close[0]!.d;
    return pick(
      close.filter((s) => s.d === best).map((s) => s.p),
      "fuzzy",
    );
  }
  return {
    kind: "unknown",
    suggestions: scored
      .filter((s) => typedLike(q, nameKey(s.p.name)))
      .slice(0, 3)
      .map((s) => s.p),
  };
}

/**
 * Whether a name could be what was typed, by how names are mistyped: a word of it shares a word or its first two
 * letters with a typed word, or is a few letters off one (1 for up to 4 letters, 2 up to 8, 3 beyond). Anyone
 * else is never offered as "did you mean".
 */
export function typedLike(query: string, key: string): boolean {
  const typed = query.split(" ").filter((w) => w !== "");
  const words = key.split(" ");
  return (
    typed.some((t) =>
      words.some(
        (w) => w === t || (t.length >= 2 && w.startsWith(t.slice(0, 2))) || swapped(t, w) || distance(t, w) <= typoAllowance(t.length),
      ),
    ) ||
    (query.includes(" ") && distance(query, key) <= typoAllowance(query.length))
  );
}

/** Two neighbouring letters typed the wrong way round ("bne" for "ben"): one slip, though Levenshtein counts two. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function typoAllowance(letters: number): number {
  return letters <= 4 ? 1 : letters <= 8 ? 2 : 3;
}

/**
 * How far apart two name keys (see nameKey) are when they are close enough to be one person typed twice: 0 for the same
 * name but for accents, case or spacing, else the number of letters to change; null when they are not that close.
 * Short names are near everyone ("Al" and "Bo" are 2 apart), so two changes count only when both names have at least
 * 6 letters and one change only when both have at least 3; shorter names are close only when equal.
 */
export function closeNameDistance(a: string, b: string): number | null {
  if (a === b) return 0;
  // Cheap tests first: `net dupes` calls this for many pairs of a large journal.
  if (Math.abs(a.length - b.length) > 2) return null;
  const letters = Math.min(letterCount(a), letterCount(b));
  const most = letters >= 6 ? 2 : letters >= 3 ? 1 : 0;
  if (most === 0 || Math.abs(a.length - b.length) > most) return null;
  const d = distance(a, b);
  return d <= most ? d : null;
}

/** Characters of a key that are not spaces or the punctuation of names (hyphen, dot, apostrophe). */
function letterCount(key: string): number {
  let n = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 46 && c !== 39 && c !== 0x2019) n++;
  }
  return n;
}

/** The people whose names are close to this one (closeNameDistance), closest first: who a new name may already be. */
export function closeNames<T extends Named>(name: string, people: readonly T[]): T[] {
  const key = nameKey(name);
  const close: { p: T; d: number }[] = [];
  for (const p of people) {
    const d = closeNameDistance(key, nameKey(p.name));
    if (d !== null) close.push({ p, d });
  }
  return close.sort((x, y) => x.d - y.d || x.p.id - y.p.id).map((c) => c.p);
}

function initialMiss(query: string, name: string): number {
  return nameKey(name)
    .split(" ")
    .some((word) => word[0] === query[0])
    ? 0
    : 1;
}

function pick<T extends Named>(matches: readonly T[], match: Match): Resolution<T> {
  return matches.length === 1 ? { kind: "found", person: matches[0]!, match } : { kind: "ambiguous", candidates: matches };
}

/** Edit distance to the whole name or to its closest word, whichever is nearer. */
function closeness(query: string, key: string): number {
  let best = distance(query, key);
  for (const word of key.split(" ")) best = Math.min(best, distance(query, word));
  if (!query.includes(" ")) return best;
  return Math.min(best, distance(query, key.slice(0, query.length)));
}

/** The best few matches for a search-as-you-type box: exact, then prefixes, then close spellings. */
export function searchNames<T extends Named>(query: string, people: readonly T[], limit = 10): T[] {
  const q = nameKey(query);
  if (q === "") return people.slice(0, limit);
  const ranked: { p: T; rank: number }[] = [];
  for (const p of people) {
    const key = nameKey(p.name);
    const rank =
      key === q
        ? 0
        : key.startsWith(q)
          ? 1
          : key.split(" ").some((word) => word.startsWith(q))
            ? 2
            : key.includes(q)
              ? 3
              : 4 + closeness(q, key);
    if (rank <= 4 + Math.max(1, Math.floor(q.length / 4))) ranked.push({ p, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || compareNames(a.p.name, b.p.name))
    .slice(0, limit)
    .map((r) => r.p);
}

const PRIMARY_PLAIN = /^[a-z .'-]*$/;
let englishOrder: boolean | undefined;

/**
 * Alphabetical order of names, as localeCompare gives it. Loading the collator costs about 6 ms, so when the language is
 * English, names whose letters are English letters (accents aside) with spaces, hyphens, dots and apostrophes are compared
 * directly: that collation first compares the letters with accents and case ignored, in the order space, hyphen, dot,
 * apostrophe, letters (the character codes' order once the apostrophe reads as "/"). Anything else, or a tie there, goes
 * to localeCompare.
 */
export function compareNames(a: string, b: string): number {
  if (a === b) return 0;
  const x = primaryLetters(a);
  const y = primaryLetters(b);
  if (
    x !== y &&
    PRIMARY_PLAIN.test(x) &&
    PRIMARY_PLAIN.test(y) &&
    (englishOrder ??= /^en\b/.test(new Intl.PluralRules().resolvedOptions().locale))
  ) {
    return x.replaceAll("'", "/") < y.replaceAll("'", "/") ? -1 : 1;
  }
  return a.localeCompare(b);
}

function primaryLetters(name: string): string {
  return name.normalize("NFD").replace(MARKS, "").toLowerCase();
}
