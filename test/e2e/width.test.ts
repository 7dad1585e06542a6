import { expect, test } from "vitest";
import { journalPerTest } from "../support/journal-per-test.js";
import { displayWidth } from "../../src/ui/table.js";

// Human output fits COLUMNS: no line wider, no word of a note broken; a pipe without COLUMNS gets whole lines.

const { net, ok } = journalPerTest("2026-12-03");
const NOTE = "Wants an introduction to climate investors in São Paulo; ask about 你好 the Lisbon offsite 🎉 and her daughter's recital";

function people() {
  ok([
    "add",
    "Maximiliana Ferreira-Rodrigues da Silva 你好 🎉",
    "--company",
    "Extraordinarily Long Company Name International Holdings",
    "--title",
    "Senior Vice President of Strategic Partnerships",
    "--note",
    NOTE,
    "--cadence",
    "1w",
  ]);
  ok(["add", "Ben Ng", "--company", "Acme"]);
  ok(["log", "maxi", "--on", "2026-11-01", "--note", NOTE, "--follow-up", "2026-12-06", "--follow-up-note", NOTE]);
}

const commands = [["due"], ["people"], ["show", "maxi"], ["ask", "maxi"], ["stats"], ["--help"], ["due", "--help"]];

for (const columns of [60, 80, 120]) {
  test(`at COLUMNS=${columns} every line of due, people, show, ask, stats and --help fits`, () => {
    people();
    for (const args of commands) {
      const r = net(args, { env: { COLUMNS: String(columns) } });
      for (const line of `${r.stdout}\n${r.stderr}`.split("\n"))
        expect(displayWidth(line), `${args.join(" ")}: ${line}`).toBeLessThanOrEqual(columns);
    }
    const shown = net(["show", "maxi"], { env: { COLUMNS: String(columns) } }).stdout.split(/\s+/);
    for (const word of NOTE.split(" ")) expect(shown).toContain(word);
  });
}

test("in colour, as at a terminal, cut cells close their colour and every line still fits", () => {
  people();
  for (const args of [["people"], ["people", "--sort", "depth"], ["due"], ["show", "maxi"]]) {
    const r = net(args, { env: { COLUMNS: "80", FORCE_COLOR: "1", NO_COLOR: undefined } });
    expect(r.stdout).toContain("\x1b[");
    // A code net wrote is never shown as text.
    expect(r.stdout, args.join(" ")).not.toContain("\\x1b");
    for (const line of r.stdout.split("\n")) expect(displayWidth(line), `${args.join(" ")}: ${line}`).toBeLessThanOrEqual(80);
  }
});

test("without COLUMNS a pipe gets whole lines", () => {
  people();
  const r = net(["show", "maxi"], { env: { COLUMNS: undefined } });
  expect(r.stdout).toContain(NOTE);
});

test("past 20 items a section ends in a count of the rest and the flag that shows all", () => {
  ok(["add", "Ben Ng"]);
  for (let i = 1; i <= 25; i++) ok(["follow-up", "ben", "2026-12-05", `thing ${i}`]);
  const due = net(["due"]).stdout;
  expect(due).toContain("… and 5 more upcoming (net due --all)");
  expect(due.match(/thing \d+/g)).toHaveLength(20);
  const all = net(["due", "--all"]).stdout;
  expect(all).not.toContain("more upcoming");
  expect(all.match(/thing \d+/g)).toHaveLength(25);
  expect(JSON.parse(net(["due", "--json"]).stdout).upcoming).toHaveLength(25);
});

test("a multi-line note keeps its line breaks, indented under its entry", () => {
  ok(["add", "Ana Souza", "--note", "first line\nsecond line"]);
  const shown = net(["show", "ana"], { env: { COLUMNS: "60" } }).stdout;
  expect(shown).toMatch(/first line\n +second line/);
});
