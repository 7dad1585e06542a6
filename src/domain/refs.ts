// References: the short name of each entry that net shows and the user types back (c12, f7, l5, a3, i2; people p4, shown #4).

/** The kinds of entry that have a reference, by the letter that starts it. */
export const REF_KINDS = {
  c: { what: "conversation", list: "net show NAME" },
  f: { what: "follow-up", list: "net due" },
  l: { what: "ledger entry", list: "net show NAME" },
  a: { what: "ask", list: "net asks" },
  i: { what: "introduction", list: "net intros" },
  p: { what: "person", list: "net people" },
} as const;

export type RefKind = keyof typeof REF_KINDS;

export interface Ref {
  readonly kind: RefKind;
  /** null when no entry can have it: zero, or more digits than any id. */
  readonly id: number | null;
  /** The digits as typed, without leading zeros, for a message to quote. */
  readonly digits: string;
}

const REF = /^([a-z])(\d+)$/i;
const BARE = /^#?(\d+)$/;

/** How an entry of this kind is named: c12. People are shown #4 (refOf("p", 4) is "p4", for --json). */
export function refOf(kind: RefKind, id: number): string {
  return `${kind}${id}`;
}

/** A person as shown to people: #4. */
export function personLabel(id: number): string {
  return `#${id}`;
}

/** Whether text has the shape of a reference: one letter and digits (c12, X1). A name like that is named by its number. */
export function looksLikeRef(text: string): boolean {
  return REF.test(text.trim());
}

function digitsOf(raw: string): { digits: string; id: number | null } {
  const digits = raw.replace(/^0+(?=\d)/, "");
  const id = Number(digits);
  return { digits, id: Number.isSafeInteger(id) && id > 0 ? id : null };
}

export type ReadRef =
  | { readonly kind: "ref"; readonly ref: Ref }
  /** Bare digits (12, #12): an id of whatever kind the command expects. */
  | { readonly kind: "bare"; readonly digits: string; readonly id: number | null }
  /** A letter and digits whose letter is no kind of entry (x1). */
  | { readonly kind: "unknown"; readonly letter: string }
  | { readonly kind: "none" };

/** Reads "c12", "C12", "12", "#12"; anything else is "none" (a name). */
export function readRef(text: string): ReadRef {
  const t = text.trim();
  const bare = BARE.exec(t);
  if (bare) return { kind: "bare", ...digitsOf(bare[1]!) };
  const m = REF.exec(t);
  if (!m) return { kind: "none" };
  const letter = m[1]!.toLowerCase();
  if (!(letter in REF_KINDS)) return { kind: "unknown", letter };
  return { kind: "ref", ref: { kind: letter as RefKind, ...digitsOf(m[2]!) } };
}

/** "a conversation", "an ask", "an introduction". */
export function aKind(kind: RefKind): string {
  const what = REF_KINDS[kind].what;
  return /^[aeiou]/.test(what) ? `an ${what}` : `a ${what}`;
}

/** The letters and what each names, for a message: "c (conversation), f (follow-up), …". */
export function refKindsList(): string {
  return Object.entries(REF_KINDS)
    .map(([letter, k]) => `${letter} (${k.what})`)
    .join(", ");
}
