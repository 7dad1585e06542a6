import { parse } from "csv-parse/sync";
import { FormatError, type Skip } from "./contact.js";

// The rows of an imported CSV file, one at a time, and the last row of a file that was cut short.

export interface CsvRow {
  /** The line the row starts on (a quoted field can span several), counting the text's first line as 1. */
  readonly line: number;
  readonly fields: string[];
}

interface RecordInfo {
  readonly lines: number;
  readonly empty_lines: number;
}

/**
 * Calls `each` with every row, the header (the first row) included, as soon as it is read, so a large file is never held
 * as rows. A last row the file cut short is not passed on but returned as a skip: a quoted field still open at the end,
 * or, when the file does not end with a line break, fewer fields than the header. Importing it could create a person
 * from half a name, whom a complete file would not find again.
 */
export function eachCsvRow(
  text: string,
  delimiter: string,
  each: (row: CsvRow) => void,
  refusal: (why: string) => FormatError,
): Skip | null {
  let width = -1;
  let last = null as CsvRow | null;
  // Where the previous row ended, to find the line the next one starts on (csv-parse counts to a row's last line).
  let ended = { lines: 0, empty_lines: 0 };
  const startOf = (info: RecordInfo) => ended.lines + 1 + (info.empty_lines - ended.empty_lines);
  const onRecord = (fields: string[], info: RecordInfo): null => {
    // The previous row was not the last one: it is complete.
    if (last) each(last);
    const row = { line: startOf(info), fields };
    if (width === -1) {
      width = named(fields);
      each(row);
    } else last = row;
    ended = info;
    return null;
  };
  try {
    parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, on_record: onRecord });
  } catch (e) {
    if (e instanceof FormatError) throw e;
    const err = e as Error & { code?: string } & Partial<RecordInfo>;
    if (err.code !== "CSV_QUOTE_NOT_CLOSED" || width === -1) throw refusal(err.message);
    if (last) each(last);
    const line = startOf(err as RecordInfo);
    const span = (err.lines ?? line) - line + 1;
    const runs = span > 1 ? `, which runs over the last ${span.toLocaleString("en-US")} lines` : "";
    return { line, reason: `incomplete last row: the file ends inside a quoted field${runs}` };
  }
  if (!last) return null;
  const cut = last.fields.length < width && !/[\r\n]$/.test(text);
  if (!cut) each(last);
  return cut ? { line: last.line, reason: `incomplete last row: the file ends after ${last.fields.length} of its ${width} columns` } : null;
}

/** The header's width without the empty cells a spreadsheet may leave at its end. */
function named(header: string[]): number {
  let n = header.length;
  while (n > 0 && header[n - 1]!.trim() === "") n--;
  return n;
}
