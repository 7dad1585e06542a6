import type { PersonLine } from "../db/people-list.js";
import { colour } from "./colour.js";
import { roleLine } from "./person.js";
import { netText, signed, tierText } from "./receipt.js";
import { displayWidth, table, type Align } from "./table.js";
import { lastContactText } from "./when.js";

// The `net people` table: one row per person, the depth score and balance beside who they are.

const HEAD = ["name", "company / title", "tier", "depth", "balance", "last contact", "tags"];
const ALIGN: readonly Align[] = ["left", "left", "left", "right", "right", "left", "left"];
const SEPARATOR = "  ";
const ARCHIVED = " (archived)";

/**
 * Laid out like `table` (same columns, padding and trimmed line ends), but a column at a time and measuring only the
 * cells the user typed: the rest are ASCII we wrote, as wide as their plain text. 30,000 people print in a blink.
 */
export function renderPeople(lines: readonly PersonLine[], today: string): string {
  const c = colour();
  const n = lines.length + 1;
  const cells: string[][] = HEAD.map((h) => {
    const column = new Array<string>(n);
    column[0] = c.bold(h);
    return column;
  });
  const widths: number[][] = HEAD.map((h) => {
    const column = new Array<number>(n);
    column[0] = h.length;
    return column;
  });
  for (let r = 1; r < n; r++) {
    const person = lines[r - 1]!;
    const { depth, balance, lastContact } = person.relationship;
    const id = `#${person.id}`;
    const role = roleLine(person);
    const score = String(depth.score);
    const last = lastContact === null ? "never" : lastContactText(lastContact, today);
    if (`${person.name}${role}${person.tags}`.includes("\n")) return asTable(lines, today);
    cells[0]![r] = `${c.dim(id)} ${person.name}${person.archived ? c.yellow(ARCHIVED) : ""}`;
    widths[0]![r] = id.length + 1 + displayWidth(person.name) + (person.archived ? ARCHIVED.length : 0);
    cells[1]![r] = role;
    widths[1]![r] = displayWidth(role);
    cells[2]![r] = tierText(depth.tier);
    widths[2]![r] = depth.tier.length;
    cells[3]![r] = score;
    widths[3]![r] = score.length;
    cells[4]![r] = netText(balance.net);
    widths[4]![r] = signed(balance.net).length;
    cells[5]![r] = lastContact === null ? c.dim(last) : last;
    widths[5]![r] = last.length;
    cells[6]![r] = person.tags;
    widths[6]![r] = displayWidth(person.tags);
  }
  const widest = widths.map((column) => column.reduce((a, b) => (b > a ? b : a), 0));
  const out = new Array<string>(n);
  for (let r = 0; r < n; r++) {
    let line = "";
    for (let i = 0; i < HEAD.length; i++) {
      const space = " ".repeat(widest[i]! - widths[i]![r]!);
      line += (i === 0 ? "" : SEPARATOR) + (ALIGN[i] === "right" ? space + cells[i]![r] : cells[i]![r] + space);
    }
    out[r] = line.trimEnd();
  }
  return out.join("\n");
}

/** The general table, for the odd journal whose names, roles or tags hold line breaks. */
function asTable(lines: readonly PersonLine[], today: string): string {
  const c = colour();
  const rows = lines.map((person) => {
    const { depth, balance, lastContact } = person.relationship;
    return [
      `${c.dim(`#${person.id}`)} ${person.name}${person.archived ? c.yellow(ARCHIVED) : ""}`,
      roleLine(person),
      tierText(depth.tier),
      String(depth.score),
      netText(balance.net),
      lastContact === null ? c.dim("never") : lastContactText(lastContact, today),
      person.tags,
    ];
  });
  return table(HEAD.map((h) => c.bold(h)), rows, ALIGN);
}
