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
  "id", "name", "company", "title", "emails", "phones", "tags", "met_on", "birthday", "linkedin_url",
  "cadence_days", "archived", "tier", "depth", "given", "received", "balance", "last_contact",
] as const;

export function peopleCsv(people: readonly CsvPerson[]): string {
  const rows = people.map((p) => [
    p.id, p.name, p.company ?? "", p.title ?? "", p.emails.join("; "), p.phones.join("; "), p.tags.join("; "), p.metOn ?? "",
    p.birthday ?? "", p.linkedinUrl ?? "", p.cadenceDays ?? "", p.archived ? "yes" : "no", p.tier, p.depth, p.given, p.received, p.balance, p.lastContact ?? "",
  ]);
  return stringify([[...COLUMNS], ...rows], { record_delimiter: "unix" });
}
