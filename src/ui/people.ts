import type { PeopleColumns } from "../db/people-list.js";
import { tierOf, type Tier } from "../domain/depth.js";
import { colour, wrapping } from "./colour.js";
import { ByteBlocks } from "./output.js";
import { roleLine, roleOf } from "./person.js";
import { netText, signed, tierText } from "./receipt.js";
import { displayWidth, fitTable, type Give, table, type Align } from "./table.js";
import { visible } from "./visible.js";
import { lastContactText } from "./when.js";

// The `net people` table: one row per person, the depth score and balance beside who they are.

const HEAD = ["name", "company / title", "tier", "depth", "balance", "last contact", "tags"];
const ALIGN: readonly Align[] = ["left", "left", "left", "right", "right", "left", "left"];
const SEPARATOR = "  ";
const ARCHIVED = " (archived)";

/**
 * Where a relationship stands, as the table's middle columns say it (plain text; colour is added when written). A
 * class, so that every standing has the same shape from the start: the hot loops below stay optimised.
 */
class Standing {
  /** These columns as laid out once the widths are known, and the padding before the tags: kept, since many rows share a standing. */
  written: string | undefined = undefined;
  beforeTags: string | undefined = undefined;

  constructor(
    readonly tier: Tier,
    readonly score: string,
    readonly net: number,
    readonly netText: string,
    readonly lastContact: string | null,
    readonly last: string,
  ) {}
}

/** The table's layout, found by the first pass: column widths, and for each row its standing and the widths of its typed cells. */
interface Layout {
  readonly widest: number[];
  readonly standing: Standing[];
  /** The typed cells as shown (visible: no control character reaches the terminal), measured as shown. */
  readonly name: string[];
  readonly role: string[];
  readonly tags: string[];
  readonly nameWidth: Int32Array;
  readonly roleWidth: Int32Array;
}

/**
 * Laid out like `table` (same columns, padding and trimmed line ends) and handed out in blocks of UTF-8 lines
 * (ByteBlocks). Two passes over the rows, the first for the column widths (measure) and the second writing (writeRows),
 * so 30,000 lines are never held at once. Only the cells the user typed are measured: the rest are ASCII we wrote, as
 * wide as their text. Most of a large network was never contacted and is even: their standing columns depend on the
 * score alone, so those are worked out once a score. Each pass is a small function of plain loops: tens of thousands
 * of rows, run once, so V8 must be able to optimise them while they run.
 */
export function* renderPeople(people: PeopleColumns, today: string): Generator<Uint8Array> {
  const layout = measure(people, today);
  if (layout === null) {
    yield Buffer.from(`${asTable(people, today)}\n`);
    return;
  }
  const c = colour();
  const blocks = new ByteBlocks();
  blocks.add(
    `${HEAD.map((h, i) => {
      const space = spaces(layout.widest[i]! - h.length);
      return ALIGN[i] === "right" ? space + c.bold(h) : c.bold(h) + space;
    })
      .join(SEPARATOR)
      .trimEnd()}\n`,
  );
  for (let k = 0; k < people.order.length; ) {
    k = writeRows(people, layout, blocks, k);
    const full = blocks.full();
    if (full) yield full;
  }
  yield blocks.take();
}

/** The first pass, in storage order: null when tags end in blanks a trimmed line would lose. */
function measure(people: PeopleColumns, today: string): Layout | null {
  const { order, id, company, title, archived, score, net, lastContact } = people;
  const rows = id.length;
  const shown = new Uint8Array(rows);
  for (let k = 0; k < order.length; k++) shown[order[k]!] = 1;
  // The standing of someone never contacted and even, for each of the 101 scores: made up front, so that the loop only looks them up.
  const quiet = Array.from({ length: 101 }, (_, score) => standing(score, 0, null, today));
  const standingOf = new Array<Standing>(rows);
  const nameOfRow = new Array<string>(rows);
  const roleOfRow = new Array<string>(rows);
  const tagsOfRow = new Array<string>(rows);
  const nameWidth = new Int32Array(rows);
  const roleWidth = new Int32Array(rows);
  let [widestName, widestRole, widestTier, widestDepth, widestBalance, widestLast] = HEAD.map((h) => h.length) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  for (let row = 0; row < rows; row++) {
    if (shown[row] === 0) continue;
    const name = visible(people.name[row]!);
    const role = visible(roleOf(title[row]!, company[row]!));
    const personTags = visible(people.tags[row]!);
    const widthOfName = displayWidth(name);
    const widthOfRole = displayWidth(role);
    if (personTags !== "" && endsInBlank(personTags)) return null;
    const s =
      lastContact[row] === null && net[row] === 0 ? quiet[score[row]!]! : standing(score[row]!, net[row]!, lastContact[row]!, today);
    standingOf[row] = s;
    nameOfRow[row] = name;
    roleOfRow[row] = role;
    tagsOfRow[row] = personTags;
    const width = digits(id[row]!) + 2 + widthOfName + (archived[row] ? ARCHIVED.length : 0);
    nameWidth[row] = width;
    roleWidth[row] = widthOfRole;
    if (width > widestName) widestName = width;
    if (widthOfRole > widestRole) widestRole = widthOfRole;
    // The tags are the last column: never padded, so their width is not needed.
    if (s.tier.length > widestTier) widestTier = s.tier.length;
    if (s.score.length > widestDepth) widestDepth = s.score.length;
    if (s.netText.length > widestBalance) widestBalance = s.netText.length;
    if (s.last.length > widestLast) widestLast = s.last.length;
  }
  const widest = [widestName, widestRole, widestTier, widestDepth, widestBalance, widestLast, HEAD[6]!.length];
  return { widest, standing: standingOf, name: nameOfRow, role: roleOfRow, tags: tagsOfRow, nameWidth, roleWidth };
}

/** The second pass: writes the lines of the rows shown from the k-th on until a block is full; returns where it stopped. */
function writeRows(people: PeopleColumns, layout: Layout, blocks: ByteBlocks, from: number): number {
  const c = colour();
  const { order, id, archived } = people;
  const { widest, standing: standingOf, name, role, tags, nameWidth, roleWidth } = layout;
  const archivedText = c.yellow(ARCHIVED);
  const [dimOn, dimOff] = wrapping(c.dim);
  let k = from;
  while (k < order.length && !blocks.isFull()) {
    const row = order[k++]!;
    const s = standingOf[row]!;
    // The standing columns padded to their widths, the last contact last (the tags' padding follows it only when there are tags).
    const written = (s.written ??=
      `${SEPARATOR}${tierText(s.tier)}${spaces(widest[2]! - s.tier.length)}${SEPARATOR}${spaces(widest[3]! - s.score.length)}${s.score}` +
      `${SEPARATOR}${spaces(widest[4]! - s.netText.length)}${netText(s.net)}${SEPARATOR}${s.lastContact === null ? c.dim(s.last) : s.last}`);
    const personTags = tags[row]!;
    blocks.add(
      `${dimOn}#${id[row]!}${dimOff} ${name[row]!}${archived[row] ? archivedText : ""}${spaces(widest[0]! - nameWidth[row]!)}${SEPARATOR}${role[row]!}` +
        `${spaces(widest[1]! - roleWidth[row]!)}${written}${personTags === "" ? "\n" : `${(s.beforeTags ??= spaces(widest[5]! - s.last.length) + SEPARATOR)}${personTags}\n`}`,
    );
  }
  return k;
}

function standing(score: number, net: number, lastContact: string | null, today: string): Standing {
  return new Standing(tierOf(score), String(score), net, signed(net), lastContact, lastContactText(lastContact, today));
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

// On a narrow line the tags go first, then the balance and the depth score; then roles and names are cut, and the last contact goes last.
const GIVE: Give = {
  dropFirst: [6, 4, 3],
  shorten: [
    [1, 12, 32],
    [0, 16, 28],
  ],
  dropLast: [5],
  keep: 3,
};

/** The table fitted to a line of `width` cells: columns dropped, least important first, then long cells cut with …. */
export function renderPeopleFitted(people: PeopleColumns, today: string, width: number): string {
  const c = colour();
  const rows = Array.from(people.order, (row) => {
    const s = standing(people.score[row]!, people.net[row]!, people.lastContact[row]!, today);
    // One line a cell: a line break inside a typed name or role is shown as its visible escape.
    return [
      `${c.dim(`#${people.id[row]!}`)} ${visible(people.name[row]!)}${people.archived[row] ? c.yellow(ARCHIVED) : ""}`,
      visible(roleOf(people.title[row]!, people.company[row]!)),
      tierText(s.tier),
      s.score,
      netText(s.net),
      s.lastContact === null ? c.dim(s.last) : s.last,
      visible(people.tags[row]!),
    ];
  });
  return `${fitTable(
    HEAD.map((h) => c.bold(h)),
    rows,
    ALIGN,
    GIVE,
    width,
  )}\n`;
}

/** The general table, for the odd journal whose names, roles or tags hold line breaks. */
function asTable(people: PeopleColumns, today: string): string {
  const c = colour();
  const rows = Array.from(people.order, (row) => {
    const s = standing(people.score[row]!, people.net[row]!, people.lastContact[row]!, today);
    return [
      `${c.dim(`#${people.id[row]!}`)} ${visible(people.name[row]!)}${people.archived[row] ? c.yellow(ARCHIVED) : ""}`,
      visible(roleLine({ title: people.title[row]!, company: people.company[row]! })),
      tierText(s.tier),
      s.score,
      netText(s.net),
      s.lastContact === null ? c.dim(s.last) : s.last,
      visible(people.tags[row]!),
    ];
  });
  return table(
    HEAD.map((h) => c.bold(h)),
    rows,
    ALIGN,
  );
}
