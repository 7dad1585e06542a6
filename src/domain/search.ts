// What `net find` looks for, and how a match is shown: the words typed read into terms, a term matched against a word
// of the journal's text (case and accents aside, a bare word as a prefix of it), and a short snippet around the match.
// The database's index (db/search.ts) does the finding; this is what both backends share.

/** One thing to look for: a bare word (found as the start of a word), or a quoted phrase (its words in a row). */
export interface Term {
  readonly words: readonly string[];
  /** A bare word matches words it starts ("fin" finds "fintech"); a phrase matches whole words. */
  readonly prefix: boolean;
}

const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/** A word as the index compares it: accents taken off, case folded (as SQLite's unicode61 with remove_diacritics 2). */
export function foldWord(word: string): string {
  return word.normalize("NFKD").replace(MARKS, "").toLowerCase();
}

/** The words of a text, folded: what a term is matched against. */
export function wordsOf(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => foldWord(m[0]));
}

/**
 * The words typed (each argument may hold several, and "double quotes" around a phrase) as terms. A word of punctuation
 * only is no term. A quote left open runs to the end.
 */
export function readTerms(args: readonly string[]): Term[] {
  const text = args.join(" ");
  const terms: Term[] = [];
  const parts = text.split('"');
  parts.forEach((part, i) => {
    const quoted = i % 2 === 1;
    if (quoted) {
      const words = wordsOf(part);
      if (words.length > 0) terms.push({ words, prefix: false });
    } else for (const word of wordsOf(part)) terms.push({ words: [word], prefix: true });
  });
  return terms;
}

/** The terms as one query of SQLite FTS5: each a quoted string (so no word is read as an operator), bare words as prefixes. */
export function fts5Query(terms: readonly Term[], any: boolean): string {
  return terms.map((t) => `"${t.words.join(" ").replaceAll('"', '""')}"${t.prefix ? "*" : ""}`).join(any ? " OR " : " AND ");
}

/** A piece of a snippet: text, and whether it is (part of) a match. */
export interface SnippetPiece {
  readonly text: string;
  readonly match: boolean;
}

/** How many words a snippet shows around its first match. */
export const SNIPPET_WORDS = 12;
/** How many of them come before the match, when there are that many. */
export const SNIPPET_BEFORE = 3;

/**
 * The part of `text` around the first match of any term, at most SNIPPET_WORDS words, with every match marked and "…"
 * where text was left out. Line breaks become spaces. No match (the index matched a word this reads otherwise): the start.
 */
export function snippetOf(text: string, terms: readonly Term[]): SnippetPiece[] {
  const flat = text.replace(/\s+/g, " ").trim();
  const words = Array.from(flat.matchAll(WORD), (m) => ({ at: m.index, end: m.index + m[0].length, folded: foldWord(m[0]) }));
  const marked = new Array<boolean>(words.length).fill(false);
  for (const term of terms) {
    for (let i = 0; i + term.words.length <= words.length; i++) {
      const hit = term.words.every((w, k) => {
        const word = words[i + k]!.folded;
        // The last word of a bare term is a prefix; every word of a phrase is whole.
        return term.prefix && k === term.words.length - 1 ? word.startsWith(w) : word === w;
      });
      if (hit) for (let k = 0; k < term.words.length; k++) marked[i + k] = true;
    }
  }
  const first = Math.max(0, marked.indexOf(true));
  const start = Math.max(0, Math.min(first - SNIPPET_BEFORE, words.length - SNIPPET_WORDS));
  const end = Math.min(words.length, start + SNIPPET_WORDS);
  if (words.length === 0) return [{ text: flat.slice(0, 80), match: false }];
  const from = start === 0 ? 0 : words[start]!.at;
  const to = end === words.length ? flat.length : words[end - 1]!.end;
  const pieces: SnippetPiece[] = [];
  const push = (t: string, match: boolean) => {
    if (t === "") return;
    const last = pieces.at(-1);
    if (last && last.match === match) pieces[pieces.length - 1] = { text: last.text + t, match };
    else pieces.push({ text: t, match });
  };
  if (from > 0) push("…", false);
  let at = from;
  for (let i = start; i < end; i++) {
    const w = words[i]!;
    push(flat.slice(at, w.at), false);
    push(flat.slice(w.at, w.end), marked[i]!);
    at = w.end;
  }
  push(flat.slice(at, to), false);
  if (to < flat.length) push("…", false);
  return pieces;
}

/** A snippet as plain text. */
export function plainSnippet(pieces: readonly SnippetPiece[]): string {
  return pieces.map((p) => p.text).join("");
}

/** The kinds of text the index holds, each with the weight of a match in it: a name counts most, a passing mention least. */
export const FIELD_WEIGHTS = {
  name: 3,
  company: 2,
  title: 2,
  emails: 2,
  tags: 2,
  needs: 2,
  offers: 2,
  met: 1,
  note: 1,
  conversation: 1,
  ledger: 1,
  ask: 1,
  intro: 1,
  "follow-up": 1,
  outcome: 1,
} as const;

export type SearchField = keyof typeof FIELD_WEIGHTS;

/**
 * A match's relevance: its field's weight times one plus the index's own relevance (BM25, which grows for rarer words
 * and shorter texts, and is near 0 in a small journal). A person's score is the sum over their matches.
 */
export function hitRelevance(field: SearchField, bm25: number): number {
  return FIELD_WEIGHTS[field] * (1 + Math.max(0, bm25));
}
