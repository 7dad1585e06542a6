import { describe, expect, it } from "vitest";
import type { PeopleColumns } from "../../src/db/people-list.js";
import { tierOf } from "../../src/domain/depth.js";
import { renderPeople } from "../../src/ui/people.js";
import { columns } from "../../src/ui/table.js";

// `net people` writes its table in blocks, two passes over the people: joined, the blocks must be exactly the table the
// general padder draws from the same cells, however many blocks there are and in whatever order the rows are shown.

const TODAY = "2026-11-22";
const names = ["Ana Souza", "José Müller", "山田 太郎", "Zoë\u0301 Ode", "Chloé 🌱", "Ben Okafor-Whitfield"];

interface Line {
  readonly id: number;
  readonly name: string;
  readonly company: string | null;
  readonly title: string | null;
  readonly archived: boolean;
  readonly tags: string;
  readonly score: number;
  readonly net: number;
  readonly lastContact: string | null;
}

function person(n: number): Line {
  // Every fourth never contacted; of those, most with an even balance (the rows whose standing is shared).
  const contacted = n % 4 !== 0;
  return {
    id: n + 1,
    name: names[n % names.length]!,
    company: n % 3 === 0 ? "Acme" : null,
    title: n % 2 === 0 ? "CTO" : null,
    archived: n % 11 === 0,
    tags: n % 5 === 0 ? "" : "climate, design",
    score: contacted ? (n * 7) % 101 : n % 3,
    net: contacted || n % 8 === 0 ? (n % 9) - (n % 4) + (n % 13 === 0 ? 0.5 : 0) : 0,
    lastContact: contacted ? `2026-${String((n % 9) + 1).padStart(2, "0")}-1${n % 10}` : null,
  };
}

/** The rows as the table's columns, shown in the given order of rows. */
function tableOf(lines: readonly Line[], order: readonly number[] = lines.map((_, row) => row)): PeopleColumns {
  return {
    order: Int32Array.from(order),
    id: lines.map((l) => l.id),
    name: lines.map((l) => l.name),
    company: lines.map((l) => l.company),
    title: lines.map((l) => l.title),
    archived: lines.map((l) => (l.archived ? 1 : 0)),
    tags: lines.map((l) => l.tags),
    score: Uint8Array.from(lines.map((l) => l.score)),
    net: Float64Array.from(lines.map((l) => l.net)),
    lastContact: lines.map((l) => l.lastContact),
  };
}

function expected(lines: readonly Line[]): string {
  const rows = lines.map((p) => {
    const role = p.title && p.company ? `${p.title} at ${p.company}` : (p.title ?? p.company ?? "");
    const net = p.net > 0 ? `+${p.net}` : p.net < 0 ? `-${Math.abs(p.net)}` : "0";
    const last = p.lastContact;
    const ago = last === null ? "never" : `${last} (${Math.round((Date.parse(TODAY) - Date.parse(last)) / 86_400_000)} days ago)`;
    return [`#${p.id} ${p.name}${p.archived ? " (archived)" : ""}`, role, tierOf(p.score), String(p.score), net, ago, p.tags];
  });
  const head = ["name", "company / title", "tier", "depth", "balance", "last contact", "tags"];
  return `${columns([head, ...rows], ["left", "left", "left", "right", "right", "left", "left"])}\n`;
}

/** The blocks as the terminal gets them. */
function text(blocks: readonly Uint8Array[]): string {
  return Buffer.concat(blocks).toString("utf8");
}

describe("the people table", () => {
  it("comes in several blocks for a long list, which join into the same table the padder draws", () => {
    const lines = Array.from({ length: 3_000 }, (_, n) => person(n));
    const blocks = [...renderPeople(tableOf(lines), TODAY)];
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) expect(block.at(-1)).toBe(0x0a);
    expect(text(blocks)).toBe(expected(lines));
  });

  it("shows the rows in the table's order, not the order they are stored in", () => {
    const lines = Array.from({ length: 40 }, (_, n) => person(n));
    const order = lines
      .map((_, row) => row)
      .reverse()
      .filter((row) => row % 3 !== 0);
    const shown = text([...renderPeople(tableOf(lines, order), TODAY)]);
    expect(shown).toBe(expected(order.map((row) => lines[row]!)));
  });

  it("is one block for a short list", () => {
    const lines = [person(1), person(2)];
    const blocks = [...renderPeople(tableOf(lines), TODAY)];
    expect(blocks).toHaveLength(1);
    expect(text(blocks)).toBe(expected(lines));
  });

  it("shows a line break or a control sequence in a name, a role or the tags as visible escapes, each row on one line and aligned", () => {
    const lines = [
      person(0),
      { ...person(2), name: "Kim\nseveral lines", company: "\u001b]0;pwned\u0007Acme", tags: "a\u202eb" },
      person(6),
    ];
    const shown = text([...renderPeople(tableOf(lines), TODAY)]);
    expect(shown.split("\n")).toHaveLength(5);
    expect(shown).toContain("Kim\\nseveral lines");
    expect(shown).toContain("\\x1b]0;pwned\\x07Acme");
    expect(shown).toContain("a\\u202eb");
    expect(shown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    const [head, ...rows] = shown.split("\n").filter(Boolean);
    // Measured as shown: the tier column starts at the same place on every line.
    const tierAt = head!.indexOf("tier");
    for (const row of rows) expect(row.slice(tierAt - 2, tierAt + 1)).toMatch(/^ {2}\S$/);
  });

  it("keeps the general table's trimmed line end when tags end in a blank", () => {
    const lines = [person(1), { ...person(2), tags: "climate, design\u00a0" }, { ...person(3), tags: "x " }];
    const shown = text([...renderPeople(tableOf(lines), TODAY)]);
    expect(shown).toBe(expected(lines));
    expect(shown).not.toMatch(/\s\n/);
  });
});
