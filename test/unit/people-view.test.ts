import { describe, expect, it } from "vitest";
import type { PersonLine } from "../../src/db/people-list.js";
import { renderPeople } from "../../src/ui/people.js";
import { columns } from "../../src/ui/table.js";

// `net people` writes its table in blocks, two passes over the people: joined, the blocks must be exactly the table the
// general padder draws from the same cells, however many blocks there are.

const TODAY = "2026-11-22";
const names = ["Ana Souza", "José Müller", "山田 太郎", "Zoë\u0301 Ode", "Chloé 🌱", "Ben Okafor-Whitfield"];
const tiers = ["contact", "acquaintance", "connection", "inner"] as const;

function person(n: number): PersonLine {
  const contacted = n % 4 !== 0;
  return {
    id: n + 1,
    name: names[n % names.length]!,
    company: n % 3 === 0 ? "Acme" : null,
    title: n % 2 === 0 ? "CTO" : null,
    archived: n % 11 === 0,
    tags: n % 5 === 0 ? "" : "climate, design",
    relationship: {
      personId: n + 1,
      depth: { score: (n * 7) % 101, tier: tiers[n % 4]!, terms: {} },
      balance: { given: n % 9, received: n % 4, net: (n % 9) - (n % 4) },
      lastContact: contacted ? `2026-${String((n % 9) + 1).padStart(2, "0")}-1${n % 10}` : null,
    },
  };
}

function expected(lines: PersonLine[]): string {
  const rows = lines.map((p) => {
    const role = p.title && p.company ? `${p.title} at ${p.company}` : (p.title ?? p.company ?? "");
    const net = p.relationship.balance.net;
    const last = p.relationship.lastContact;
    const ago = last === null ? "never" : `${last} (${Math.round((Date.parse(TODAY) - Date.parse(last)) / 86_400_000)} days ago)`;
    return [`#${p.id} ${p.name}${p.archived ? " (archived)" : ""}`, role, p.relationship.depth.tier, String(p.relationship.depth.score), net > 0 ? `+${net}` : String(net), ago, p.tags];
  });
  const head = ["name", "company / title", "tier", "depth", "balance", "last contact", "tags"];
  return `${columns([head, ...rows], ["left", "left", "left", "right", "right", "left", "left"])}\n`;
}

describe("the people table", () => {
  it("comes in several blocks for a long list, which join into the same table the padder draws", () => {
    const lines = Array.from({ length: 3_000 }, (_, n) => person(n));
    const blocks = [...renderPeople(lines, TODAY)];
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) expect(block.endsWith("\n")).toBe(true);
    expect(blocks.join("")).toBe(expected(lines));
  });

  it("is one block for a short list", () => {
    const lines = [person(1), person(2)];
    expect([...renderPeople(lines, TODAY)]).toEqual([expected(lines)]);
  });

  it("falls back to the general table when a name holds a line break", () => {
    const lines = [person(1), { ...person(2), name: "Kim\nseveral lines" }];
    const text = [...renderPeople(lines, TODAY)].join("");
    expect(text.split("\n")).toHaveLength(5);
    expect(text).toContain("several lines");
  });
});
