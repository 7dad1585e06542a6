import type { PeopleTable } from "../db/people-list.js";
import { tierOf, type Tier } from "../domain/depth.js";
import { colour } from "./colour.js";
import { ByteBlocks } from "./output.js";
import { roleLine, roleOf } from "./person.js";
import { netText, signed, tierText } from "./receipt.js";
import { displayWidth, table, type Align } from "./table.js";
import { lastContactText } from "./when.js";

// The `net people` table: one row per person, the depth score and balance beside who they are.

const HEAD = ["name", "company / title", "tier", "depth", "balance", "last contact", "tags"];
const ALIGN: readonly Align[] = ["left", "left", "left", "right", "right", "left", "left"];
const SEPARATOR = "  ";
const ARCHIVED = " (archived)";

/** Where a relationship stands, as the table's middle columns say it (plain text; colour is added when written). */
interface Standing {
  readonly tier: Tier;
  readonly score: string;
  readonly net: number;
  readonly netText: string;
  readonly lastContact: string | null;
  readonly last: string;
  /** These columns as laid out, and the padding before the tags, once the widths are known: worked out once for a standing many rows share. */
  written?: string;
  beforeTags?: string;
}

/**
 * Laid out like `table` (same columns, padding and trimmed line ends) and handed out in blocks of UTF-8 lines
 * (ByteBlocks). Two passes over the rows, the first for the column widths and the second writing, so 30,000 lines are
 * never held at once. Only the cells the user typed are measured: the rest are ASCII we wrote, as wide as their text.
 * Most of a large network was never contacted and is even: their standing columns depend on the score alone, so those
 * are worked out once a score. Plain indexed loops and locals: tens of thousands of rows, run once, mostly before the
 * code is optimised.
 */
export function* renderPeople(people: PeopleTable, today: string): Generator<Uint8Array> {
  const c = colour();
  const { order, id, name, company, title, archived, tags, score, net, lastContact } = people;
  const count = order.length;
  const quiet: (Standing | undefined)[] = [];
  const standings = new Array<Standing>(count);
  const roles = new Array<string>(count);
  const nameWidth = new Int32Array(count);
  const roleWidth = new Int32Array(count);
  let [widestName, widestRole, widestTier, widestDepth, widestBalance, widestLast] = HEAD.map((h) => h.length) as [number, number, number, number, number, number];
  for (let k = 0; k < count; k++) {
    const row = order[k]!;
    const role = roleOf(title[row]!, company[row]!);
    const personTags = tags[row]!;
    const widthOfName = cellWidth(name[row]!);
    const widthOfRole = cellWidth(role);
    // A line break inside a cell, or tags ending in blanks a trimmed line end would lose: the general table lays those out.
    if (widthOfName < 0 || widthOfRole < 0 || (personTags !== "" && (personTags.includes("\n") || endsInBlank(personTags)))) {
      yield Buffer.from(`${asTable(people, today)}\n`);
      return;
    }
    let s: Standing | undefined;
    if (lastContact[row] === null && net[row] === 0) {
      s = quiet[score[row]!];
      if (s === undefined) s = quiet[score[row]!] = standing(score[row]!, 0, null, today);
    } else s = standing(score[row]!, net[row]!, lastContact[row]!, today);
    standings[k] = s;
    roles[k] = role;
    const width = digits(id[row]!) + 2 + widthOfName + (archived[row] ? ARCHIVED.length : 0);
    nameWidth[k] = width;
    roleWidth[k] = widthOfRole;
    if (width > widestName) widestName = width;
    if (widthOfRole > widestRole) widestRole = widthOfRole;
    // The tags are the last column: never padded, so their width is not needed.
    if (s.tier.length > widestTier) widestTier = s.tier.length;
    if (s.score.length > widestDepth) widestDepth = s.score.length;
    if (s.netText.length > widestBalance) widestBalance = s.netText.length;
    if (s.last.length > widestLast) widestLast = s.last.length;
  }
  const widest = [widestName, widestRole, widestTier, widestDepth, widestBalance, widestLast, HEAD[6]!.length];

  const blocks = new ByteBlocks();
  blocks.add(
    `${HEAD.map((h, i) => {
      const space = spaces(widest[i]! - h.length);
      return ALIGN[i] === "right" ? space + c.bold(h) : c.bold(h) + space;
    })
      .join(SEPARATOR)
      .trimEnd()}\n`,
  );
  const archivedText = c.yellow(ARCHIVED);
  for (let k = 0; k < count; k++) {
    const row = order[k]!;
    const s = standings[k]!;
    // The standing columns padded to their widths, the last contact last (the tags' padding follows it only when there are tags).
    const written = (s.written ??=
      `${SEPARATOR}${tierText(s.tier)}${spaces(widestTier - s.tier.length)}${SEPARATOR}${spaces(widestDepth - s.score.length)}${s.score}` +
      `${SEPARATOR}${spaces(widestBalance - s.netText.length)}${netText(s.net)}${SEPARATOR}${s.lastContact === null ? c.dim(s.last) : s.last}`);
    const personTags = tags[row]!;
    const full = blocks.add(
      `${c.dim(`#${id[row]!}`)} ${name[row]!}${archived[row] ? archivedText : ""}${spaces(widestName - nameWidth[k]!)}${SEPARATOR}${roles[k]!}` +
        `${spaces(widestRole - roleWidth[k]!)}${written}${personTags === "" ? "\n" : `${(s.beforeTags ??= spaces(widestLast - s.last.length) + SEPARATOR)}${personTags}\n`}`,
    );
    if (full) yield full;
  }
  yield blocks.take();
}

function standing(score: number, net: number, lastContact: string | null, today: string): Standing {
  return { tier: tierOf(score), score: String(score), net, netText: signed(net), lastContact, last: lastContactText(lastContact, today) };
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** A cell's width in the terminal, or -1 if it holds a line break. Most are plain ASCII: one test tells both. */
function cellWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  return text.includes("\n") ? -1 : displayWidth(text);
}

/** Whether text ends in white space (what trimEnd would take off). */
function endsInBlank(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last <= 32 || (last >= 0x80 && /\s$/.test(text));
}

/** How many digits an id has. */
function digits(n: number): number {
  let count = 1;
  for (let power = 10; n >= power; power *= 10) count++;
  return count;
}

const SPACES: string[] = [];
function spaces(n: number): string {
  if (n > 256) return " ".repeat(n);
  return (SPACES[n] ??= " ".repeat(n));
}

/** The general table, for the odd journal whose names, roles or tags hold line breaks. */
function asTable(people: PeopleTable, today: string): string {
  const c = colour();
  const rows = Array.from(people.order, (row) => {
    const s = standing(people.score[row]!, people.net[row]!, people.lastContact[row]!, today);
    return [
      `${c.dim(`#${people.id[row]!}`)} ${people.name[row]!}${people.archived[row] ? c.yellow(ARCHIVED) : ""}`,
      roleLine({ title: people.title[row]!, company: people.company[row]! }),
      tierText(s.tier),
      s.score,
      netText(s.net),
      s.lastContact === null ? c.dim(s.last) : s.last,
      people.tags[row]!,
    ];
  });
  return table(HEAD.map((h) => c.bold(h)), rows, ALIGN);
}
