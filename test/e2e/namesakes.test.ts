import { describe, expect, it } from "vitest";
import { journalPerTest } from "../support/journal-per-test.js";

// Without a terminal to pick at, an ambiguous name is refused with what a picker would have shown of each person.

const journal = journalPerTest("2026-12-03");

describe("an ambiguous name outside a terminal", () => {
  it("lists each namesake with company, title and last contact, and writes nothing", () => {
    journal.ok(["add", "Sam Lee", "--company", "Acme", "--title", "CTO"]);
    journal.ok(["add", "Sam Lee", "--company", "Globex"]);
    journal.ok(["log", "1", "--on", "2026-11-12", "--note", "coffee"]);
    const before = journal.ok(["export", "json"]).stdout;
    const r = journal.net(["log", "sam", "--note", "lunch"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      [
        'net: "sam" matches 2 people:',
        "  Sam Lee #1 — Acme, CTO · last talked 3 weeks ago",
        "  Sam Lee #2 — Globex · never talked",
        "Type more of the name, or use the id, e.g. 1.",
        "",
      ].join("\n"),
    );
    expect(journal.ok(["export", "json"]).stdout).toBe(before);
  });

  it("lists eight and counts the rest", () => {
    for (let i = 0; i < 11; i++) journal.ok(["add", `Kim ${String.fromCharCode(65 + i)}`]);
    const lines = journal.net(["show", "kim"]).stderr.split("\n");
    expect(lines[0]).toBe('net: "kim" matches 11 people:');
    expect(lines.slice(1, 9).every((line) => /^ {2}Kim [A-H] #\d+ — never talked$/.test(line))).toBe(true);
    expect(lines[9]).toBe("  … and 3 more");
  });
});
