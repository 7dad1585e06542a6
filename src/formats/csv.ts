import { stringify } from "csv-stringify/sync";
import type { Person } from "../domain/person.js";

// The spreadsheet export: one row per person, several values in a cell joined by "; ".

/** A person with the numbers a spreadsheet shows beside them. */
export type CsvPerson = Pick<
  Person,
  "id" | "name" | "company" | "title" | "emails" | "phones" | "tags" | "metOn" | "birthday" | "linkedinUrl" | "cadenceDays" | "archived"
> & {
  readonly tier: string;
  readonly depth: number;
  readonly given: number;
  readonly received: number;
  readonly balance: number;
  readonly lastContact: string | null;
};

const COLUMNS = [
  "id",
  "name",
  "company",
  "title",
  "emails",
  "phones",
  "tags",
  "met_on",
  "birthday",
  "linkedin_url",
  "cadence_days",
  "archived",
  "tier",
  "depth",
  "given",
  "received",
  "balance",
  "last_contact",
] as const;

/** The spreadsheet, header first, in pieces of a thousand rows: a network of any size is written as it is read. */
export function* peopleCsv(people: Iterable<CsvPerson>): Generator<string> {
  let rows: (string | number)[][] = [[...COLUMNS]];
  for (const p of people) {
    rows.push([
      p.id,
      p.name,
      p.company ?? "",
      p.title ?? "",
      p.emails.join("; "),
      p.phones.join("; "),
      p.tags.join("; "),
      p.metOn ?? "",
      p.birthday ?? "",
      p.linkedinUrl ?? "",
      p.cadenceDays ?? "",
      p.archived ? "yes" : "no",
      p.tier,
      p.depth,
      p.given,
      p.received,
      p.balance,
      p.lastContact ?? "",
    ]);
    if (rows.length === 1_000) {
      yield stringify(rows, { record_delimiter: "unix" });
      rows = [];
    }
  }
  if (rows.length > 0) yield stringify(rows, { record_delimiter: "unix" });
}
