// A vCard's structured name (N: family; given; additional; prefixes; suffixes) worked out from a full name typed in.
// Only where the name reads plainly: honorifics and generational suffixes are set apart ("III" is never a family name),
// particles stay with the family name ("du Pont", "van der Berg", "de la Cruz"); anything else (one word, a comma,
// scripts whose names are not written given-first) keeps the whole name as the family name, which every reader shows.

export interface StructuredName {
  readonly family: string;
  readonly given: string;
  readonly additional: readonly string[];
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
}

const PREFIXES = new Set(["dr", "mr", "mrs", "ms", "mx", "miss", "prof", "sir", "dame", "rev", "fr"]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "v", "vi", "phd", "md", "esq", "mba", "obe", "mbe", "cbe"]);
const PARTICLES = new Set([
  "da",
  "das",
  "de",
  "del",
  "della",
  "der",
  "des",
  "di",
  "do",
  "dos",
  "du",
  "la",
  "le",
  "van",
  "von",
  "den",
  "ten",
  "ter",
  "zu",
  "bin",
  "binti",
  "ibn",
  "al",
  "el",
  "st",
  "y",
]);
/** Scripts in which a full name is not "given family": Han, kana, Hangul, and others without spaces between names. */
const NOT_GIVEN_FIRST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

const bare = (word: string) => word.replace(/[.,]/g, "").toLowerCase();

export function structuredName(full: string): StructuredName {
  const whole: StructuredName = { family: full.trim(), given: "", additional: [], prefixes: [], suffixes: [] };
  const words = full.trim().split(/\s+/);
  if (words.length < 2 || NOT_GIVEN_FIRST.test(full)) return whole;
  let start = 0;
  let end = words.length;
  while (start < end - 1 && PREFIXES.has(bare(words[start]!))) start++;
  while (end - 1 > start && SUFFIXES.has(bare(words[end - 1]!))) end--;
  const prefixes = words.slice(0, start);
  const suffixes = words.slice(end).map((w) => w.replace(/,$/, ""));
  const core = words.slice(start, end).map((w, i, all) => (i === all.length - 1 ? w.replace(/,$/, "") : w));
  // A comma left inside the name ("Lee, Sam"): which part is which is not plain.
  if (core.some((w) => w.includes(","))) return whole;
  if (core.length === 1) return { family: core[0]!, given: "", additional: [], prefixes, suffixes };
  let familyStart = core.length - 1;
  while (familyStart > 1 && PARTICLES.has(bare(core[familyStart - 1]!))) familyStart--;
  return {
    family: core.slice(familyStart).join(" "),
    given: core[0]!,
    additional: core.slice(1, familyStart),
    prefixes,
    suffixes,
  };
}
