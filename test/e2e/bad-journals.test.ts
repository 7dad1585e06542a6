import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrations } from "../../migrations/index.js";
import { openJournal } from "../../src/db/open.js";
import { insertPerson } from "../../src/db/people.js";
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
/** Adds a person and is killed before it closes the journal: its commit stays in the -wal, not yet in the file. */
const KILLED_WRITER = `
const Database = require(${JSON.stringify(new URL("../../node_modules/better-sqlite3", import.meta.url).pathname)});
const db = new Database(process.argv[1]);
db.prepare("INSERT INTO people (name, name_key, created_on) VALUES ('Dana Lee', 'dana lee', '2026-11-22')").run();
process.kill(process.pid, "SIGKILL");
`;
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
      expect(r.stderr).toBe(
        `net: the journal at ${temp.db} is read-only, so nothing was written\nMake it writable (chmod u+w ${temp.db}), or pass --db PATH.\n`,
      );
    }
    const read = netAsUser(READ, temp.db);
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout)).toHaveLength(3);
    // The calendar export, which remembers what it wrote where it can, still exports.
    const calendar = netAsUser(["export", "ics"], temp.db);
    expect(calendar.code, calendar.stderr).toBe(0);
    expect(calendar.stdout.match(/^BEGIN:VEVENT/gm)).toHaveLength(3);
    expect(digest(temp.db)).toBe(before);
  });

  /** A journal in a folder of its own, both handed to the user, the folder then made read-only. */
  function journalInLockedFolder(prepare: (db: string) => void = journalAt): { folder: string; db: string } {
    const folder = join(temp.dir, "locked");
    mkdirSync(folder);
    const db = join(folder, "journal.db");
    prepare(db);
    chmodSync(temp.dir, 0o755);
    giveToUser(folder, ...readdirSync(folder).map((f) => join(folder, f)));
    chmodSync(folder, 0o555);
    return { folder, db };
  }

  const readOnlyNotice = (folder: string) =>
    `The folder ${folder} is read-only, so the journal was only read: writing to it needs the folder to be writable.\n`;

  it("a journal in a read-only folder: every read command works and says once that writing needs the folder writable", () => {
    const { folder, db } = journalInLockedFolder();
    const before = digest(db);
    // A writable place for the one read command that writes a file of its own.
    const elsewhere = join(temp.dir, "elsewhere");
    mkdirSync(elsewhere);
    giveToUser(elsewhere);

    const people = netAsUser(READ, db);
    expect(people.code).toBe(0);
    expect(JSON.parse(people.stdout).map((p: { name: string }) => p.name)).toEqual(["Ana Souza", "Ben Ode", "Chidi Okafor"]);
    expect(people.stderr).toBe(readOnlyNotice(folder));
    for (const args of [
      ["people"],
      ["due"],
      ["show", "Ana Souza"],
      ["ask", "Ana Souza"],
      ["stats"],
      ["balance"],
      ["asks"],
      ["intros"],
      ["dupes"],
      ["export", "json"],
      ["export", "csv"],
      ["export", "vcard"],
      ["export", "ics"],
      ["export", "json", "--out", join(elsewhere, "net.json")],
      ["backup", join(elsewhere, "copy.db")],
    ]) {
      const r = netAsUser(args, db);
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
      // Once, wherever the command's own messages put it.
      expect(r.stderr.split(readOnlyNotice(folder)), args.join(" ")).toHaveLength(2);
    }
    expect(JSON.parse(readFileSync(join(elsewhere, "net.json"), "utf8")).people).toHaveLength(3);
    const copy = new Database(join(elsewhere, "copy.db"), { readonly: true });
    expect(copy.prepare("SELECT count(*) FROM people").pluck().get()).toBe(3);
    copy.close();
    expect(digest(db)).toBe(before);
    expect(readdirSync(folder)).toEqual(["journal.db"]);
  });

  it("a journal in a read-only folder: a write says the folder is read-only, exit 1, and nothing changed", () => {
    const { folder, db } = journalInLockedFolder();
    const before = digest(db);
    for (const args of [WRITE, ["add", "Dana Lee"], ["done", "1"], ["edit", "Ana Souza", "--title", "CTO"]]) {
      const r = netAsUser(args, db);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        `net: the folder ${folder} is read-only, so nothing was written: net keeps two small files beside the journal (journal.db-wal and -shm) while it writes\n` +
          `Make the folder writable (chmod u+w ${folder}), or move the journal to a writable folder and pass --db PATH.\n`,
      );
    }
    expect(digest(db)).toBe(before);
    expect(readdirSync(folder)).toEqual(["journal.db"]);
  });

  it("a journal in a read-only folder with its -wal and -shm beside it (a net was killed): read in place, its last writes too", () => {
    const { folder, db } = journalInLockedFolder((db) => {
      journalAt(db);
      // A process that writes and is killed before it closes the journal leaves its commit in the -wal.
      const killed = spawnSync(process.execPath, ["-e", KILLED_WRITER, db], { encoding: "utf8" });
      expect(killed.signal).toBe("SIGKILL");
      expect(readdirSync(dirname(db)).sort()).toEqual(["journal.db", "journal.db-shm", "journal.db-wal"]);
    });
    const before = [digest(db), digest(`${db}-wal`)];
    const r = netAsUser(READ, db);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).map((p: { name: string }) => p.name)).toEqual(["Ana Souza", "Ben Ode", "Chidi Okafor", "Dana Lee"]);
    expect(r.stderr).toBe(readOnlyNotice(folder));
    expect([digest(db), digest(`${db}-wal`)]).toEqual(before);
  });

  it("a journal in a read-only folder with writes in its -wal but no -shm: refused, saying why, nothing changed", () => {
    const { folder, db } = journalInLockedFolder((db) => {
      journalAt(db);
      expect(spawnSync(process.execPath, ["-e", KILLED_WRITER, db]).signal).toBe("SIGKILL");
      rmSync(`${db}-shm`);
    });
    const r = netAsUser(READ, db);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      new RegExp(
        `^net: the journal at ${db} has changes in journal.db-wal that SQLite can read only when it may write beside them, and the folder ${folder} is read-only; nothing was changed\n`,
      ),
    );
    expect(readdirSync(folder).sort()).toEqual(["journal.db", "journal.db-wal"]);
  });

  it("an older journal in a read-only folder: it cannot be upgraded there, and says so", async () => {
    const [firstName, first] = Object.entries(migrations)[0]!;
    const { folder, db } = journalInLockedFolder(() => {});
    chmodSync(folder, 0o755);
    const old = await openJournal(db, { migrations: { [firstName]: first } });
    await old.close();
    giveToUser(db);
    chmodSync(folder, 0o555);
    const before = digest(db);
    const r = netAsUser(READ, db);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `net: the journal at ${db} was written by an older version of net and must be upgraded before use, which needs its folder ${folder} to be writable; nothing was changed\n` +
        `Make the folder writable (chmod u+w ${folder}), then run the command again.\n`,
    );
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
      expect(r.stderr).toBe(
        `net: the journal at ${temp.db} is damaged (cut short or corrupted) and cannot be read; it was left unchanged\nRestore it from a backup (net backup makes one), or point --db at another journal.\n`,
      );
    }
    expect(digest(temp.db)).toBe(before);
    expect(readdirSync(temp.dir)).toEqual(["journal.db"]);
  });

  it("a damaged page in the middle of a real journal: whichever command runs into it says the journal is damaged and names the copies to restore", async () => {
    // A journal that was upgraded once, so that net's copy from before the upgrade is beside it, as on a user's disk.
    const [firstName, first] = Object.entries(migrations)[0]!;
    const old = await openJournal(temp.db, { migrations: { [firstName]: first } });
    await old.close();
    const net = session(temp.db, today);
    expect(net(["add", "Person 1", "--company", "Acme", "--note", "n".repeat(1500)]).code).toBe(0);
    const journal = await openJournal(temp.db);
    await journal.write(async (trx) => {
      for (let i = 2; i <= 40; i++) await insertPerson(trx, { name: `Person ${i}`, company: "Acme", note: "n".repeat(1500) }, today);
    });
    await journal.close();
    const upgradeCopy = join(temp.dir, "journal.db.before-upgrade-v1");
    expect(readdirSync(temp.dir).sort()).toEqual(["journal.db", "journal.db.before-upgrade-v1"]);
    const goodBackup = join(temp.dir, "backup.db");
    expect(net(["backup", goodBackup]).code).toBe(0);
    const goodCopy = digest(goodBackup);

    // One of the pages holding people, in the middle of the file, overwritten with garbage.
    const sqlite = new Database(temp.db, { readonly: true });
    const pages = sqlite
      .prepare("SELECT pageno FROM dbstat WHERE name = 'people' AND pagetype = 'leaf' ORDER BY pageno")
      .pluck()
      .all() as number[];
    const pageSize = sqlite.pragma("page_size", { simple: true }) as number;
    sqlite.close();
    expect(pages.length).toBeGreaterThan(4);
    const page = pages[Math.floor(pages.length / 2)]!;
    const bytes = readFileSync(temp.db);
    bytes.fill(0xa5, (page - 1) * pageSize, page * pageSize);
    writeFileSync(temp.db, bytes);
    const before = digest(temp.db);
    // Someone whose row was on that page: reading them runs into the damage.
    const check = new Database(temp.db, { readonly: true });
    const lost = Array.from({ length: 40 }, (_, i) => i + 1).find((id) => {
      try {
        check.prepare("SELECT name FROM people WHERE id = ?").get(id);
        return false;
      } catch {
        return true;
      }
    });
    check.close();
    expect(lost).toBeDefined();

    const damaged =
      `net: the journal at ${temp.db} is damaged (cut short or corrupted) and cannot be read; it was left unchanged\n` +
      `Restore it from a backup: a copy made with net backup, or ${upgradeCopy} (the journal as it was before net last upgraded it), or point --db at another journal.\n`;
    for (const args of [
      READ,
      ["people"],
      ["show", `Person ${lost}`],
      ["log", `Person ${lost}`, "--note", "this must not be written"],
      ["export", "json", "--out", join(temp.dir, "net.json")],
      ["export", "vcard", "--out", join(temp.dir, "net.vcf")],
    ]) {
      const r = net(args);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(damaged);
    }
    // Nor does a backup of it replace a good copy: SQLite's backup copies damaged pages as they are.
    const backup = net(["backup", goodBackup, "--force"]);
    expect(backup.code).toBe(1);
    expect(backup.stderr).toBe(damaged);
    expect(digest(goodBackup)).toBe(goodCopy);
    expect(digest(temp.db)).toBe(before);
    expect(
      readdirSync(temp.dir)
        .filter((f) => !/^journal\.db-(wal|shm)$/.test(f))
        .sort(),
    ).toEqual(["backup.db", "journal.db", "journal.db.before-upgrade-v1"]);
  });

  it("a damaged header beside its own upgrade copy: reported as damage, naming the copy, not as a file of another kind", async () => {
    const [firstName, first] = Object.entries(migrations)[0]!;
    const old = await openJournal(temp.db, { migrations: { [firstName]: first } });
    await old.close();
    const net = session(temp.db, today);
    expect(net(["add", "Ana Souza"]).code).toBe(0);
    const bytes = readFileSync(temp.db);
    bytes.fill(0x5a, 0, 16);
    writeFileSync(temp.db, bytes);
    const before = digest(temp.db);
    const r = net(["people"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("damaged");
    expect(r.stderr).toContain("journal.db.before-upgrade-v1");
    expect(digest(temp.db)).toBe(before);
  });

  it("a journal from a newer version of net: refused for reads and writes, and left byte for byte", () => {
    journalAt(temp.db);
    const sqlite = new Database(temp.db);
    sqlite
      .prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('2031-04-01-01-shared-notes', '2031-04-01T00:00:00.000Z')")
      .run();
    sqlite.close();
    const copy = join(temp.dir, "original.db");
    copyFileSync(temp.db, copy);

    const net = session(temp.db, today);
    for (const args of [WRITE, READ]) {
      const r = net(args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(
        /^net: the journal at .* was written by a newer version of net \(it has migration 2031-04-01-01-shared-notes, which this version does not know\)\n/,
      );
      expect(r.stderr).toMatch(/Upgrade net .*nothing was changed/);
    }
    expect(digest(temp.db)).toBe(digest(copy));
  });
});
