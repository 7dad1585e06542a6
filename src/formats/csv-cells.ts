// How one value sits in one cell of net's own spreadsheet: several values joined by "; ", and the guard that keeps a
// spreadsheet from running a cell as a formula. Both are undone exactly when net reads its own CSV back.

/** What a spreadsheet would take as the start of a formula (OWASP's list): =, +, -, @, a tab or a carriage return. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * The cell as written: a leading ' when a spreadsheet would run it as a formula (phone numbers such as "+351 …"
 * included). A value that already starts with quotes before such a character gets one more, so that reading takes
 * exactly one off and every value comes back as it was.
 */
export function guarded(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The value of a cell net wrote: the guard's ' taken off. */
export function unguarded(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

/** Several values in one cell, "a; b": a ";" or "\" inside a value is written "\;" or "\\". */
export function joinedList(values: readonly string[]): string {
  return values.map((v) => v.replace(/[\\;]/g, (c) => `\\${c}`)).join("; ");
}

/** The values of a list cell, each trimmed, empty ones left out. */
export function splitList(cell: string): string[] {
  const values: string[] = [];
  let value = "";
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === "\\" && i + 1 < cell.length) value += cell[++i];
    else if (c === ";") {
      values.push(value);
      value = "";
    } else value += c;
  }
  values.push(value);
  return values.map((v) => v.trim()).filter((v) => v !== "");
}
