import { canonicalLinkedInUrl, isLinkedInUrl } from "../domain/matching.js";
import type { Person } from "../domain/person.js";
import { structuredName } from "../domain/structured-name.js";
import { MAX_PHRASE, newPhrases, phraseOf } from "../domain/needs-offers.js";
import {
  birthdayFrom,
  clean,
  contact,
  nameText,
  FormatError,
  isGoogleSystemGroup,
  type Contact,
  type ContactFile,
  type SourcedContact,
  type Skip,
} from "./contact.js";
import { decodeBytes, decodeDeclared, decodeFile, type Encoding } from "./encoding.js";

// vCard 2.1, 3.0 and 4.0 as phones and address books write them. A normalising step turns every card into properties
// with 3.0/4.0 values (line endings, unfolding, QUOTED-PRINTABLE, CHARSET, 2.1 parameters); their escapes are then
// undone by RFC 6350's rules, here and in the export alike (ical.js leaves \; escaped in a single value and reads a
// 3.0 NOTE as a list, so a text could not come back as it was written). Every step is linear in the size of the file.

/** What a person needs and offers, one phrase a property: vCard has no word for them, so they are net's own X- names. */
const NEED = "X-NET-NEED";
const OFFER = "X-NET-OFFER";

/** The properties net uses; everything else (photos, addresses, keys, X- fields) is dropped before parsing. */
const WANTED = new Set([
  "FN",
  "N",
  "EMAIL",
  "TEL",
  "ORG",
  "TITLE",
  "NOTE",
  "CATEGORIES",
  "BDAY",
  "URL",
  "X-SOCIALPROFILE",
  "UID",
  "PRODID",
  NEED,
  OFFER,
]);

/** What net writes as PRODID: its own cards are read by RFC 6350's rules alone. */
export const PRODID = "-//net-journal//net//EN";

interface RawCard {
  readonly line: number;
  version: string;
  /** Values as 3.0/4.0 text, escapes still in place. */
  readonly props: { name: string; value: string }[];
}

export function parseVCard(data: Buffer): ContactFile {
  // UTF-16 (with its byte order mark) is read as text and split as the UTF-8 it becomes.
  const utf16 = data[0] === 0xff && data[1] === 0xfe ? "utf-16le" : data[0] === 0xfe && data[1] === 0xff ? "utf-16be" : null;
  const bytes = utf16 ? Buffer.from(decodeFile(data).text, "utf8") : data;
  const { cards, unfinished, guessed } = splitCards(logicalLines(bytes));
  const contacts: SourcedContact[] = [];
  const skipped: Skip[] = [];
  for (const card of cards) {
    const c = cardToContact(card);
    if (c) contacts.push({ line: card.line, contact: c });
    else skipped.push({ line: card.line, reason: "a card with no name, organisation or e-mail" });
  }
  // A file cut short: what the card held so far may be half a name, so it is not imported.
  for (const card of unfinished) skipped.push({ line: card.line, reason: "incomplete card: the file ends before its END:VCARD" });
  skipped.sort((a, b) => a.line - b.line);
  const encoding: Encoding = utf16 ?? (guessed ? "windows-1252" : "utf-8");
  return { contacts, skipped, warnings: [], encoding };
}

/** A property line unfolded from its physical lines, with its name and parameters once its first colon outside quotes is read. */
class LogicalLine {
  readonly #parts: Buffer[] = [];
  readonly #headParts: Buffer[] = [];
  #quoted = false;
  /** Everything before the colon, upper-cased; null while no colon has been read. */
  head: string | null = null;

  constructor(
    readonly line: number,
    bytes: Buffer,
  ) {
    this.add(bytes);
  }

  add(bytes: Buffer): void {
    this.#parts.push(bytes);
    if (this.head !== null) return;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x22) this.#quoted = !this.#quoted;
      else if (bytes[i] === 0x3a && !this.#quoted) {
        this.#headParts.push(bytes.subarray(0, i));
        this.head = (this.#headParts.length === 1 ? this.#headParts[0]! : Buffer.concat(this.#headParts)).toString("utf8").toUpperCase();
        this.#headParts.length = 0;
        return;
      }
    }
    this.#headParts.push(bytes);
  }

  /** The last byte, for a QUOTED-PRINTABLE soft break ("=" at the end). */
  endsWith(byte: number): boolean {
    for (let i = this.#parts.length - 1; i >= 0; i--) {
      const part = this.#parts[i]!;
      if (part.length > 0) return part[part.length - 1] === byte;
    }
    return false;
  }

  dropLastByte(): void {
    for (let i = this.#parts.length - 1; i >= 0; i--) {
      const part = this.#parts[i]!;
      if (part.length === 0) continue;
      this.#parts[i] = part.subarray(0, part.length - 1);
      return;
    }
  }

  /** Joined once: appending to one growing buffer for each folded line was quadratic (10 s for a note over 320,000 lines). */
  bytes(): Buffer {
    return this.#parts.length === 1 ? this.#parts[0]! : Buffer.concat(this.#parts);
  }
}

/** Physical lines: any mix of CRLF, CR CR LF, LF and lone CR. */
function* physicalLines(data: Buffer): Generator<Buffer> {
  let start = 0;
  for (let i = 0; i < data.length; i++) {
    const b = data[i];
    if (b === 0x0a) {
      let end = i;
      while (end > start && data[end - 1] === 0x0d) end--;
      yield data.subarray(start, end);
      start = i + 1;
    } else if (b === 0x0d) {
      let j = i;
      while (data[j] === 0x0d) j++;
      if (data[j] === 0x0a) {
        i = j - 1; // the LF ends this line
        continue;
      }
      yield data.subarray(start, i);
      start = j;
      i = j - 1;
    }
  }
  if (start < data.length) yield data.subarray(start);
}

/** Logical lines, each once it is complete: unfolded, QP soft breaks joined, comments and base64 runs dropped. */
function* logicalLines(data: Buffer): Generator<LogicalLine> {
  let current: LogicalLine | null = null;
  let softBreak = false;
  let inBase64 = false;
  let index = 0;
  for (const bytes of physicalLines(data)) {
    index++;
    const first = bytes[0];
    if (current && softBreak) {
      current.dropLastByte();
      current.add(bytes);
    } else if (current && (first === 0x20 || first === 0x09) && bytes.length > 0) {
      current.add(bytes.subarray(1));
    } else if (inBase64 && isBase64(bytes)) {
      continue;
    } else if (bytes.length === 0 || first === 0x23 /* # comment */ || bytes.toString("latin1").trim() === "") {
      if (current) yield current;
      inBase64 = false;
      current = null;
      continue;
    } else {
      if (current) yield current;
      current = new LogicalLine(index, bytes);
    }
    const head = current.head ?? "";
    softBreak = head.includes("QUOTED-PRINTABLE") && current.endsWith(0x3d);
    inBase64 = /ENCODING=(BASE64|B)\b/.test(head);
  }
  if (current) yield current;
}

/** A line of a base64 run (an Android photo's continuation lines are not indented). */
function isBase64(bytes: Buffer): boolean {
  for (const b of bytes) {
    const ok =
      (b >= 0x41 && b <= 0x5a) ||
      (b >= 0x61 && b <= 0x7a) ||
      (b >= 0x30 && b <= 0x39) ||
      b === 0x2b ||
      b === 0x2f ||
      b === 0x3d ||
      b === 0x20 ||
      b === 0x09;
    if (!ok) return false;
  }
  return bytes.length > 0;
}

function colonAt(bytes: Buffer): number {
  let quoted = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x22) quoted = !quoted;
    else if (bytes[i] === 0x3a && !quoted) return i;
  }
  return -1;
}

/** The cards a file holds, and those it ends inside (still open at its end, having no END:VCARD). */
function splitCards(lines: Iterable<LogicalLine>): { cards: RawCard[]; unfinished: RawCard[]; guessed: boolean } {
  const cards: RawCard[] = [];
  const open: RawCard[] = [];
  let sawBegin = false;
  let guessed = false;
  for (const logical of lines) {
    const bytes = logical.bytes();
    const colon = colonAt(bytes);
    if (colon === -1) continue;
    const head = bytes.subarray(0, colon).toString("utf8").trim();
    const params = splitParams(head);
    const name = params
      .shift()!
      .replace(/^[^.]*\./, "")
      .toUpperCase();
    const valueBytes = bytes.subarray(colon + 1);
    if (name === "BEGIN" && /^vcard$/i.test(valueBytes.toString("latin1").trim())) {
      sawBegin = true;
      open.push({ line: logical.line, version: "", props: [] });
      continue;
    }
    const card = open.at(-1);
    if (!card) continue;
    if (name === "END" && /^vcard$/i.test(valueBytes.toString("latin1").trim())) {
      cards.push(open.pop()!);
      continue;
    }
    if (name === "VERSION") {
      card.version = valueBytes.toString("latin1").trim();
      continue;
    }
    if (!WANTED.has(name)) continue;
    const decoded = decodeValue(valueBytes, params, card.version);
    guessed ||= decoded.encoding === "windows-1252";
    card.props.push({ name, value: decoded.text });
  }
  if (!sawBegin) {
    throw new FormatError(
      "this is not a vCard file: no BEGIN:VCARD line",
      "Export contacts as .vcf (vCard) from your address book or phone.",
    );
  }
  return { cards: cards.sort((a, b) => a.line - b.line), unfinished: open, guessed };
}

function splitParams(head: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = "";
  for (const ch of head) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** The value as vCard 3.0/4.0 text: QP and CHARSET decoded; for 2.1, commas and lone backslashes escaped. */
function decodeValue(bytes: Buffer, params: string[], version: string): { text: string; encoding: Encoding | null } {
  let charset: string | null = null;
  let qp = false;
  for (const p of params) {
    const [key, val = ""] = p.split("=", 2).map((s) => s.trim()) as [string, string?];
    const k = key.toUpperCase();
    if (k === "CHARSET") charset = val.replace(/"/g, "");
    else if ((k === "ENCODING" && /^quoted-printable$/i.test(val)) || k === "QUOTED-PRINTABLE") qp = true;
  }
  const raw = qp ? decodeQuotedPrintable(bytes) : bytes;
  const declared = charset ? decodeDeclared(raw, charset) : null;
  const { text, encoding } = declared !== null ? { text: declared, encoding: null } : decodeBytes(raw);
  let value = text;
  const legacy = version !== "3.0" && version !== "4.0";
  if (legacy) value = value.replace(/\\(?![;\\])/g, "\\\\").replace(/,/g, "\\,");
  value = value.replace(/\r\n|\r|\n/g, "\\n");
  return { text: value, encoding };
}

function decodeQuotedPrintable(bytes: Buffer): Buffer {
  const out = Buffer.allocUnsafe(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const high = hexValue(bytes[i + 1]);
    const low = hexValue(bytes[i + 2]);
    if (b === 0x3d && high !== -1 && low !== -1) {
      out[n++] = high * 16 + low;
      i += 2;
    } else if (b === 0x3d && i === bytes.length - 1) {
      // a trailing soft break
    } else out[n++] = b;
  }
  return out.subarray(0, n);
}

function hexValue(b: number | undefined): number {
  if (b === undefined) return -1;
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x41 && b <= 0x46) return b - 0x37;
  if (b >= 0x61 && b <= 0x66) return b - 0x57;
  return -1;
}

function cardToContact(card: RawCard): Contact | null {
  const values = (name: string) => card.props.filter((p) => p.name === name).map((p) => p.value);
  const texts = (name: string) => values(name).map(unescaped);
  const firstText = (name: string, read = clean): string | null => {
    for (const t of texts(name)) {
      const v = read(t);
      if (v) return v;
    }
    return null;
  };
  const fn = firstText("FN", nameText);
  // N and ORG are compound (fields split by ";"); each field of N may itself be a list (split by ",").
  const [n] = values("N");
  const fields = n === undefined ? [] : splitUnescaped(n, ";").map((field) => splitUnescaped(field, ",").map(unescaped).join(" "));
  const [family, given, additional, prefix, suffix] = fields;
  const fromN = nameText([prefix, given, additional, family, suffix].filter(Boolean).join(" "));
  const [org] = values("ORG");
  const company = org === undefined ? null : clean(unescaped(splitUnescaped(org, ";")[0]!));
  const emails = texts("EMAIL")
    .map(addressOf)
    .filter((e) => e.includes("@"));
  const phones = texts("TEL")
    .map((t) => t.trim().replace(/^tel:/i, ""))
    .filter((t) => /\d/.test(t));
  const urls = [...texts("URL"), ...texts("X-SOCIALPROFILE")].map((u) => u.trim()).filter(Boolean);
  const linkedin = urls.find(isLinkedInUrl);
  const name = fn ?? fromN ?? company ?? emails[0] ?? null;
  if (!name) return null;
  const [bday] = texts("BDAY");
  const note = texts("NOTE")
    .map((t) => t.trim())
    .filter(Boolean)
    .join("\n\n");
  const ours = values("PRODID").some((v) => unescaped(v).trim() === PRODID);
  const tags = values("CATEGORIES")
    .flatMap((v) => categoriesOf(v, ours))
    .filter((t) => !isGoogleSystemGroup(t));
  const uid = clean(firstText("UID"));
  return contact({
    name,
    ...(uid ? { uid } : {}),
    ...(n !== undefined && n.trim() !== "" ? { n } : {}),
    company,
    title: firstText("TITLE"),
    emails: [...new Set(emails)],
    phones: [...new Set(phones)],
    tags: [...new Set(tags.filter(Boolean))],
    links: [...new Set(urls.filter((u) => u !== linkedin))],
    note: note || null,
    birthday: bday === undefined ? null : birthdayFrom(bday),
    linkedinUrl: linkedin ? canonicalLinkedInUrl(linkedin) : null,
    needs: phrasesFrom(texts(NEED)),
    offers: phrasesFrom(texts(OFFER)),
  });
}

/** Needs or offers from their properties: one line each, the same phrase once. */
function phrasesFrom(values: readonly string[]): string[] {
  return newPhrases(
    [],
    values.filter((v) => phraseOf(v).length <= MAX_PHRASE),
  );
}

/**
 * A CATEGORIES value as its tags. RFC 6350: an unescaped comma separates them and "\," is a comma inside one. But
 * Thunderbird writes "category1\, category2" for two: a value with no bare comma whose escaped ones are followed by a
 * space is read that way, unless the card is one of net's own.
 */
function categoriesOf(value: string, ours: boolean): string[] {
  const parts = splitUnescaped(value, ",");
  const thunderbird = !ours && parts.length === 1 && /\\, /.test(value);
  return (thunderbird ? unescaped(value).split(",") : parts.map(unescaped)).map((t) => t.trim()).filter(Boolean);
}

/** RFC 6350 §3.4, in one pass: \\ \, \; \n (or \N) and Gmail's \: are undone; any other backslash is kept as it stands. */
function unescaped(value: string): string {
  if (!value.includes("\\")) return value;
  return value.replace(/\\([\\,;:nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** A value split at each separator that is not escaped; the escapes stay for unescaped() to undo. */
function splitUnescaped(value: string, separator: ";" | ","): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === "\\") i++;
    else if (value[i] === separator) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

/** "Omega" <omega@example.com> or mailto:omega@example.com → omega@example.com */
function addressOf(email: string): string {
  const angled = /<([^<>]+@[^<>]+)>/.exec(email);
  return (angled ? angled[1]! : email).trim().replace(/^mailto:/i, "");
}

// ---- export ----

/** What a vCard holds about a person: their facts, the UID cards know them by and the N of the card they came from. */
export type CardPerson = Pick<
  Person,
  "name" | "company" | "title" | "emails" | "phones" | "tags" | "links" | "note" | "birthday" | "linkedinUrl" | "needs" | "offers"
> & { readonly uid: string; readonly cardN: string | null };

/** vCard 4.0, CRLF, folded at 75 octets: one card a person, made as they are read, so a network of any size is written as it is read. */
export function* vcards(people: Iterable<CardPerson>): Generator<string> {
  for (const p of people) yield cardFor(p);
}

export function cardFor(p: CardPerson): string {
  const lines = [
    "BEGIN:VCARD",
    "VERSION:4.0",
    `PRODID:${PRODID}`,
    `UID:${escaped(p.uid)}`,
    `FN:${escaped(p.name)}`,
    `N:${p.cardN ?? nOf(p.name)}`,
  ];
  if (p.company) lines.push(`ORG:${component(p.company)}`);
  if (p.title) lines.push(`TITLE:${escaped(p.title)}`);
  for (const e of p.emails) lines.push(`EMAIL:${escaped(e)}`);
  for (const t of p.phones) lines.push(`TEL;VALUE=text:${escaped(t)}`);
  if (p.tags.length > 0) lines.push(`CATEGORIES:${p.tags.map(escaped).join(",")}`);
  // 1985-03-15 → 19850315, --03-15 → --0315
  if (p.birthday)
    lines.push(`BDAY:${escaped(p.birthday.startsWith("--") ? `--${p.birthday.slice(2).replace("-", "")}` : p.birthday.replace(/-/g, ""))}`);
  for (const url of [...(p.linkedinUrl ? [p.linkedinUrl] : []), ...p.links]) lines.push(`URL:${escaped(url)}`);
  if (p.note) lines.push(`NOTE:${escaped(p.note)}`);
  for (const need of p.needs) lines.push(`${NEED}:${escaped(need)}`);
  for (const offer of p.offers) lines.push(`${OFFER}:${escaped(offer)}`);
  lines.push("END:VCARD");
  return `${lines.map(folded).join("\r\n")}\r\n`;
}

/** N for someone typed in: each part escaped as a component, the lists in it (additional names…) joined by commas. */
function nOf(name: string): string {
  const n = structuredName(name);
  const list = (values: readonly string[]) => values.map(component).join(",");
  return [component(n.family), component(n.given), list(n.additional), list(n.prefixes), list(n.suffixes)].join(";");
}

/** A vdir's file name for a card: the UID with anything a file system or a sync tool might mind replaced, and .vcf. */
export function cardFileName(uid: string): string {
  const safe = uid
    .replace(/^urn:uuid:/i, "")
    .replace(/[^A-Za-z0-9._@-]/g, "_")
    .slice(0, 200);
  return `${safe === "" || safe.startsWith(".") ? `_${safe}` : safe}.vcf`;
}

/** Every line break Unicode knows (CR LF, CR, LF, VT, FF, NEL, LS, PS): a reader that splits on any of them must find none in a value. */
const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;

/** RFC 6350 §3.4: in any value a backslash and a comma are escaped and a line break is written \n, so no value can end its line and start a property. */
function escaped(value: string): string {
  return value.replace(/[\\,]/g, "\\$&").replace(LINE_BREAK, "\\n");
}

/** One field of a compound value (N, ORG), where a semicolon separates fields and is escaped too. */
function component(value: string): string {
  return escaped(value).replace(/;/g, "\\;");
}

/** RFC 6350 §3.2: lines of at most 75 octets, each continuation starting with a space, never splitting a character's UTF-8 bytes. */
function folded(line: string): string {
  if (line.length <= 25 || Buffer.byteLength(line) <= 75) return line;
  const pieces: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      pieces.push(line.slice(start, i));
      start = i;
      octets = 1; // the continuation's leading space
    }
    octets += size;
    i += cp > 0xffff ? 2 : 1;
  }
  pieces.push(line.slice(start));
  return pieces.join("\r\n ");
}
