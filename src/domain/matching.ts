import { phraseKey, SIDES } from "./needs-offers.js";
import { distance } from "fastest-levenshtein";
import type { Contact } from "../formats/contact.js";
import { closeNameDistance, nameKey } from "./names.js";
import { normaliseEmail, normaliseTag, phoneKey, type Person } from "./person.js";

// Which person an imported contact is, what it adds to them, and which people are probably the same person.

/** What matching and updating need to know about a person already in the journal. */
export type KnownPerson = Pick<
  Person,
  | "id"
  | "name"
  | "company"
  | "title"
  | "note"
  | "metOn"
  | "birthday"
  | "linkedinUrl"
  | "emails"
  | "phones"
  | "tags"
  | "links"
  | "needs"
  | "offers"
>;

/** What one import source said about a person's company and title the last time it was imported. */
export interface LastImported {
  readonly company: string | null;
  readonly title: string | null;
}

/** The canonical form of a LinkedIn profile URL (https://www.linkedin.com/in/slug), or the trimmed text for anything else. */
export function canonicalLinkedInUrl(url: string): string {
  const text = url.trim();
  const m = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/(in|pub)\/([^/?#\s]+)/i.exec(text);
  if (!m) return text;
  let slug = m[2]!;
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // a stray % in a hand-edited URL: keep it as typed
  }
  return `https://www.linkedin.com/${m[1]!.toLowerCase()}/${slug.toLowerCase()}`;
}

export function isLinkedInUrl(url: string): boolean {
  return /^(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/(in|pub)\//i.test(url.trim());
}

export function companyKey(company: string | null): string {
  if (!company) return "";
  return nameKey(company)
    .replace(/[.,]/g, "")
    .replace(/\b(inc|llc|ltd|gmbh|sa|sas|bv|plc|corp|corporation|co)\b/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function nameCompanyKey(name: string, company: string | null): string | null {
  const c = companyKey(company);
  return c === "" ? null : `${nameKey(name)}\u0000${c}`;
}

/** Finds people by LinkedIn URL, then e-mail, then phone, then same name and company; built once per import. */
export class MatchIndex {
  readonly #byUrl = new Map<string, number>();
  readonly #byEmail = new Map<string, number>();
  readonly #byPhone = new Map<string, number>();
  readonly #byNameCompany = new Map<string, number>();
  /** People who have a LinkedIn URL of their own. */
  readonly #withUrl = new Set<number>();

  constructor(people: Iterable<KnownPerson> = []) {
    for (const p of people) this.remember(p);
  }

  /** Adds a person's keys; the first person holding a key keeps it. */
  remember(p: Pick<KnownPerson, "id" | "name" | "company" | "linkedinUrl" | "emails" | "phones" | "links">): void {
    this.rememberProfile(p.id, p.linkedinUrl, p.links);
    for (const e of p.emails) this.rememberEmail(p.id, e);
    for (const ph of p.phones) this.rememberPhone(p.id, ph);
    this.rememberName(p.id, p.name, p.company);
  }

  // One kind of key at a time, so an index can be built from the journal table by table without holding whole people.
  // Each map is filled in the same order as remember() would fill it, person by person.

  /** The person's LinkedIn URL and any LinkedIn profiles among their links (a merged person keeps the other's: it still identifies them). */
  rememberProfile(id: number, linkedinUrl: string | null, links: readonly string[]): void {
    const url = linkedinUrl ? canonicalLinkedInUrl(linkedinUrl).toLowerCase() : null;
    setOnce(this.#byUrl, url, id);
    if (url) this.#withUrl.add(id);
    for (const l of links) if (isLinkedInUrl(l)) setOnce(this.#byUrl, canonicalLinkedInUrl(l).toLowerCase(), id);
  }

  rememberEmail(id: number, email: string): void {
    setOnce(this.#byEmail, normaliseEmail(email), id);
  }

  rememberPhone(id: number, phone: string): void {
    setOnce(this.#byPhone, usablePhoneKey(phone), id);
  }

  rememberName(id: number, name: string, company: string | null): void {
    setOnce(this.#byNameCompany, nameCompanyKey(name, company), id);
  }

  /** `canonicalUrl`: the contact's LinkedIn URL already made canonical by the caller, to do it once per row. */
  find(c: Contact, canonicalUrl = c.linkedinUrl ? canonicalLinkedInUrl(c.linkedinUrl) : null): number | undefined {
    const url = canonicalUrl ? canonicalUrl.toLowerCase() : null;
    if (url) {
      const id = this.#byUrl.get(url);
      if (id !== undefined) return id;
    }
    // Someone with a different LinkedIn profile is someone else, however alike the rest looks.
    const same = (id: number | undefined) => (id !== undefined && (!url || !this.#withUrl.has(id)) ? id : undefined);
    for (const e of c.emails) {
      const id = same(this.#byEmail.get(normaliseEmail(e)));
      if (id !== undefined) return id;
    }
    for (const ph of c.phones) {
      const key = usablePhoneKey(ph);
      const id = same(key ? this.#byPhone.get(key) : undefined);
      if (id !== undefined) return id;
    }
    const key = nameCompanyKey(c.name, c.company);
    return same(key ? this.#byNameCompany.get(key) : undefined);
  }
}

function setOnce(map: Map<string, number>, key: string | null, id: number): void {
  if (key && !map.has(key)) map.set(key, id);
}

/** Too few digits (an extension, "1") identify no one. */
function usablePhoneKey(phone: string): string | null {
  const key = phoneKey(phone);
  return key.length >= 6 ? key : null;
}

/** What an import adds to a known person: new facts and blanks filled; never what the user wrote. */
export interface PersonChanges {
  company?: string;
  title?: string;
  note?: string;
  metOn?: string;
  birthday?: string;
  linkedinUrl?: string;
  emails?: string[];
  phones?: string[];
  tags?: string[];
  links?: string[];
  needs?: string[];
  offers?: string[];
}

/**
 * A blank company or title is filled. A filled one is replaced only when the file's own value changed since this source was
 * last imported (`last`): then they moved on; otherwise the journal's value is the user's edit and stays. With no earlier
 * import nothing is replaced. `firstInFile`: later contacts of the same file matching the same person only fill blanks,
 * so re-importing a file is idempotent.
 */
export function changesFor(known: KnownPerson, c: Contact, firstInFile = true, last?: LastImported): PersonChanges | null {
  const changes: PersonChanges = {};
  const newer = (incoming: string | null, current: string | null, before: string | null | undefined) =>
    incoming !== null && incoming !== current && (current === null || (firstInFile && last !== undefined && incoming !== before));
  // The user's own words (note, tags, cadence) are only ever added to.
  if (newer(c.company, known.company, last?.company)) changes.company = c.company!;
  if (newer(c.title, known.title, last?.title)) changes.title = c.title!;
  if (c.note && !known.note) changes.note = c.note;
  if (c.metOn && !known.metOn) changes.metOn = c.metOn;
  if (c.birthday && !known.birthday) changes.birthday = c.birthday;
  if (c.linkedinUrl && !known.linkedinUrl) changes.linkedinUrl = canonicalLinkedInUrl(c.linkedinUrl);
  const emails = newValues(known.emails, c.emails, normaliseEmail);
  const phones = newValues(known.phones, c.phones, phoneKey);
  const tags = newValues(known.tags, c.tags, normaliseTag);
  const links = newValues(known.links, c.links, (l) => l.trim());
  if (emails.length) changes.emails = emails;
  if (phones.length) changes.phones = phones;
  if (tags.length) changes.tags = tags;
  if (links.length) changes.links = links;
  for (const side of SIDES) {
    const phrases = newValues(known[side], c[side] ?? [], phraseKey);
    if (phrases.length) changes[side] = phrases;
  }
  return Object.keys(changes).length > 0 ? changes : null;
}

function newValues(have: readonly string[], incoming: readonly string[], key: (v: string) => string): string[] {
  const seen = new Set(have.map(key));
  const out: string[] = [];
  for (const v of incoming) {
    const k = key(v);
    if (k === "" || seen.has(k)) continue;
    seen.add(k);
    out.push(v.trim());
  }
  return out;
}

/** A known person with the changes applied, so later rows of the same file see them. */
export function applyChanges(known: KnownPerson, changes: PersonChanges): KnownPerson {
  return {
    ...known,
    ...(changes.company !== undefined ? { company: changes.company } : {}),
    ...(changes.title !== undefined ? { title: changes.title } : {}),
    ...(changes.note !== undefined ? { note: changes.note } : {}),
    ...(changes.metOn !== undefined ? { metOn: changes.metOn } : {}),
    ...(changes.birthday !== undefined ? { birthday: changes.birthday } : {}),
    ...(changes.linkedinUrl !== undefined ? { linkedinUrl: changes.linkedinUrl } : {}),
    emails: [...known.emails, ...(changes.emails ?? [])],
    phones: [...known.phones, ...(changes.phones ?? [])],
    tags: [...known.tags, ...(changes.tags ?? [])],
    links: [...known.links, ...(changes.links ?? [])],
    needs: [...known.needs, ...(changes.needs ?? [])],
    offers: [...known.offers, ...(changes.offers ?? [])],
  };
}

// ---- duplicates ----

export type DupeCandidate = Pick<Person, "id" | "name" | "company" | "linkedinUrl" | "emails" | "phones">;

export interface DuplicatePair {
  /** The lower id: usually the one to keep. */
  readonly a: number;
  readonly b: number;
  /** 0–100: how sure we are that they are one person. */
  readonly strength: number;
  readonly reasons: readonly string[];
}

const STRENGTH = { linkedin: 100, email: 95, phone: 90, nameAtCompany: 80, shortNameAtCompany: 70, sameName: 40, closeName: 35 } as const;
/** Short forms that are not the start of the full first name; prefixes (Ben, Benjamin) need no entry. */
const NICKNAMES: Readonly<Record<string, string>> = {
  bob: "robert",
  rob: "robert",
  bobby: "robert",
  bill: "william",
  will: "william",
  liam: "william",
  jim: "james",
  jimmy: "james",
  liz: "elizabeth",
  beth: "elizabeth",
  betty: "elizabeth",
  kate: "katherine",
  katie: "katherine",
  kathy: "katherine",
  peggy: "margaret",
  meg: "margaret",
  maggie: "margaret",
  dick: "richard",
  rick: "richard",
  rich: "richard",
  jack: "john",
  johnny: "john",
  ted: "edward",
  ed: "edward",
  ned: "edward",
  chuck: "charles",
  charlie: "charles",
  tony: "anthony",
  sasha: "alexander",
  alex: "alexander",
  sandy: "alexandra",
  peg: "margaret",
  hank: "henry",
  harry: "henry",
  jenny: "jennifer",
  jen: "jennifer",
  becky: "rebecca",
  sue: "susan",
  susie: "susan",
  nick: "nicholas",
  mike: "michael",
  dave: "david",
  steve: "steven",
  matt: "matthew",
  chris: "christopher",
};
/** A key shared by more people than this is a switchboard or a placeholder, not an identity. */
const LARGEST_GROUP = 20;
/** Hundreds of people with one first name at one company are a directory, not a typo: their pairs are not compared. */
const LARGEST_NAME_BLOCK = 300;

/** Pairs that are probably the same person, strongest first. Exact keys are grouped (no n² scan); near-identical names are compared within blocks. */
export function duplicatePairs(people: readonly DupeCandidate[]): DuplicatePair[] {
  const found = new Map<string, { a: number; b: number; strength: number; reasons: string[] }>();
  const add = (x: number, y: number, strength: number, reason: string) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}:${b}`;
    const pair = found.get(key);
    if (!pair) return void found.set(key, { a, b, strength, reasons: [reason] });
    if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
    pair.strength = Math.max(pair.strength, strength);
  };
  const byKey = (keysOf: (p: DupeCandidate) => Iterable<string | null>, strength: number, reason: (key: string) => string) => {
    const groups = new Map<string, number[]>();
    for (const p of people) {
      for (const k of new Set(keysOf(p))) {
        if (!k) continue;
        const g = groups.get(k);
        if (g) g.push(p.id);
        else groups.set(k, [p.id]);
      }
    }
    for (const [k, ids] of groups) {
      if (ids.length < 2 || ids.length > LARGEST_GROUP) continue;
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) add(ids[i]!, ids[j]!, strength, reason(k));
    }
  };
  byKey(
    (p) => [p.linkedinUrl ? canonicalLinkedInUrl(p.linkedinUrl).toLowerCase() : null],
    STRENGTH.linkedin,
    () => "same LinkedIn profile",
  );
  byKey(
    (p) => p.emails.map(normaliseEmail),
    STRENGTH.email,
    (k) => `same e-mail ${k}`,
  );
  byKey(
    (p) => p.phones.map(usablePhoneKey),
    STRENGTH.phone,
    (k) => `same phone …${k.slice(-4)}`,
  );
  sameNames(people, (a, b, reason) => add(a, b, STRENGTH.sameName, reason));

  // Near-identical names only within a company, and there only among people who share their first or their last name
  // (one typo, or a short first name): a few comparisons per person instead of every pair in a large company.
  const byCompanyName = new Map<string, { id: number; key: string; company: string }[]>();
  for (const p of people) {
    const c = companyKey(p.company);
    if (c === "") continue;
    const key = nameKey(p.name);
    const words = key.split(" ");
    const blocks = new Set(words.length > 1 ? [`first ${words[0]}`, `last ${words.at(-1)}`] : [`only ${key}`]);
    for (const block of blocks) {
      const k = `${c}\u0000${block}`;
      const g = byCompanyName.get(k);
      const entry = { id: p.id, key, company: p.company! };
      if (g) g.push(entry);
      else byCompanyName.set(k, [entry]);
    }
  }
  for (const group of byCompanyName.values()) {
    if (group.length < 2 || group.length > LARGEST_NAME_BLOCK) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const x = group[i]!;
        const y = group[j]!;
        if (x.key === y.key) {
          add(x.id, y.id, STRENGTH.nameAtCompany, `same name at ${x.company}`);
          continue;
        }
        if (shortFirstName(x.key, y.key)) {
          add(x.id, y.id, STRENGTH.shortNameAtCompany, `same last name and a short first name at ${x.company}`);
          continue;
        }
        if (Math.abs(x.key.length - y.key.length) > 2) continue;
        const d = distance(x.key, y.key);
        if (d <= Math.max(1, Math.floor(Math.min(x.key.length, y.key.length) / 8))) {
          add(x.id, y.id, STRENGTH.nameAtCompany - d * 5, `near-identical names at ${x.company}`);
        }
      }
    }
  }
  nearNames(people, (a, b, d) => add(a, b, STRENGTH.closeName - (d - 1) * 5, `names differ by ${d} letter${d === 1 ? "" : "s"}`));
  return [...found.values()]
    .map((p) => ({ ...p, strength: Math.min(100, p.strength + (p.reasons.length - 1) * 2) }))
    .sort((x, y) => y.strength - x.strength || x.a - y.a || x.b - y.b);
}

/** People whose names are one key once accents, case and spacing are set aside; a key shared by a crowd is no identity. */
function sameNames(people: readonly DupeCandidate[], pair: (a: number, b: number, reason: string) => void): void {
  const groups = new Map<string, DupeCandidate[]>();
  for (const p of people) {
    const key = nameKey(p.name);
    if (key === "") continue;
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  const spaced = (name: string) => name.replace(/\s+/g, " ").trim();
  for (const group of groups.values()) {
    if (group.length < 2 || group.length > LARGEST_GROUP) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [x, y] = [group[i]!, group[j]!];
        pair(x.id, y.id, spaced(x.name) === spaced(y.name) ? "same name" : "same name but for accents or case");
      }
    }
  }
}

/**
 * Names a letter or two apart (closeNameDistance) whatever the companies; pairs at one company are left to the company
 * pass, which knows more. Every pair of a large journal would be hundreds of millions of comparisons, so names are only
 * compared within blocks that a typo of one or two letters rarely leaves: the same first name and last initial, the same
 * last name and first initial, the first two letters of the first and last names (a one-word name: its first two letters,
 * and its last two). A typo in the first letter of both names is missed. A block larger than LARGEST_NAME_BLOCK is a
 * common name, not a typo, and is not compared.
 */
function nearNames(people: readonly DupeCandidate[], pair: (a: number, b: number, d: number) => void): void {
  const blocks = new Map<string, { id: number; key: string; company: string; letters: number }[]>();
  for (const p of people) {
    const key = nameKey(p.name);
    if (key === "") continue;
    const words = key.split(" ");
    const first = words[0]!;
    const last = words.at(-1)!;
    const keys =
      words.length > 1
        ? [`f ${first} ${last[0]}`, `l ${last} ${first[0]}`, `i ${first.slice(0, 2)} ${last.slice(0, 2)}`]
        : [`o ${key.slice(0, 2)}`, `e ${key.slice(-2)}`];
    const entry = { id: p.id, key, company: companyKey(p.company), letters: letterMask(key) };
    for (const k of keys) {
      const g = blocks.get(k);
      if (g) g.push(entry);
      else blocks.set(k, [entry]);
    }
  }
  // A pair met again in another block is added again; add() keeps one.
  for (const group of blocks.values()) {
    if (group.length < 2 || group.length > LARGEST_NAME_BLOCK) continue;
    // Shortest first, so each name meets only the names at most two letters longer.
    group.sort((x, y) => x.key.length - y.key.length);
    for (let i = 0; i < group.length; i++) {
      const x = group[i]!;
      for (let j = i + 1; j < group.length; j++) {
        const y = group[j]!;
        if (y.key.length - x.key.length > 2) break;
        if (x.key === y.key || (x.company !== "" && x.company === y.company)) continue;
        // Each change adds or removes at most two of the letters a name uses: a cheap test before the edit distance.
        if (bitCount(x.letters ^ y.letters) > 4) continue;
        const d = closeNameDistance(x.key, y.key);
        if (d !== null) pair(x.id, y.id, d);
      }
    }
  }
}

/** Which of the letters a–z (and, as one, anything else) a name key uses, one bit each. */
function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i) - 97;
    mask |= 1 << (c >= 0 && c < 26 ? c : 26);
  }
  return mask;
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v !== 0; v &= v - 1) count++;
  return count;
}

/** "ben carter" / "benjamin carter", "bob lee" / "robert lee": the same last name, and one first name a short form of the other. */
function shortFirstName(x: string, y: string): boolean {
  const a = x.split(" ");
  const b = y.split(" ");
  if (a.length < 2 || b.length < 2 || a.at(-1) !== b.at(-1)) return false;
  const [short, long] = a[0]!.length <= b[0]!.length ? [a[0]!, b[0]!] : [b[0]!, a[0]!];
  if (short === long) return false;
  return (short.length >= 3 && long.startsWith(short)) || NICKNAMES[short] === long;
}
