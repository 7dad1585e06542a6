import { canonicalLinkedInUrl } from "../domain/matching.js";
import { clean, nameText, contact, FormatError, type ContactFile, type SourcedContact, type Skip, type Warning } from "./contact.js";
import { eachCsvRow } from "./csv-rows.js";
import { decodeFile } from "./encoding.js";

// LinkedIn's Connections.csv in every layout seen since 2016, and Excel's re-saves of it.

const COLUMNS = {
  first: "first name",
  last: "last name",
  url: "url",
  email: "email address",
  company: "company",
  position: "position",
  connectedOn: "connected on",
} as const;
type Column = keyof typeof COLUMNS;
/** Columns of the 2018 nine-column layout: known, not imported. */
const IGNORED = new Set(["address", "websites", "instant messengers"]);
const KNOWN = new Set<string>([...Object.values(COLUMNS), ...IGNORED]);
/** Shared by every contact of a file (they are never mutated): one array each instead of 30,000. */
const NONE: readonly string[] = Object.freeze([]);
const TAGS: readonly string[] = Object.freeze(["linkedin"]);
/** The header is looked for in the first lines only: the preamble is three lines long. */
const HEADER_SEARCH_LINES = 20;

interface Header {
  readonly lineIndex: number;
  readonly offset: number;
  readonly delimiter: "," | ";";
  readonly columns: Partial<Record<Column, number>>;
}

export function parseLinkedIn(data: Buffer): ContactFile {
  const { text: body, encoding } = decodeFile(data);
  const header = findHeader(body);
  const contacts: SourcedContact[] = [];
  const skipped: Skip[] = [];
  const warnings: Warning[] = [];
  const at = (record: string[], column: Column, read = clean) => {
    const i = header.columns[column];
    return i === undefined ? null : read(record[i]);
  };
  // Thousands of connections share a company, a position or a day: one copy of each is kept.
  const seen = new Map<string, string>();
  const shared = (text: string | null) => {
    if (text === null) return null;
    const kept = seen.get(text);
    if (kept !== undefined) return kept;
    seen.set(text, text);
    return text;
  };
  // Each row becomes its compact contact as soon as it is read, so the raw rows of a 30,000-line file are never all held at once.
  const read = ({ line: rowLine, fields: record }: { line: number; fields: string[] }): void => {
    if (rowLine === 1) return; // the header
    const line = header.lineIndex - 1 + rowLine;
    // Excel's re-saves end with rows of bare commas: counted like any other row that names no one.
    if (record.every((f) => f.trim() === "")) {
      skipped.push({ line, reason: "an empty row" });
      return;
    }
    const url = at(record, "url");
    // A profile URL alone is not a name: a person called after their URL's slug is a guess the user would not recognise.
    const name = nameText([at(record, "first", nameText), at(record, "last", nameText)].filter(Boolean).join(" "));
    if (!name) {
      skipped.push({
        line,
        reason: url ? `no name, only the profile URL ${url}` : "no name and no profile URL (a member who hides their data)",
      });
      return;
    }
    const email = at(record, "email");
    const connected = at(record, "connectedOn");
    const metOn = connected ? shared(parseConnectedOn(connected)) : null;
    if (connected && !metOn)
      warnings.push({ line, reason: `Connected On "${connected}" is not a date net reads; imported without the date you met` });
    contacts.push({
      line,
      contact: contact({
        name,
        company: shared(at(record, "company")),
        title: shared(at(record, "position")),
        emails: email?.includes("@") ? [email] : NONE,
        tags: TAGS,
        linkedinUrl: url ? canonicalLinkedInUrl(url) : null,
        metOn,
      }),
    });
  };
  // A CSV error other than a file cut short (a quote closed in the middle of a field…): the rows cannot be told apart.
  const refusal = (why: string) =>
    new FormatError(
      `this LinkedIn export cannot be read: ${why}`,
      "Export Connections.csv from LinkedIn again, or open and re-save it in a spreadsheet.",
    );
  const cut = eachCsvRow(body.slice(header.offset), header.delimiter, read, refusal);
  if (cut) skipped.push({ ...cut, line: header.lineIndex - 1 + cut.line });
  return { contacts, skipped, warnings, encoding };
}

function findHeader(text: string): Header {
  let offset = 0;
  for (let index = 0; index < HEADER_SEARCH_LINES && offset < text.length; index++) {
    const end = text.indexOf("\n", offset);
    const line = (end === -1 ? text.slice(offset) : text.slice(offset, end)).replace(/\r+$/, "");
    for (const delimiter of [",", ";"] as const) {
      const cells = line.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, "").trim().toLowerCase());
      const named = cells.filter((c) => c !== "");
      const known = named.filter((c) => KNOWN.has(c));
      // Google's export also has First Name and Last Name, among thirty other columns: most names must be LinkedIn's.
      if (known.length >= 2 && known.length * 2 > named.length) {
        const columns: Partial<Record<Column, number>> = {};
        for (const [key, title] of Object.entries(COLUMNS) as [Column, string][]) {
          const i = cells.indexOf(title);
          if (i !== -1) columns[key] = i;
        }
        if (Object.keys(columns).length >= 2) return { lineIndex: index + 1, offset, delimiter, columns };
      }
    }
    if (end === -1) break;
    offset = end + 1;
  }
  throw new FormatError(
    "this is not a LinkedIn connections export: no header with First Name, Last Name, Company, Position, Connected On",
    "Export it from LinkedIn (Settings › Data privacy › Get a copy of your data › Connections) and pass Connections.csv.",
  );
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "05 Jan 2026", "23-Nov-21", "16.09.2021", "1/8/18, 6:14 PM", "2021-09-16" → YYYY-MM-DD, or null. */
export function parseConnectedOn(text: string): string | null {
  const t = text.trim();
  // LinkedIn writes four-digit years ("05 Jan 2026"); two digits are Excel's, with dashes ("23-Nov-21"). "05 Jan 20" is a
  // LinkedIn date cut short (the last row of a file that ends early), not the year 2020.
  let m = /^(\d{1,2})(?: ([A-Za-z]{3})[A-Za-z]*\.? (\d{4})|-([A-Za-z]{3})[A-Za-z]*\.?-(\d{2}|\d{4}))$/.exec(t);
  if (m) return ymd(year(m[3] ?? m[5]!), MONTHS.indexOf((m[2] ?? m[4]!).toLowerCase()) + 1, Number(m[1]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(t);
  if (m) return ymd(year(m[3]!), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?)?$/i.exec(t);
  if (m) return ymd(year(m[3]!), Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** Two-digit years are this century: LinkedIn started in 2003. */
function year(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function ymd(y: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(y, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${String(y).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
