import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, copyFileSync, mkdirSync, readdirSync, readFileSync, truncateSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, session, tempJournal } from "../support/net.js";

// Journals net cannot use: each gets a clear message and exit 1, and the file is left byte for byte.
// Permission bits do not stop root, so when the tests run as root the CLI runs as `nobody` (uid 65534) and the
// files are handed to that user: the same situation as a normal user with a read-only file or folder.

const today = "2026-11-22";
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
const canDropRoot = asRoot && spawnSync(process.execPath, ["-e", ""], { uid: NOBODY, gid: NOBODY }).status === 0;
const permissionsApply = !asRoot || canDropRoot;

let temp: ReturnType<typeof tempJournal>;
beforeEach(() => {
  temp = tempJournal();
});
afterEach(() => {
  chmodSync(temp.dir, 0o755);
  for (const f of readdirSync(temp.dir, { recursive: true }) as string[]) chmodSync(join(temp.dir, f), 0o755);
  temp.cleanup();
});

/** Runs the built CLI as the user who owns the journal (nobody, when the tests run as root). */
function netAsUser(args: readonly string[], db: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, NET_DB: db, NET_TODAY: today, NO_COLOR: "1", NET_DEBUG: undefined },
    encoding: "utf8",
    timeout: 30_000,
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function giveToUser(...paths: string[]): void {
  if (asRoot) for (const p of paths) chownSync(p, NOBODY, NOBODY);
}

const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** A journal with a few people and conversations, built by the CLI. */
function journalAt(db: string): void {
  const net = session(db, today);
  for (const name of ["Ana Souza", "Ben Ode", "Chidi Okafor"]) {
    expect(net(["add", name, "--company", "Acme", "--note", "x".repeat(2000)]).code).toBe(0);
    expect(net(["log", name, "--via", "video", "--note", "talked about the launch", "--follow-up", "2w"]).code).toBe(0);
  }
}

const WRITE = ["log", "Ana Souza", "--note", "this must not be written"];
const READ = ["people", "--json"];

const unwritable = permissionsApply
  ? "a journal the user may not write"
  : "a journal the user may not write (skipped: running as root, and spawning the CLI as uid 65534 failed)";
describe.skipIf(!permissionsApply)(unwritable, () => {
  it("a read-only journal file: reading works, writing says the file is read-only and changes nothing", () => {
    journalAt(temp.db);
    chmodSync(temp.dir, 0o755);
    giveToUser(temp.dir, temp.db);
    chmodSync(temp.db, 0o444);
    const before = digest(temp.db);

    for (const args of [WRITE, ["add", "Dana Lee"]]) {
      const r = netAsUser(args, temp.db);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`net: the journal at ${temp.db} is read-only, so nothing was written\nMake it writable (chmod u+w ${temp.db}), or pass --db PATH.\n`);
    }
    const read = netAsUser(READ, temp.db);
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout)).toHaveLength(3);
    expect(digest(temp.db)).toBe(before);
  });

  it("a journal in a read-only folder: a message that names the folder, and nothing changed", () => {
    const folder = join(temp.dir, "locked");
    mkdirSync(folder);
    const db = join(folder, "journal.db");
    journalAt(db);
    chmodSync(temp.dir, 0o755);
    giveToUser(folder, db);
    chmodSync(folder, 0o555);
    const before = digest(db);

    for (const args of [WRITE, READ]) {
      const r = netAsUser(args, db);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`net: the folder ${folder} is read-only, and net needs to keep two small files beside the journal`);
      expect(r.stderr).toMatch(/Make the folder writable, or move the journal/);
    }
    expect(digest(db)).toBe(before);
    expect(readdirSync(folder)).toEqual(["journal.db"]);
  });
});

describe("a journal net cannot read", () => {
  it.each([
    ["cut to half its size", 0.5],
    ["cut inside its first page", 2000],
  ])("a truncated journal (%s): it says the journal is damaged, for reads and writes, and leaves it as it was", (_, cut) => {
    journalAt(temp.db);
    const size = readFileSync(temp.db).length;
    truncateSync(temp.db, cut < 1 ? Math.floor(size * cut) : cut);
    const before = digest(temp.db);

    const net = session(temp.db, today);
    for (const args of [WRITE, READ, ["due"]]) {
      const r = net(args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`net: the journal at ${temp.db} is damaged (cut short or corrupted) and cannot be read; it was left unchanged\nRestore it from a backup (net backup makes one), or point --db at another journal.\n`);
    }
    expect(digest(temp.db)).toBe(before);
    expect(readdirSync(temp.dir)).toEqual(["journal.db"]);
  });

  it("a journal from a newer version of net: refused for reads and writes, and left byte for byte", () => {
    journalAt(temp.db);
    const sqlite = new Database(temp.db);
    sqlite.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('2031-04-01-01-shared-notes', '2031-04-01T00:00:00.000Z')").run();
    sqlite.close();
    const copy = join(temp.dir, "original.db");
    copyFileSync(temp.db, copy);

    const net = session(temp.db, today);
    for (const args of [WRITE, READ]) {
      const r = net(args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^net: the journal at .* was written by a newer version of net \(it has migration 2031-04-01-01-shared-notes, which this version does not know\)\n/);
      expect(r.stderr).toMatch(/Upgrade net .*nothing was changed/);
    }
    expect(digest(temp.db)).toBe(digest(copy));
  });
});
