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
 * Laid out like `table` (same columns, padding and trimmed line ends), measuring only the cells the user typed (the
 * rest are ASCII we wrote, as wide as their plain text), and handed out in blocks of lines ending in a newline. Two
 * passes over the people, the first for the column widths and the second writing: 30,000 lines are never held at once.
 */
export function* renderPeople(lines: readonly PersonLine[], today: string): Generator<string> {
  const c = colour();
  const cellsOf = (person: PersonLine) => {
    const { depth, balance, lastContact } = person.relationship;
    return {
      id: `#${person.id}`,
      role: roleLine(person),
      score: String(depth.score),
      net: signed(balance.net),
      last: lastContact === null ? "never" : lastContactText(lastContact, today),
    };
  };
  const widest = HEAD.map((h) => h.length);
  const widen = (i: number, width: number) => {
    if (width > widest[i]!) widest[i] = width;
  };
  for (const person of lines) {
    const { id, role, score, net, last } = cellsOf(person);
    if (person.name.includes("\n") || role.includes("\n") || person.tags.includes("\n")) {
      yield `${asTable(lines, today)}\n`;
      return;
    }
    widen(0, id.length + 1 + displayWidth(person.name) + (person.archived ? ARCHIVED.length : 0));
    widen(1, displayWidth(role));
    widen(2, person.relationship.depth.tier.length);
    widen(3, score.length);
    widen(4, net.length);
    widen(5, last.length);
    widen(6, displayWidth(person.tags));
  }
  const line = (cells: readonly string[], widths: readonly number[]) => {
    let text = "";
    for (let i = 0; i < HEAD.length; i++) {
      const space = " ".repeat(widest[i]! - widths[i]!);
      text += (i === 0 ? "" : SEPARATOR) + (ALIGN[i] === "right" ? space + cells[i] : cells[i] + space);
    }
    return `${text.trimEnd()}\n`;
  };
  let block = line(
    HEAD.map((h) => c.bold(h)),
    HEAD.map((h) => h.length),
  );
  for (const person of lines) {
    const { id, role, score, net, last } = cellsOf(person);
    const { depth, balance, lastContact } = person.relationship;
    block += line(
      [
        `${c.dim(id)} ${person.name}${person.archived ? c.yellow(ARCHIVED) : ""}`,
        role,
        tierText(depth.tier),
        score,
        netText(balance.net),
        lastContact === null ? c.dim(last) : last,
        person.tags,
      ],
      [
        id.length + 1 + displayWidth(person.name) + (person.archived ? ARCHIVED.length : 0),
        displayWidth(role),
        depth.tier.length,
        score.length,
        net.length,
        last.length,
        displayWidth(person.tags),
      ],
    );
    // About 64 kB a write: few enough writes, and memory stays flat however long the list.
    if (block.length > 65_536) {
      yield block;
      block = "";
    }
  }
  yield block;
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
