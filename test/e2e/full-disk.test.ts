import Database from "better-sqlite3";
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrations } from "../../migrations/index.js";
import { openJournal } from "../../src/db/open.js";
import { personAsBefore } from "../support/journal.js";
import { BIN, session, tempJournal } from "../support/net.js";

// A disk that fills during an import. Mounting a small tmpfs needs privileges CI does not have, so the import runs
// under a file size limit (ulimit -f, RLIMIT_FSIZE): Node ignores SIGXFSZ, so SQLite's write fails with EFBIG the way
// it fails with ENOSPC on a full disk.

const GENERATE = fileURLToPath(new URL("../../bench/generate.js", import.meta.url));
const today = "2026-11-22";
/** In KiB (bash's unit for ulimit -f): room for the small journal, not for 20,000 more people. */
const LIMIT_KB = 1024;

let temp: ReturnType<typeof tempJournal>;
beforeEach(() => {
  temp = tempJournal();
});
afterEach(() => temp.cleanup());

/** The built CLI on temp's journal, allowed to write files of at most kb KiB. */
function withRoomFor(kb: number, args: readonly string[]) {
  return spawnSync("bash", ["-c", `ulimit -f ${kb} && exec "$0" "$@"`, process.execPath, BIN, ...args], {
    env: { ...process.env, NET_DB: temp.db, NET_TODAY: today, NO_COLOR: "1" },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("a disk that fills up during an import", () => {
  it("gives a clear error, and the journal still opens, passes the integrity check and holds what it held", () => {
    const csv = join(temp.dir, "Connections.csv");
    execFileSync(process.execPath, [GENERATE, "connections", "20000", csv]);
    const net = session(temp.db, today);
    expect(net(["add", "Ana Souza"]).code).toBe(0);
    expect(net(["log", "Ana Souza", "--note", "before the import"]).code).toBe(0);

    const r = withRoomFor(LIMIT_KB, ["import", "linkedin", csv]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^net: could not write to the journal at .*: the disk is full or a file size limit was reached \(SQLITE_[A-Z_]+\); nothing was changed\n/,
    );
    expect(r.stderr).toMatch(/Free some disk space/);
    expect(r.stderr).not.toMatch(/\n\s+at /);

    const db = new Database(temp.db);
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.prepare("SELECT name FROM people").all()).toEqual([{ name: "Ana Souza" }]);
    } finally {
      db.close();
    }
    const after = net(["people", "--json"]);
    expect(after.code).toBe(0);
    expect(after.json().map((p: { name: string }) => p.name)).toEqual(["Ana Souza"]);
    expect(net(["log", "Ana Souza", "--note", "after the full disk"]).code).toBe(0);
  });
});

describe("first use on a full disk", () => {
  // 1 KiB fails the journal's first page, 16 KiB the -shm beside it (32 KiB), 64 KiB the schema in the -wal.
  it.each([1, 16, 64])("with room for %i KiB: a clear error, and no empty journal left behind for the next run", (kb) => {
    const r = withRoomFor(kb, ["add", "Ana Souza"]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^net: could not write to the journal at .*: the disk is full or a file size limit was reached \(SQLITE_[A-Z_]+\); nothing was changed\n/,
    );
    expect(readdirSync(temp.dir)).toEqual([]);
    // With room again, the next run starts the journal as if for the first time.
    const net = session(temp.db, today);
    expect(net(["add", "Ana Souza"]).code).toBe(0);
    expect(
      net(["people", "--json"])
        .json()
        .map((p: { name: string }) => p.name),
    ).toEqual(["Ana Souza"]);
  });
});

describe("an upgrade on a full disk", () => {
  it("the copy made before it is whole or not there, and the journal is left as it was, to upgrade later", async () => {
    const [firstName, first] = Object.entries(migrations)[0]!;
    const old = await openJournal(temp.db, { migrations: { [firstName]: first } });
    await old.write(async (trx) => {
      for (let i = 1; i <= 200; i++) await personAsBefore(trx, { name: `Person ${i}`, note: "n".repeat(2000) }, today);
    });
    await old.close();

    // Room for the journal's own -shm (32 KiB), not for a copy of its 400 kB.
    const r = withRoomFor(128, ["people", "--json"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^net: cannot write the copy of the journal before its upgrade to .*journal\.db\.before-upgrade-v1: the disk is full, a file size limit was reached, or the disk failed \(SQLITE_IOERR\); nothing was written\n/,
    );
    expect(r.stderr).toContain("the journal was not changed");
    expect(readdirSync(temp.dir).filter((f) => !/^journal\.db(-wal|-shm)?$/.test(f))).toEqual([]);
    const db = new Database(temp.db, { readonly: true });
    try {
      expect(db.prepare("SELECT name FROM kysely_migration").pluck().all()).toEqual([firstName]);
    } finally {
      db.close();
    }

    const later = session(temp.db, today)(["people", "--json"]);
    expect(later.code).toBe(0);
    expect(later.json()).toHaveLength(200);
    expect(readdirSync(temp.dir).filter((f) => f.includes("before-upgrade"))).toEqual(["journal.db.before-upgrade-v1"]);
  });
});
