import Database from "better-sqlite3";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BIN, net as runNet, session, tempJournal } from "../support/net.js";

// The files net writes (export --out, backup): never over the journal or a file that belongs to it, never over an
// existing file without --force, and always whole, however the write ends.

const GENERATE = fileURLToPath(new URL("../../bench/generate.js", import.meta.url));
const today = "2026-11-22";
const mode = (path: string) => statSync(path).mode & 0o777;
/** Temporary files that a write into this folder left behind. */
const partials = (dir: string) => readdirSync(dir).filter((f) => f.includes("net-partial"));
/** A folder's files other than the -wal and -shm SQLite may keep beside the journal. */
const filesIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => !/^journal\.db-(wal|shm)$/.test(f))
    .sort();

let t: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(() => {
  t = tempJournal();
  net = session(t.db, today);
});
afterEach(() => t.cleanup());

function seed(): void {
  for (const name of ["Ana Souza", "Ben Ode", "Chidi Okafor"]) {
    expect(net(["add", name, "--company", "Acme", "--birthday", "1990-03-15"]).code).toBe(0);
    expect(net(["log", name, "--note", `talked with ${name}`, "--follow-up", "2w"]).code).toBe(0);
  }
}

/** What the journal holds, as a script reads it; and a proof that SQLite still finds it whole. */
function journalState(db = t.db): unknown {
  const sqlite = new Database(db, { readonly: true });
  try {
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  } finally {
    sqlite.close();
  }
  const people = runNet(["people", "--json"], { db, today });
  expect(people.code).toBe(0);
  return people.json();
}

const EXPORTS = [
  ["export", "json"],
  ["export", "csv"],
  ["export", "vcard"],
  ["export", "ics"],
] as const;

describe("a command that writes a file refuses the journal and the files that belong to it, however they are named", () => {
  it("export json and backup: the journal by another spelling, a symlink, a hard link, its -wal, -shm, -journal and upgrade copies", () => {
    seed();
    const before = journalState();
    const folder = join(t.dir, "folder");
    mkdirSync(folder);
    symlinkSync(t.db, join(t.dir, "link.db"));
    linkSync(t.db, join(t.dir, "hard.db"));
    // A symlink to the -wal, which is not there between commands: it points nowhere until SQLite makes it again.
    symlinkSync(`${t.db}-wal`, join(t.dir, "wal-link"));
    writeFileSync(`${t.db}.before-upgrade-v1`, "the journal as it was before an upgrade");
    const targets: [string, RegExp][] = [
      [t.db, /is the journal itself/],
      [relative(process.cwd(), t.db), /is the journal itself/],
      [join(folder, "..", "journal.db"), /is the journal itself/],
      [join(t.dir, ".", "journal.db"), /is the journal itself/],
      [join(t.dir, "link.db"), /is the journal itself/],
      [join(t.dir, "hard.db"), /is the journal itself/],
      [`${t.db}-wal`, /is the journal's -wal file, which SQLite keeps beside it/],
      [`${t.db}-shm`, /is the journal's -shm file, which SQLite keeps beside it/],
      [`${t.db}-journal`, /is the journal's -journal file, which SQLite keeps beside it/],
      [join(t.dir, "wal-link"), /is the journal's -wal file/],
      [join(folder, "..", "journal.db-wal"), /is the journal's -wal file/],
      [`${t.db}.before-upgrade-v1`, /is the copy of the journal net made before upgrading it/],
      [`${t.db}.before-upgrade-v7`, /is the name net gives the copy of the journal it makes before an upgrade/],
    ];
    const listing = readdirSync(t.dir).sort();
    for (const [target, what] of targets) {
      for (const [args, written] of [
        [["export", "json", "--out", target, "--force"], "the export"],
        [["backup", target, "--force"], "the backup"],
      ] as const) {
        const r = net(args);
        expect(r.code, `${args.join(" ")}`).toBe(2);
        expect(r.stdout).toBe("");
        expect(r.stderr).toMatch(what);
        expect(r.stderr).toContain(`; ${written} was not written\n`);
        expect(r.stderr).toMatch(/Write it to another file: net /);
      }
    }
    expect(readdirSync(t.dir).sort()).toEqual(listing);
    expect(readFileSync(`${t.db}.before-upgrade-v1`, "utf8")).toBe("the journal as it was before an upgrade");
    expect(journalState()).toEqual(before);
  });

  it("csv, vcard and ics too, and without --force as with it", () => {
    seed();
    const before = journalState();
    symlinkSync(t.db, join(t.dir, "link.db"));
    for (const args of EXPORTS.slice(1)) {
      for (const target of [t.db, join(t.dir, "link.db"), `${t.db}-wal`]) {
        for (const force of [[], ["--force"]]) {
          const r = net([...args, "--out", target, ...force]);
          expect(r.code, `${args.join(" ")} --out ${target} ${force.join("")}`).toBe(2);
          expect(r.stderr).toMatch(
            /^net: .* is the journal(?: itself|'s -wal file, which SQLite keeps beside it); the export was not written\n/,
          );
        }
      }
    }
    expect(journalState()).toEqual(before);
  });

  it("a journal reached through a symlink: the -wal beside the file it points to is the journal's too", () => {
    const real = join(t.dir, "real.db");
    const link = join(t.dir, "link.db");
    expect(runNet(["add", "Ana Souza"], { db: real, today }).code).toBe(0);
    symlinkSync(real, link);
    for (const target of [real, `${real}-wal`, `${real}-shm`, `${link}-wal`]) {
      const r = runNet(["export", "json", "--out", target, "--force"], { db: link, today });
      expect(r.code, target).toBe(2);
      expect(r.stderr).toMatch(/is the journal/);
    }
    expect(journalState(real)).toEqual([expect.objectContaining({ name: "Ana Souza" })]);
  });
});

describe("--out onto an existing file", () => {
  it("a symbolic link that points nowhere counts as an existing name: without --force nothing is created where it points", () => {
    seed();
    const target = join(t.dir, "elsewhere.json");
    const link = join(t.dir, "link.json");
    symlinkSync(target, link);
    const r = net(["export", "json", "--out", link]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("already exists");
    expect(existsSync(target)).toBe(false);
    expect(net(["export", "json", "--out", link, "--force"]).code).toBe(0);
    expect(JSON.parse(readFileSync(target, "utf8")).people).toHaveLength(3);
  });

  it("needs --force: without it, exit 2 and the file untouched, for every format", () => {
    seed();
    const out = join(t.dir, "mine.txt");
    writeFileSync(out, "my own notes, not an export\n", { mode: 0o644 });
    for (const args of EXPORTS) {
      const r = net([...args, "--out", out]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        `net: ${out} already exists; the export was not written\nChoose another name, or pass --force to overwrite it.\n`,
      );
    }
    expect(readFileSync(out, "utf8")).toBe("my own notes, not an export\n");
    expect(mode(out)).toBe(0o644);
  });

  it("with --force is replaced whole by a new private file (0600), through a symlink to what it points to", () => {
    seed();
    const out = join(t.dir, "people.csv");
    writeFileSync(out, "old export\n", { mode: 0o644 });
    const oldInode = statSync(out).ino;
    const r = net(["export", "csv", "--out", out, "--force"]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(net(["export", "csv"]).stdout);
    expect(mode(out)).toBe(0o600);
    // Renamed over the old file, not written into it.
    expect(statSync(out).ino).not.toBe(oldInode);

    const link = join(t.dir, "latest.csv");
    symlinkSync(out, link);
    expect(net(["export", "csv", "--out", link, "--force"]).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(net(["export", "csv"]).stdout);
    expect(filesIn(t.dir)).toEqual(["journal.db", "latest.csv", "people.csv"]);
  });

  it("a device is written into, never replaced: --out /dev/null needs no --force and stays the device", () => {
    seed();
    const r = net(["export", "csv", "--out", "/dev/null"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("Wrote 3 people to /dev/null.\n");
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(readdirSync("/dev").filter((f) => f.includes("net-partial"))).toEqual([]);
    const backup = net(["backup", "/dev/null", "--force"]);
    expect(backup.code).toBe(2);
    expect(backup.stderr).toMatch(/^net: \/dev\/null is not a file; the backup was not written\n/);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("a folder is refused, with or without --force", () => {
    seed();
    const folder = join(t.dir, "exports");
    mkdirSync(folder);
    for (const args of [
      ["export", "json", "--out", folder, "--force"],
      ["backup", folder, "--force"],
    ]) {
      const r = net(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^net: .*exports is a folder; the (export|backup) was not written\n/);
    }
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe("a write that does not finish leaves the old file whole", () => {
  // A journal big enough that writing its export (10 MB of JSON) or its copy takes a while, built once for these tests.
  let big: { dir: string; db: string };
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), "net-test-big-"));
    big = { dir, db: join(dir, "journal.db") };
    const doc = join(dir, "journal.json");
    execFileSync(process.execPath, [GENERATE, "p10k", doc]);
    expect(runNet(["import", "json", doc], { db: big.db, today }).code).toBe(0);
    rmSync(doc);
  }, 60_000);
  afterAll(() => rmSync(big.dir, { recursive: true, force: true }));

  /**
   * Starts net writing into t.dir, and as soon as its temporary file appears there, stops it (SIGSTOP), so that the
   * signal a test sends next finds it part way; SIGCONT lets it handle that signal.
   */
  async function startWriting(args: readonly string[]) {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, NET_DB: big.db, NET_TODAY: today, NO_COLOR: "1" },
      stdio: "ignore",
    });
    let exited = false;
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once("exit", (code, signal) => {
        exited = true;
        resolve({ code, signal });
      }),
    );
    const temp = await new Promise<string | null>((resolve) => {
      const check = () => {
        const found = partials(t.dir).find((f) => f.endsWith(".net-partial"));
        if (found && !exited) child.kill("SIGSTOP");
        if (found || exited) resolve(found ?? null);
        else setTimeout(check, 1);
      };
      check();
    });
    expect(temp, "net finished before it could be stopped").not.toBeNull();
    return { child, ended, temp: temp! };
  }

  for (const [label, args, file] of [
    ["export json", ["export", "json", "--force", "--out"], "net.json"],
    ["backup", ["backup", "--force"], "copy.db"],
  ] as const) {
    it(`${label} killed with SIGKILL: the old file is untouched, and the next write into the folder removes what was left`, async () => {
      const out = join(t.dir, file);
      writeFileSync(out, "the previous copy\n", { mode: 0o600 });
      const { child, ended, temp } = await startWriting([...args, out]);
      expect(temp).toMatch(new RegExp(`^\\.${file.replace(".", "\\.")}\\.${child.pid}\\.net-partial$`));
      child.kill("SIGKILL");
      expect(await ended).toEqual({ code: null, signal: "SIGKILL" });
      expect(readFileSync(out, "utf8")).toBe("the previous copy\n");
      // Nothing catches SIGKILL: its temporary file stays until the next write into this folder.
      expect(partials(t.dir)).toContain(temp);
      // A temporary file of a net that is still running (this test's own pid) is not touched.
      const running = join(t.dir, `.other.json.${process.pid}.net-partial`);
      writeFileSync(running, "being written");

      const next = runNet(["export", "ics", "--out", join(t.dir, "calendar.ics")], { db: big.db, today });
      expect(next.code).toBe(0);
      expect(partials(t.dir)).toEqual([`.other.json.${process.pid}.net-partial`]);
      expect(readFileSync(out, "utf8")).toBe("the previous copy\n");
    }, 60_000);
  }

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`export json stopped with ${signal}: it ends by that signal at once, the old file untouched, no temporary file left`, async () => {
      const out = join(t.dir, "net.json");
      writeFileSync(out, "the previous export\n", { mode: 0o600 });
      const { child, ended } = await startWriting(["export", "json", "--force", "--out", out]);
      child.kill(signal);
      child.kill("SIGCONT");
      expect(await ended).toEqual({ code: null, signal });
      expect(readFileSync(out, "utf8")).toBe("the previous export\n");
      expect(partials(t.dir)).toEqual([]);
    }, 60_000);
  }

  it("backup stopped with SIGINT: the same, and SQLite's own -journal beside the copy goes too", async () => {
    const out = join(t.dir, "copy.db");
    const { child, ended } = await startWriting(["backup", out]);
    child.kill("SIGINT");
    child.kill("SIGCONT");
    expect(await ended).toEqual({ code: null, signal: "SIGINT" });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(t.dir)).toEqual([]);
  }, 60_000);

  // A disk that fills: as in full-disk.test.ts, a file size limit (ulimit -f) makes the write fail as ENOSPC would.
  const limited = (args: readonly string[]) =>
    spawnSync("bash", ["-c", `ulimit -f 1024 && exec "$0" "$@"`, process.execPath, BIN, ...args], {
      env: { ...process.env, NET_DB: big.db, NET_TODAY: today, NO_COLOR: "1" },
      encoding: "utf8",
      timeout: 60_000,
    });

  for (const [label, args, file] of [
    ["export json", ["export", "json", "--force", "--out"], "net.json"],
    ["backup", ["backup", "--force"], "copy.db"],
  ] as const) {
    it(`${label} on a full disk: exit 1 with a clear message, the old file whole, no temporary file left`, () => {
      const out = join(t.dir, file);
      writeFileSync(out, "the previous copy\n", { mode: 0o600 });
      const r = limited([...args, out]);
      expect(r.signal).toBeNull();
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(
        /^net: cannot write the (export|backup) to .*: the disk is full(,| or) a file size limit was reached.* \((EFBIG|SQLITE_FULL|SQLITE_IOERR)\); .* was left as it was\n/,
      );
      expect(r.stderr).toContain("Choose a writable location with enough free space.");
      expect(readFileSync(out, "utf8")).toBe("the previous copy\n");
      expect(readdirSync(t.dir)).toEqual([file]);
    }, 60_000);
  }

  it("a new file on a full disk: nothing is left under its name", () => {
    const r = limited(["export", "json", "--out", join(t.dir, "net.json")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/the disk is full or a file size limit was reached \(EFBIG\); nothing was written\n/);
    expect(readdirSync(t.dir)).toEqual([]);
  }, 60_000);
});

describe("a folder that is not there", () => {
  it("the write fails with exit 1, says why, and creates nothing", () => {
    seed();
    const r = net(["export", "json", "--out", join(t.dir, "missing", "net.json")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^net: cannot write the export to .*missing\/net\.json: its folder does not exist; nothing was written\n/);
    expect(filesIn(t.dir)).toEqual(["journal.db"]);
  });
});
