import { describe, expect, it } from "vitest";
import { journalPerTest } from "../support/journal-per-test.js";

// net due --brief: one line for a shell prompt or a status bar, and nothing at all when nothing is due.

const journal = journalPerTest("2026-11-22");
const on = (day: string, args: string[], env: Record<string, string | undefined> = {}) => journal.net(args, { today: day, env });

describe("net due --brief", () => {
  it("counts what is overdue, due today and going cold on one line", () => {
    journal.ok(["add", "Ana Souza", "--cadence", "1w", "--met-on", "2026-11-01"]);
    journal.ok(["add", "Ben Ng", "--cadence", "1m", "--met-on", "2026-09-01"]);
    journal.ok(["add", "Chloé Martin"]);
    journal.ok(["follow-up", "chloe", "2026-11-23", "the article"]);
    journal.ok(["follow-up", "chloe", "2026-11-23", "the deck"]);
    journal.ok(["follow-up", "chloe", "2026-11-25", "the intro"]);
    journal.ok(["follow-up", "chloe", "2026-12-20", "next month"]);
    const r = on("2026-11-25", ["due", "--brief"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("2 overdue · 1 today · 2 going cold\n");
    expect(r.stderr).toBe("");
    expect(on("2026-11-25", ["due", "--brief", "--json"]).json()).toEqual({ overdue: 2, today: 1, cold: 2 });
  });

  it("leaves out what is not there", () => {
    journal.ok(["add", "Ana Souza"]);
    journal.ok(["follow-up", "ana", "2026-11-23", "the article"]);
    expect(on("2026-11-23", ["due", "--brief"]).stdout).toBe("1 today\n");
  });

  it("prints nothing at all, and exits 0, when nothing is due", () => {
    journal.ok(["add", "Ana Souza", "--cadence", "1m"]);
    journal.ok(["follow-up", "ana", "2026-12-01", "later"]);
    const r = journal.net(["due", "--brief"]);
    expect(r).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });

  it("writes no escape codes when piped, even without NO_COLOR", () => {
    journal.ok(["add", "Ana Souza"]);
    journal.ok(["follow-up", "ana", "2026-11-23", "the article"]);
    const r = on("2026-11-24", ["due", "--brief"], { NO_COLOR: undefined, FORCE_COLOR: undefined });
    expect(r.stdout).toBe("1 overdue\n");
    expect(r.stdout).not.toContain("\u001b");
  });
});
