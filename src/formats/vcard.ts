import iconv from "iconv-lite";
import ICAL from "ical.js";
import { canonicalLinkedInUrl, isLinkedInUrl } from "../domain/matching.js";
import type { Person } from "../domain/person.js";
import { birthdayFrom, clean, contact, FormatError, type ContactFile, type SourcedContact, type Skip } from "./contact.js";

// vCard 2.1, 3.0 and 4.0 as phones and address books write them. A small normalising step turns every card into
// clean 3.0/4.0 text (line endings, unfolding, QUOTED-PRINTABLE, CHARSET, 2.1 parameters); ical.js then parses it.

/** The properties net uses; everything else (photos, addresses, keys, X- fields) is dropped before parsing. */
const WANTED = new Set(["FN", "N", "EMAIL", "TEL", "ORG", "TITLE", "NOTE", "CATEGORIES", "BDAY", "URL", "X-SOCIALPROFILE"]);

interface RawLine {
  readonly line: number;
  bytes: Buffer;
}

interface RawCard {
  readonly line: number;
  version: string;
  readonly props: { name: string; value: string; valueType: string | null }[];
}

export function parseVCard(data: Buffer): ContactFile {
  const cards = splitCards(logicalLines(data));
  const contacts: SourcedContact[] = [];
  const skipped: Skip[] = [];
  for (const card of cards) {
    try {
      const c = cardToContact(card);
      if (c) contacts.push({ line: card.line, contact: c });
      else skipped.push({ line: card.line, reason: "a card with no name, organisation or e-mail" });
    } catch (e) {
      skipped.push({ line: card.line, reason: `an unreadable card (${(e as Error).message.split("\n")[0]})` });
    }
  }
  return { contacts, skipped, warnings: [] };
}

/** Physical lines (any mix of CRLF, CR CR LF, LF, lone CR), unfolded, QP soft breaks joined, comments and base64 runs dropped. */
function logicalLines(data: Buffer): RawLine[] {
  const physical: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < data.length; i++) {
    const b = data[i];
    if (b === 0x0a) {
      let end = i;
      while (end > start && data[end - 1] === 0x0d) end--;
      physical.push(data.subarray(start, end));
      start = i + 1;
    } else if (b === 0x0d) {
      let j = i;
      while (data[j] === 0x0d) j++;
      if (data[j] === 0x0a) {
        i = j - 1; // the LF ends this line
        continue;
      }
      physical.push(data.subarray(start, i));
      start = j;
      i = j - 1;
    }
  }
  if (start < data.length) physical.push(data.subarray(start));

  const out: RawLine[] = [];
  let current: RawLine | null = null;
  let softBreak = false;
  let inBase64 = false;
  physical.forEach((bytes, index) => {
    const first = bytes[0];
    if (current && softBreak) {
      current.bytes = Buffer.concat([current.bytes.subarray(0, current.bytes.length - 1), bytes]);
    } else if (current && (first === 0x20 || first === 0x09) && bytes.length > 0) {
      current.bytes = Buffer.concat([current.bytes, bytes.subarray(1)]);
    } else if (inBase64 && /^[A-Za-z0-9+/=\s]+$/.test(bytes.toString("latin1"))) {
      return;
    } else if (bytes.length === 0 || first === 0x23 /* # comment */ || bytes.toString("latin1").trim() === "") {
      inBase64 = false;
      current = null;
      return;
    } else {
      current = { line: index + 1, bytes };
      out.push(current);
    }
    const head = headOf(current.bytes).toUpperCase();
    softBreak = /QUOTED-PRINTABLE/.test(head) && current.bytes[current.bytes.length - 1] === 0x3d;
    inBase64 = /ENCODING=(BASE64|B)\b/.test(head);
  });
  return out;
}

/** The name and parameters of a property line: everything before the first colon outside quotes. */
function headOf(bytes: Buffer): string {
  const colon = colonAt(bytes);
  return bytes.subarray(0, colon === -1 ? bytes.length : colon).toString("utf8");
}

function colonAt(bytes: Buffer): number {
  let quoted = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x22) quoted = !quoted;
    else if (bytes[i] === 0x3a && !quoted) return i;
  }
  return -1;
}

function splitCards(lines: RawLine[]): RawCard[] {
  const cards: RawCard[] = [];
  const open: RawCard[] = [];
  let sawBegin = false;
  for (const raw of lines) {
    const colon = colonAt(raw.bytes);
    if (colon === -1) continue;
    const head = raw.bytes.subarray(0, colon).toString("utf8").trim();
    const params = splitParams(head);
    const name = params.shift()!.replace(/^[^.]*\./, "").toUpperCase();
    const valueBytes = raw.bytes.subarray(colon + 1);
    if (name === "BEGIN" && /^vcard$/i.test(valueBytes.toString("latin1").trim())) {
      sawBegin = true;
      open.push({ line: raw.line, version: "", props: [] });
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
    card.props.push({ name, ...decodeValue(valueBytes, params, card.version) });
  }
  // A file that ends inside a card still yields what it read.
  cards.push(...open);
  if (!sawBegin) {
    throw new FormatError("this is not a vCard file: no BEGIN:VCARD line", "Export contacts as .vcf (vCard) from your address book or phone.");
  }
  return cards.sort((a, b) => a.line - b.line);
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
function decodeValue(bytes: Buffer, params: string[], version: string): { value: string; valueType: string | null } {
  let charset: string | null = null;
  let qp = false;
  let valueType: string | null = null;
  for (const p of params) {
    const [key, val = ""] = p.split("=", 2).map((s) => s.trim()) as [string, string?];
    const k = key.toUpperCase();
    if (k === "CHARSET") charset = val.replace(/"/g, "");
    else if ((k === "ENCODING" && /^quoted-printable$/i.test(val)) || k === "QUOTED-PRINTABLE") qp = true;
    else if (k === "VALUE") valueType = val.replace(/"/g, "").toLowerCase();
  }
  const raw = qp ? decodeQuotedPrintable(bytes) : bytes;
  let value = decodeText(raw, charset);
  const legacy = version !== "3.0" && version !== "4.0";
  if (legacy) value = value.replace(/\\(?![;\\])/g, "\\\\").replace(/,/g, "\\,");
  value = value.replace(/\r\n|\r|\n/g, "\\n");
  return { value, valueType };
}

function decodeQuotedPrintable(bytes: Buffer): Buffer {
  const out: number[] = [];
  const hex = (b: number | undefined) => b !== undefined && /[0-9A-Fa-f]/.test(String.fromCharCode(b));
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x3d && hex(bytes[i + 1]) && hex(bytes[i + 2])) {
      out.push(parseInt(String.fromCharCode(bytes[i + 1]!, bytes[i + 2]!), 16));
      i += 2;
    } else if (b === 0x3d && i === bytes.length - 1) {
      // a trailing soft break
    } else out.push(b);
  }
  return Buffer.from(out);
}

/** Bytes in the declared charset; without one, UTF-8, or windows-1252 when the bytes are not UTF-8. */
function decodeText(bytes: Buffer, charset: string | null): string {
  if (charset && !/^utf-?8$/i.test(charset) && iconv.encodingExists(charset)) return iconv.decode(bytes, charset);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, "windows-1252");
  }
}

function cardToContact(card: RawCard): ReturnType<typeof contact> | null {
  const version = card.version === "4.0" ? "4.0" : "3.0";
  const lines = card.props.map((p) => `${p.name}${p.valueType ? `;VALUE=${p.valueType}` : ""}:${p.value}`);
  const text = ["BEGIN:VCARD", `VERSION:${version}`, ...lines, "END:VCARD", ""].join("\r\n");
  const component = new ICAL.Component(ICAL.parse(text));
  const texts = (name: string): string[] =>
    component.getAllProperties(name).flatMap((p) => p.getValues().flatMap((v) => flatten(v)));
  const firstText = (name: string): string | null => {
    for (const p of component.getAllProperties(name)) {
      const v = clean(flatten(p.getFirstValue()).join(" "));
      if (v) return v;
    }
    return null;
  };
  const fn = firstText("fn");
  const n = component.getFirstProperty("n");
  const nParts = n ? (n.getFirstValue() as unknown) : null;
  const structured = Array.isArray(nParts) ? nParts.map((part) => flatten(part).join(" ")) : typeof nParts === "string" ? nParts.split(";") : [];
  const [family, given, additional, prefix, suffix] = structured;
  const fromN = clean([prefix, given, additional, family, suffix].filter(Boolean).join(" "));
  const orgProp = component.getFirstProperty("org");
  const orgValue = orgProp ? (orgProp.getFirstValue() as unknown) : null;
  const company = clean(Array.isArray(orgValue) ? flatten(orgValue[0]).join(" ") : typeof orgValue === "string" ? orgValue.split(";")[0] : null);
  const emails = texts("email").map(addressOf).filter((e) => e.includes("@"));
  const phones = texts("tel").map((t) => t.trim().replace(/^tel:/i, "")).filter((t) => /\d/.test(t));
  const urls = [...texts("url"), ...texts("x-socialprofile")].map((u) => u.trim().replace(/\\:/g, ":")).filter(Boolean);
  const linkedin = urls.find(isLinkedInUrl);
  const name = fn ?? fromN ?? company ?? emails[0] ?? null;
  if (!name) return null;
  const bday = component.getFirstProperty("bday");
  const note = component
    .getAllProperties("note")
    .map((p) => flatten(p.getFirstValue()).join(" ").trim())
    .filter(Boolean)
    .join("\n\n");
  return contact({
    name,
    company,
    title: firstText("title"),
    emails: [...new Set(emails)],
    phones: [...new Set(phones)],
    tags: [...new Set(texts("categories").flatMap((t) => t.split(",")).map((t) => t.trim()).filter(Boolean))],
    links: [...new Set(urls.filter((u) => u !== linkedin))],
    note: note || null,
    birthday: bday ? birthdayFrom(String(bday.getFirstValue())) : null,
    linkedinUrl: linkedin ? canonicalLinkedInUrl(linkedin) : null,
  });
}

/** ical.js values as plain strings; 3.0 escapes it leaves in place (\\; \\,) are undone. */
function flatten(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(flatten);
  return [String(value).replace(/\\([;,])/g, "$1")];
}

/** "Omega" <omega@example.com> or mailto:omega@example.com → omega@example.com */
function addressOf(email: string): string {
  const angled = /<([^<>]+@[^<>]+)>/.exec(email);
  return (angled ? angled[1]! : email).trim().replace(/^mailto:/i, "");
}

// ---- export ----

/** What a vCard holds about a person. */
export type CardPerson = Pick<Person, "name" | "company" | "title" | "emails" | "phones" | "tags" | "links" | "note" | "birthday" | "linkedinUrl">;

/** vCard 4.0, CRLF and folded by ical.js: one card a person, made as they are read, so a network of any size is written as it is read. */
export function* vcards(people: Iterable<CardPerson>): Generator<string> {
  // ical.js puts foldLength octets after a continuation line's leading space: 74 keeps every line within 75.
  ICAL.foldLength = 74;
  for (const p of people) yield cardFor(p);
}

function cardFor(p: CardPerson): string {
  const card = new ICAL.Component("vcard");
  card.addPropertyWithValue("version", "4.0");
  card.addPropertyWithValue("fn", p.name);
  const words = p.name.trim().split(/\s+/);
  const n = new ICAL.Property("n", card);
  n.setValue(words.length > 1 ? [words.at(-1)!, words.slice(0, -1).join(" "), "", "", ""] : [p.name, "", "", "", ""]);
  card.addProperty(n);
  if (p.company) card.addPropertyWithValue("org", p.company);
  if (p.title) card.addPropertyWithValue("title", p.title);
  for (const e of p.emails) card.addPropertyWithValue("email", e);
  for (const t of p.phones) card.addPropertyWithValue("tel", t).setParameter("value", "text");
  if (p.tags.length > 0) {
    const categories = new ICAL.Property("categories", card);
    categories.setValues([...p.tags]);
    card.addProperty(categories);
  }
  if (p.birthday) {
    // ical.js takes jCard dates (1985-03-15, --03-15) and writes vCard ones (19850315, --0315)
    card.addPropertyWithValue("bday", p.birthday);
  }
  for (const url of [...(p.linkedinUrl ? [p.linkedinUrl] : []), ...p.links]) card.addPropertyWithValue("url", url);
  if (p.note) card.addPropertyWithValue("note", p.note);
  return `${card.toString()}\r\n`;
}
