import { FormatError, type ContactFile, type SourcedContact, type Skip, type Warning } from "./contact.js";
import { eachCsvRow, type CsvRow } from "./csv-rows.js";
import { decodeFile } from "./encoding.js";

// Reading an address book's CSV: the header says which layout it is (net's own, Google's, Outlook's), and that
// layout's reader turns each row after it into a contact.

/** Where a layout's reader puts what it read. */
export interface CsvFindings {
  readonly contacts: SourcedContact[];
  readonly skipped: Skip[];
  readonly warnings: Warning[];
}

export interface CsvLayout {
  /** As the summary names it: "Outlook CSV". */
  readonly name: string;
  /** What the import remembers each person's company and title under (see importContacts). */
  readonly source: string;
  /** Where such a file comes from, for the message that refuses a header net does not know. */
  readonly howToGet: string;
  /** The reader of the rows under this header, or null when the header is not this layout's. */
  readerFor(header: readonly string[], into: CsvFindings): ((row: CsvRow) => void) | null;
}

export type LayoutFile = ContactFile & { readonly layout: CsvLayout };

/** The file read by the first layout that knows its header; `unknown` is the refusal when none does. */
export function parseContactsCsv(data: Buffer, layouts: readonly CsvLayout[], unknown: (why?: string) => FormatError): LayoutFile {
  const { text, encoding } = decodeFile(data);
  const into: CsvFindings = { contacts: [], skipped: [], warnings: [] };
  let layout: CsvLayout | null = null;
  let read: ((row: CsvRow) => void) | null = null;
  const each = (row: CsvRow) => {
    if (read) return read(row);
    // The first row is the header.
    for (const l of layouts) {
      read = l.readerFor(row.fields, into);
      if (read) {
        layout = l;
        return;
      }
    }
    throw unknown();
  };
  const cut = eachCsvRow(text, ",", each, unknown);
  if (!layout) throw unknown();
  if (cut) into.skipped.push(cut);
  return { ...into, encoding, layout };
}

/** The refusal of a header none of these layouts knows, naming each and where to get it. */
export function unknownLayout(layouts: readonly CsvLayout[]): (why?: string) => FormatError {
  const width = Math.max(...layouts.map((l) => l.name.length));
  return (why) =>
    new FormatError(
      `this CSV is not one net can read${why ? ` (${why})` : ""}: its first row is not the header of ${layouts.map((l) => l.name).join(", ")}`,
      ["net reads these layouts:", ...layouts.map((l) => `  ${l.name.padEnd(width)}  ${l.howToGet}`)].join("\n"),
    );
}

/** The header's cells as a layout compares them: trimmed, lower case. */
export function headerKeys(header: readonly string[]): string[] {
  return header.map((h) => h.trim().toLowerCase());
}
