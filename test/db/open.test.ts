import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrations } from "../../migrations/index.js";
import { addonIn, openJournal } from "../../src/db/open.js";
import { insertPerson } from "../../src/db/people.js";
import { personAsBefore } from "../support/journal.js";
import { ExitError } from "../../src/errors.js";
import { tempJournal } from "../support/net.js";

// The journal file's promises, checked on real files: what it creates, what it refuses, and that writes are all-or-nothing.

let temp: ReturnType<typeof tempJournal>;
beforeEach(() => {
  temp = tempJournal();
});
afterEach(() => temp.cleanup());

const mode = (path: string) => statSync(path).mode & 0o777;

async function refusal(path: string): Promise<ExitError> {
  const error = await openJournal(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExitError);
  return error as ExitError;
}

describe("a new journal", () => {
  it("is created with every table, in a private directory and file", async () => {
    const path = join(temp.dir, "nested", "deeper", "journal.db");
    const journal = await openJournal(path);
    try {
      const tables = journal.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining([
          "people",
          "person_emails",
          "person_phones",
          "person_tags",
          "person_links",
          "interactions",
          "interaction_people",
          "follow_ups",
          "asks",
          "intros",
          "ledger",
        ]),
      );
      const applied = journal.sqlite.prepare("SELECT name FROM kysely_migration ORDER BY name").all() as { name: string }[];
      expect(applied.map((m) => m.name)).toEqual(Object.keys(migrations));
    } finally {
      await journal.close();
    }
    expect(mode(path)).toBe(0o600);
    expect(mode(join(temp.dir, "nested"))).toBe(0o700);
    expect(mode(join(temp.dir, "nested", "deeper"))).toBe(0o700);
  });

  it("runs in WAL mode with foreign keys on and waits at least 5 s for a busy journal", async () => {
    const journal = await openJournal(temp.db);
    try {
      expect(journal.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(journal.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
      expect(journal.sqlite.pragma("busy_timeout", { simple: true })).toBeGreaterThanOrEqual(5000);
      expect(() => journal.sqlite.prepare("INSERT INTO person_tags (person_id, tag) VALUES (999, 'x')").run()).toThrow(/FOREIGN KEY/);
    } finally {
      await journal.close();
    }
  });
});

describe("a file that is not this version's journal", () => {
  it("refuses a journal written by a newer version and leaves it byte for byte", async () => {
    const journal = await openJournal(temp.db);
    journal.sqlite
      .prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('2099-01-01-01-future', '2099-01-01T00:00:00.000Z')")
      .run();
    await journal.close();
    const before = readFileSync(temp.db);

    const error = await refusal(temp.db);
    expect(error.code).toBe(1);
    expect(error.message).toMatch(/newer version of net/);
    expect(error.message).toContain("2099-01-01-01-future");
    expect(readFileSync(temp.db).equals(before)).toBe(true);
  });

  it.each([
    ["a page of notes", "Ana: met at the climate meetup, likes trail running.\n".repeat(40)],
    ["a few bytes", "hello"],
  ])("refuses a file that is not a SQLite database (%s) and leaves it byte for byte", async (_, notes) => {
    writeFileSync(temp.db, notes, { mode: 0o644 });
    const error = await refusal(temp.db);
    expect(error.code).toBe(1);
    expect(error.message).toMatch(/not a net journal/);
    expect(readFileSync(temp.db, "utf8")).toBe(notes);
    expect(mode(temp.db)).toBe(0o644);
    expect(readdirSync(temp.dir)).toEqual(["journal.db"]);
  });

  it("refuses another program's SQLite database", async () => {
    const Database = (await import("better-sqlite3")).default;
    const other = new Database(temp.db);
    other.exec("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('Blue in Green')");
    other.close();
    const before = readFileSync(temp.db);
    const error = await refusal(temp.db);
    expect(error.code).toBe(1);
    expect(error.message).toMatch(/not a net journal/);
    expect(readFileSync(temp.db).equals(before)).toBe(true);
  });

  it("refuses a directory in place of the journal", async () => {
    mkdirSync(join(temp.dir, "folder.db"));
    const error = await refusal(join(temp.dir, "folder.db"));
    expect(error.code).toBe(1);
    expect(error.message).toMatch(/is a directory/);
  });
});

describe("upgrading an older journal", () => {
  const [firstName, first] = Object.entries(migrations)[0]!;

  it("writes a private, readable backup beside it first and says so", async () => {
    const old = await openJournal(temp.db, { migrations: { [firstName]: first } });
    await old.write((trx) => personAsBefore(trx, { name: "Ana Souza", company: "Acme" }, "2026-11-01"));
    await old.close();

    const notices: string[] = [];
    const journal = await openJournal(temp.db, { notice: (m) => notices.push(m) });
    await journal.close();

    const backups = readdirSync(temp.dir).filter((f) => f.startsWith("journal.db.before-upgrade"));
    expect(backups).toHaveLength(1);
    const backup = join(temp.dir, backups[0]!);
    expect(notices).toEqual([expect.stringContaining(backup)]);
    expect(mode(backup)).toBe(0o600);

    const Database = (await import("better-sqlite3")).default;
    const copy = new Database(backup, { readonly: true });
    try {
      expect(copy.prepare("SELECT name, company FROM people").all()).toEqual([{ name: "Ana Souza", company: "Acme" }]);
      expect((copy.prepare("SELECT name FROM kysely_migration").all() as { name: string }[]).map((r) => r.name)).toEqual([firstName]);
    } finally {
      copy.close();
    }

    const upgraded = await openJournal(temp.db);
    try {
      const tables = upgraded.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'ledger'").all();
      expect(tables).toHaveLength(1);
      expect(upgraded.sqlite.prepare("SELECT name FROM people").all()).toEqual([{ name: "Ana Souza" }]);
    } finally {
      await upgraded.close();
    }
  });

  it("does not back up a journal that is already current, nor a brand-new one", async () => {
    const notices: string[] = [];
    await (await openJournal(temp.db, { notice: (m) => notices.push(m) })).close();
    await (await openJournal(temp.db, { notice: (m) => notices.push(m) })).close();
    expect(notices).toEqual([]);
    expect(readdirSync(temp.dir).filter((f) => f.includes("before-upgrade"))).toEqual([]);
  });
});

describe("write()", () => {
  it("rolls back everything the callback did when it throws", async () => {
    const journal = await openJournal(temp.db);
    try {
      await journal.write((trx) => insertPerson(trx, { name: "Kept Person" }, "2026-11-22"));
      const failed = journal.write(async (trx) => {
        await insertPerson(trx, { name: "Ana Souza", tags: ["design"] }, "2026-11-22");
        await insertPerson(trx, { name: "Ben Ode" }, "2026-11-22");
        throw new Error("disk on fire");
      });
      await expect(failed).rejects.toThrow("disk on fire");
      expect(journal.sqlite.prepare("SELECT name FROM people").all()).toEqual([{ name: "Kept Person" }]);
      expect(journal.sqlite.prepare("SELECT count(*) AS n FROM person_tags").get()).toEqual({ n: 0 });
      expect(journal.sqlite.inTransaction).toBe(false);
      // The journal is still usable after a rollback.
      await journal.write((trx) => insertPerson(trx, { name: "After" }, "2026-11-22"));
      expect(journal.sqlite.prepare("SELECT count(*) AS n FROM people").get()).toEqual({ n: 2 });
    } finally {
      await journal.close();
    }
  });
});

describe("better-sqlite3's compiled addon", () => {
  it("is loaded from where npm install builds it, a Release build before a Debug one", () => {
    const root = join(temp.dir, "better-sqlite3");
    for (const kind of ["Debug", "Release"]) {
      mkdirSync(join(root, "build", kind), { recursive: true });
      writeFileSync(join(root, "build", kind, "better_sqlite3.node"), "");
      expect(addonIn(root)).toBe(join(root, "build", kind, "better_sqlite3.node"));
    }
  });

  it("missing, says so and how to build it again", () => {
    const root = join(temp.dir, "better-sqlite3");
    const error = (() => {
      try {
        addonIn(root);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ExitError);
    expect(error).toMatchObject({
      message: `better-sqlite3, which net reads and writes journals with, has no compiled addon in ${join(root, "build")}`,
      hint: "Build it again: npm rebuild better-sqlite3",
    });
  });
});
