import { distance } from "fastest-levenshtein";
import type { Contact } from "../formats/contact.js";
import { nameKey } from "./names.js";
import { normaliseEmail, normaliseTag, phoneKey } from "./person.js";

// Which person an imported contact is, what it adds to them, and which people are probably the same person.

/** What matching and updating need to know about a person already in the journal. */
export interface KnownPerson {
  readonly id: number;
  readonly name: string;
  readonly company: string | null;
  readonly title: string | null;
  readonly note: string | null;
  readonly metOn: string | null;
  readonly birthday: string | null;
  readonly linkedinUrl: string | null;
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly tags: readonly string[];
  readonly links: readonly string[];
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
  readonly #urlOf = new Map<number, string>();

  constructor(people: Iterable<KnownPerson> = []) {
    for (const p of people) this.remember(p);
  }

  /** Adds a person's keys; the first person holding a key keeps it. */
  remember(p: Pick<KnownPerson, "id" | "name" | "company" | "linkedinUrl" | "emails" | "phones">): void {
    const setOnce = (map: Map<string, number>, key: string | null) => {
      if (key && !map.has(key)) map.set(key, p.id);
    };
    const url = p.linkedinUrl ? canonicalLinkedInUrl(p.linkedinUrl).toLowerCase() : null;
    setOnce(this.#byUrl, url);
    if (url) this.#urlOf.set(p.id, url);
    for (const e of p.emails) setOnce(this.#byEmail, normaliseEmail(e));
    for (const ph of p.phones) setOnce(this.#byPhone, usablePhoneKey(ph));
    setOnce(this.#byNameCompany, nameCompanyKey(p.name, p.company));
  }

  find(c: Contact): number | undefined {
    const url = c.linkedinUrl ? canonicalLinkedInUrl(c.linkedinUrl).toLowerCase() : null;
    if (url) {
      const id = this.#byUrl.get(url);
      if (id !== undefined) return id;
    }
    // Someone with a different LinkedIn profile is someone else, however alike the rest looks.
    const same = (id: number | undefined) => (id !== undefined && (!url || !this.#urlOf.has(id)) ? id : undefined);
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
}

/**
 * `firstInFile`: the first contact of a file that matches a person may replace their company and title (a newer export
 * knows where they work now); later ones in the same file only fill blanks, so re-importing a file is idempotent.
 */
export function changesFor(known: KnownPerson, c: Contact, firstInFile = true): PersonChanges | null {
  const changes: PersonChanges = {};
  // The user's own words (note, tags, cadence) are only ever added to.
  if (c.company && c.company !== known.company && (firstInFile || !known.company)) changes.company = c.company;
  if (c.title && c.title !== known.title && (firstInFile || !known.title)) changes.title = c.title;
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
  };
}

// ---- duplicates ----

export interface DupeCandidate {
  readonly id: number;
  readonly name: string;
  readonly company: string | null;
  readonly linkedinUrl: string | null;
  readonly emails: readonly string[];
  readonly phones: readonly string[];
}

export interface DuplicatePair {
  /** The lower id: usually the one to keep. */
  readonly a: number;
  readonly b: number;
  /** 0–100: how sure we are that they are one person. */
  readonly strength: number;
  readonly reasons: readonly string[];
}

const STRENGTH = { linkedin: 100, email: 95, phone: 90, nameAtCompany: 80, sameName: 40 } as const;
/** A key shared by more people than this is a switchboard or a placeholder, not an identity. */
const LARGEST_GROUP = 20;

/** Pairs that are probably the same person, strongest first. Exact keys are grouped (no n² scan); near-identical names are compared only within a company. */
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
  byKey((p) => [p.linkedinUrl ? canonicalLinkedInUrl(p.linkedinUrl).toLowerCase() : null], STRENGTH.linkedin, () => "same LinkedIn profile");
  byKey((p) => p.emails.map(normaliseEmail), STRENGTH.email, (k) => `same e-mail ${k}`);
  byKey((p) => p.phones.map(usablePhoneKey), STRENGTH.phone, (k) => `same phone …${k.slice(-4)}`);
  byKey((p) => [nameKey(p.name)], STRENGTH.sameName, () => "same name");

  const byCompany = new Map<string, DupeCandidate[]>();
  for (const p of people) {
    const c = companyKey(p.company);
    if (c === "") continue;
    const g = byCompany.get(c);
    if (g) g.push(p);
    else byCompany.set(c, [p]);
  }
  for (const group of byCompany.values()) {
    if (group.length < 2) continue;
    const keys = group.map((p) => ({ id: p.id, key: nameKey(p.name), company: p.company }));
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const x = keys[i]!;
        const y = keys[j]!;
        if (Math.abs(x.key.length - y.key.length) > 2) continue;
        const d = distance(x.key, y.key);
        if (d <= Math.max(1, Math.floor(Math.min(x.key.length, y.key.length) / 8))) {
          add(x.id, y.id, STRENGTH.nameAtCompany - d * 5, d === 0 ? `same name at ${x.company}` : `near-identical names at ${x.company}`);
        }
      }
    }
  }
  return [...found.values()]
    .map((p) => ({ ...p, strength: Math.min(100, p.strength + (p.reasons.length - 1) * 2) }))
    .sort((x, y) => y.strength - x.strength || x.a - y.a || x.b - y.b);
}
