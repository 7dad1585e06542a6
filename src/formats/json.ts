import { lineProblem, nameProblem, noteProblem } from "../domain/input.js";
import { parseBirthday } from "../domain/person.js";
import { MAX_PHRASE, newPhrases } from "../domain/needs-offers.js";
import { FormatError } from "./contact.js";

// The versioned export document (docs/export-format.md): everything in the journal, ids included.

export const FORMAT = "net-journal";
export const VERSION = 2;
/** The versions this net reads: a version 1 file is version 2 without needs and offers (docs/export-format.md). */
export const READS: readonly number[] = [1, 2];

export interface PersonRecord {
  id: number;
  name: string;
  company: string | null;
  title: string | null;
  emails: string[];
  phones: string[];
  tags: string[];
  links: string[];
  /** What they are looking for, and what they can offer: short phrases, in the order written down (version 2). */
  needs: string[];
  offers: string[];
  met: string | null;
  metOn: string | null;
  birthday: string | null;
  linkedinUrl: string | null;
  note: string | null;
  cadenceDays: number | null;
  archived: boolean;
  created: string;
  /** The vCard UID address books know them by; null in an export from before net kept one (a new one is made on import). */
  uid: string | null;
  /** The N property of the card they came from, as it was written there; null when net works it out from the name. */
  cardN: string | null;
}

export interface InteractionRecord {
  id: number;
  date: string;
  channel: "meeting" | "video" | "call" | "email" | "message" | "social";
  initiatedBy: "me" | "them";
  note: string | null;
  created: string;
  people: number[];
}

export interface FollowUpRecord {
  id: number;
  person: number;
  due: string;
  note: string | null;
  interaction: number | null;
  intro: number | null;
  created: string;
  done: string | null;
}

export interface AskRecord {
  id: number;
  person: number;
  what: string;
  size: "small" | "medium" | "large";
  date: string;
  status: "open" | "granted" | "declined";
  closed: string | null;
  interaction: number | null;
}

export interface IntroRecord {
  id: number;
  a: number;
  b: number;
  why: string | null;
  status: "proposed" | "made";
  proposedOn: string | null;
  madeOn: string | null;
  outcome: "met" | "fizzled" | null;
  outcomeNote: string | null;
  outcomeOn: string | null;
}

export interface LedgerRecord {
  id: number;
  person: number;
  direction: "gave" | "got";
  what: string;
  size: "small" | "medium" | "large";
  date: string;
  interaction: number | null;
  intro: number | null;
  ask: number | null;
}

/** What the user says of themself (net me), version 2. */
export interface MeRecord {
  needs: string[];
  offers: string[];
}

export interface JournalDocument {
  format: typeof FORMAT;
  version: typeof VERSION;
  me: MeRecord;
  people: PersonRecord[];
  interactions: InteractionRecord[];
  followUps: FollowUpRecord[];
  asks: AskRecord[];
  intros: IntroRecord[];
  ledger: LedgerRecord[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HINT = "Pass a file written by `net export json` (see docs/export-format.md).";
// An export from before net held names and notes to its rules can break them: the way on is to mend that one field.
const RULE_HINT = "net no longer keeps such a value: shorten or mend that field in the file (a text editor will do), then import it again.";

/** Reads and checks an export document; any problem names the record and field, and nothing is imported. */
export function parseJournal(text: string): JournalDocument {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new FormatError(`this is not a net export: not JSON (${(e as Error).message})`, HINT);
  }
  if (!isObject(doc) || doc.format !== FORMAT) throw new FormatError(`this is not a net export: "format" is not "${FORMAT}"`, HINT);
  if (!READS.includes(doc.version as number)) {
    throw new FormatError(
      `this export is version ${JSON.stringify(doc.version)}; this net reads versions ${READS.join(" and ")}`,
      "Upgrade net to read newer exports.",
    );
  }
  const check = new Checker();
  const list = (key: string): Record<string, unknown>[] => {
    const value = doc[key] ?? [];
    if (!Array.isArray(value)) throw new FormatError(`"${key}" must be a list`, HINT);
    return value.map((item, i) => {
      if (!isObject(item)) throw new FormatError(`${key}[${i}] must be an object`, HINT);
      return item;
    });
  };
  const meRecord = doc.me ?? {};
  if (!isObject(meRecord)) throw new FormatError(`"me" must be an object with "needs" and "offers"`, HINT);
  check.at("me", meRecord);
  const me = { needs: check.phrases("needs"), offers: check.phrases("offers") } satisfies MeRecord;
  const peopleRows = list("people");
  const people = peopleRows.map((p, i) => {
    check.at(`people[${i}]`, p);
    return {
      id: check.id("id"),
      name: check.name("name"),
      company: check.optionalLine("company"),
      title: check.optionalLine("title"),
      emails: check.lines("emails"),
      phones: check.lines("phones"),
      tags: check.lines("tags"),
      links: check.texts("links"),
      needs: check.phrases("needs"),
      offers: check.phrases("offers"),
      met: check.optionalLine("met"),
      metOn: check.optionalMatch("metOn", DAY),
      birthday: check.optionalBirthday("birthday"),
      linkedinUrl: check.optionalText("linkedinUrl"),
      note: check.optionalNote("note"),
      cadenceDays: check.optionalCadence("cadenceDays"),
      archived: check.flag("archived"),
      created: check.match("created", DAY),
      uid: check.optionalLine("uid"),
      cardN: check.optionalLine("cardN"),
    } satisfies PersonRecord;
  });
  const personIds = check.unique("people", people);
  const uids = new Map<string, number>();
  people.forEach((p, i) => {
    if (p.uid === null) return;
    const first = uids.get(p.uid);
    check.at(`people[${i}]`, peopleRows[i]!);
    if (first !== undefined) check.fail("uid", `is the UID of people[${first}] too: each person's UID is their own`);
    uids.set(p.uid, i);
  });
  const interactions = list("interactions").map((r, i) => {
    check.at(`interactions[${i}]`, r);
    return {
      id: check.id("id"),
      date: check.match("date", DAY),
      channel: check.oneOf("channel", ["meeting", "video", "call", "email", "message", "social"] as const),
      initiatedBy: check.oneOf("initiatedBy", ["me", "them"] as const),
      note: check.optionalNote("note"),
      created: check.match("created", DAY),
      people: check.refs("people", personIds),
    } satisfies InteractionRecord;
  });
  const interactionIds = check.unique("interactions", interactions);
  const intros = list("intros").map((r, i) => {
    check.at(`intros[${i}]`, r);
    const intro = {
      id: check.id("id"),
      a: check.ref("a", personIds),
      b: check.ref("b", personIds),
      why: check.optionalNote("why"),
      status: check.oneOf("status", ["proposed", "made"] as const),
      proposedOn: check.optionalMatch("proposedOn", DAY),
      madeOn: check.optionalMatch("madeOn", DAY),
      outcome: check.optionalOneOf("outcome", ["met", "fizzled"] as const),
      outcomeNote: check.optionalNote("outcomeNote"),
      outcomeOn: check.optionalMatch("outcomeOn", DAY),
    } satisfies IntroRecord;
    if (intro.a === intro.b) check.fail("b", "must be a different person from a");
    return intro;
  });
  const introIds = check.unique("intros", intros);
  const asks = list("asks").map((r, i) => {
    check.at(`asks[${i}]`, r);
    return {
      id: check.id("id"),
      person: check.ref("person", personIds),
      what: check.note("what"),
      size: check.oneOf("size", ["small", "medium", "large"] as const),
      date: check.match("date", DAY),
      status: check.oneOf("status", ["open", "granted", "declined"] as const),
      closed: check.optionalMatch("closed", DAY),
      interaction: check.optionalRef("interaction", interactionIds),
    } satisfies AskRecord;
  });
  const askIds = check.unique("asks", asks);
  const followUps = list("followUps").map((r, i) => {
    check.at(`followUps[${i}]`, r);
    return {
      id: check.id("id"),
      person: check.ref("person", personIds),
      due: check.match("due", DAY),
      note: check.optionalNote("note"),
      interaction: check.optionalRef("interaction", interactionIds),
      intro: check.optionalRef("intro", introIds),
      created: check.match("created", DAY),
      done: check.optionalMatch("done", DAY),
    } satisfies FollowUpRecord;
  });
  check.unique("followUps", followUps);
  const ledger = list("ledger").map((r, i) => {
    check.at(`ledger[${i}]`, r);
    return {
      id: check.id("id"),
      person: check.ref("person", personIds),
      direction: check.oneOf("direction", ["gave", "got"] as const),
      what: check.note("what"),
      size: check.oneOf("size", ["small", "medium", "large"] as const),
      date: check.match("date", DAY),
      interaction: check.optionalRef("interaction", interactionIds),
      intro: check.optionalRef("intro", introIds),
      ask: check.optionalRef("ask", askIds),
    } satisfies LedgerRecord;
  });
  check.unique("ledger", ledger);
  return { format: FORMAT, version: VERSION, me, people, interactions, followUps, asks, intros, ledger };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Field checks for one record at a time; the first problem stops the import with the record's path. */
class Checker {
  #path = "";
  #record: Record<string, unknown> = {};

  at(path: string, record: Record<string, unknown>): void {
    this.#path = path;
    this.#record = record;
  }

  fail(key: string, problem: string, hint = HINT): never {
    const found = JSON.stringify(this.#record[key]) ?? "nothing";
    // A note over its limit is 64 KB long: the message shows its start.
    throw new FormatError(`${this.#path}.${key} ${problem} (found ${found.length > 80 ? `${found.slice(0, 80)}…` : found})`, hint);
  }

  /** A person's name, by the rules `net add` applies (domain/input.ts), as the fields below. */
  name(key: string): string {
    const v = this.text(key);
    return this.#held(key, v, nameProblem(v)?.words ?? null);
  }

  optionalLine(key: string): string | null {
    const v = this.optionalText(key);
    return v === null ? null : this.#held(key, v, lineProblem(v));
  }

  lines(key: string): string[] {
    const v = this.texts(key);
    const problem = v.map(lineProblem).find((p) => p !== null);
    return this.#held(key, v, problem ? `holds one that ${problem}` : null);
  }

  /** Needs or offers: each one line, a short phrase, none twice. */
  phrases(key: string): string[] {
    const v = this.lines(key);
    const long = v.find((p) => p.trim().length > MAX_PHRASE || p.trim() === "");
    if (long !== undefined) this.fail(key, `holds one that is empty or longer than ${MAX_PHRASE} characters`, RULE_HINT);
    if (newPhrases([], v).length !== v.length) this.fail(key, "holds the same phrase twice", RULE_HINT);
    return v;
  }

  note(key: string): string {
    const v = this.text(key);
    return this.#held(key, v, noteProblem(v));
  }

  optionalNote(key: string): string | null {
    const v = this.optionalText(key);
    return v === null ? null : this.#held(key, v, noteProblem(v));
  }

  #held<T>(key: string, value: T, problem: string | null): T {
    if (problem !== null) this.fail(key, problem, RULE_HINT);
    return value;
  }

  optionalBirthday(key: string): string | null {
    const v = this.#record[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== "string" || parseBirthday(v) !== v) this.fail(key, "must be a real day like 1990-03-15, or --03-15 without the year");
    return v;
  }

  id(key: string): number {
    const v = this.#record[key];
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 1) this.fail(key, "must be a positive whole number");
    return v;
  }

  text(key: string): string {
    const v = this.#record[key];
    if (typeof v !== "string" || v.trim() === "") this.fail(key, "must be non-empty text");
    return v;
  }

  optionalText(key: string): string | null {
    const v = this.#record[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== "string") this.fail(key, "must be text or null");
    return v;
  }

  texts(key: string): string[] {
    const v = this.#record[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) this.fail(key, "must be a list of text");
    return v as string[];
  }

  match(key: string, pattern: RegExp): string {
    const v = this.#record[key];
    if (typeof v !== "string" || !pattern.test(v)) this.fail(key, "must be a date like 2026-11-22");
    return v;
  }

  optionalMatch(key: string, pattern: RegExp): string | null {
    const v = this.#record[key];
    return v === undefined || v === null ? null : this.match(key, pattern);
  }

  /** Days between conversations, 0 for "none" (never going cold), or null (none set: rhythm decides). */
  optionalCadence(key: string): number | null {
    return this.#record[key] === 0 ? 0 : this.optionalCount(key);
  }

  optionalCount(key: string): number | null {
    const v = this.#record[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 1) this.fail(key, "must be a positive whole number or null");
    return v;
  }

  flag(key: string): boolean {
    const v = this.#record[key];
    if (v === undefined) return false;
    if (typeof v !== "boolean") this.fail(key, "must be true or false");
    return v;
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T {
    const v = this.#record[key];
    if (typeof v !== "string" || !values.includes(v as T)) this.fail(key, `must be one of ${values.join(", ")}`);
    return v as T;
  }

  optionalOneOf<T extends string>(key: string, values: readonly T[]): T | null {
    const v = this.#record[key];
    return v === undefined || v === null ? null : this.oneOf(key, values);
  }

  ref(key: string, ids: ReadonlySet<number>): number {
    const id = this.id(key);
    if (!ids.has(id)) this.fail(key, "refers to a record that is not in the file");
    return id;
  }

  optionalRef(key: string, ids: ReadonlySet<number>): number | null {
    const v = this.#record[key];
    return v === undefined || v === null ? null : this.ref(key, ids);
  }

  refs(key: string, ids: ReadonlySet<number>): number[] {
    const v = this.#record[key];
    if (!Array.isArray(v) || v.length === 0) this.fail(key, "must be a non-empty list of person ids");
    for (const id of v) if (!ids.has(id as number)) this.fail(key, "refers to a person who is not in the file");
    if (new Set(v).size !== v.length) this.fail(key, "lists a person twice");
    return v as number[];
  }

  unique(section: string, records: readonly { id: number }[]): Set<number> {
    const ids = new Set<number>();
    for (const r of records) {
      if (ids.has(r.id)) throw new FormatError(`${section} has id ${r.id} twice`, HINT);
      ids.add(r.id);
    }
    return ids;
  }
}
