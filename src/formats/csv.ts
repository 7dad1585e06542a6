import { stringify } from "csv-stringify/sync";
import type { PersonRecord } from "./json.js";
import { guarded, joinedList } from "./csv-cells.js";

// The spreadsheet export: one row per person with everything they have, then the numbers a spreadsheet shows beside
// them. Several values in a cell are joined by "; " (csv-cells.ts), and a cell a spreadsheet would run as a formula
// starts with '. net import csv reads it back exactly (net-csv.ts).

/** A person with the numbers a spreadsheet shows beside them. */
export type CsvPerson = Omit<PersonRecord, "uid"> & {
  readonly uid: string;
  readonly tier: string;
  readonly depth: number;
  readonly given: number;
  readonly received: number;
  readonly balance: number;
  readonly lastContact: string | null;
};

/** What a person is, in the order written; import reads these back. */
export const PERSON_COLUMNS = [
  "id",
  "name",
  "company",
  "title",
  "emails",
  "phones",
  "tags",
  "links",
  "needs",
  "offers",
  "met",
  "met_on",
  "birthday",
  "linkedin_url",
  "note",
  "cadence_days",
  "archived",
  "created",
  "uid",
  "vcard_n",
] as const;

/** Worked out from the conversations and the ledger when the file is written; import leaves them alone. */
export const NUMBER_COLUMNS = ["tier", "depth", "given", "received", "balance", "last_contact"] as const;

/** Excel reads a CSV as UTF-8 only when it starts with this byte order mark. */
const BOM = "\uFEFF";

/** The spreadsheet, header first, in pieces of a thousand rows: a network of any size is written as it is read. */
export function* peopleCsv(people: Iterable<CsvPerson>, options: { bom?: boolean } = {}): Generator<string> {
  let rows: (string | number)[][] = [[...PERSON_COLUMNS, ...NUMBER_COLUMNS]];
  let first = true;
  const text = (value: string | null) => guarded(value ?? "");
  for (const p of people) {
    rows.push([
      p.id,
      text(p.name),
      text(p.company),
      text(p.title),
      text(joinedList(p.emails)),
      text(joinedList(p.phones)),
      text(joinedList(p.tags)),
      text(joinedList(p.links)),
      text(joinedList(p.needs)),
      text(joinedList(p.offers)),
      text(p.met),
      p.metOn ?? "",
      // A birthday without a year, --03-15, is a sum to a spreadsheet.
      text(p.birthday),
      text(p.linkedinUrl),
      text(p.note),
      p.cadenceDays ?? "",
      p.archived ? "yes" : "no",
      p.created,
      text(p.uid),
      text(p.cardN),
      p.tier,
      p.depth,
      p.given,
      p.received,
      p.balance,
      p.lastContact ?? "",
    ]);
    if (rows.length === 1_000) {
      yield piece(rows, first && options.bom);
      rows = [];
      first = false;
    }
  }
  if (rows.length > 0) yield piece(rows, first && options.bom);
}

function piece(rows: (string | number)[][], bom: boolean | undefined): string {
  // Every cell in quotes would be safe too; csv-stringify quotes what needs it, a carriage return included.
  const csv = stringify(rows, { record_delimiter: "unix" });
  return bom ? BOM + csv : csv;
}
