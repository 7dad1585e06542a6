import { stringify } from "csv-stringify/sync";

// The spreadsheet export: one row per person, several values in a cell joined by "; ".

export interface CsvPerson {
  readonly id: number;
  readonly name: string;
  readonly company: string | null;
  readonly title: string | null;
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly tags: readonly string[];
  readonly metOn: string | null;
  readonly birthday: string | null;
  readonly linkedinUrl: string | null;
  readonly cadenceDays: number | null;
  readonly archived: boolean;
  readonly tier: string;
  readonly depth: number;
  readonly given: number;
  readonly received: number;
  readonly balance: number;
  readonly lastContact: string | null;
}

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
