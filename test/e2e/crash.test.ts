import Database from "better-sqlite3";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, session, tempJournal } from "../support/net.js";

// A `net import` killed with SIGKILL while it writes: the journal must come back whole, with all of the import or none.

const GENERATE = fileURLToPath(new URL("../../bench/generate.js", import.meta.url));
const ROWS = 30_000;
const today = "2026-11-22";

let temp: ReturnType<typeof tempJournal>;
beforeEach(() => {
  temp = tempJournal();
});
afterEach(() => temp.cleanup());

/** Resolves once the import has written this much into the journal's WAL (its transaction is under way), or has exited. */
function writing(wal: string, bytes: number, exited: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (exited() || (existsSync(wal) && statSync(wal).size >= bytes)) resolve();
      else setTimeout(check, 1);
    };
    check();
  });
}

describe("an import killed part way", () => {
  it("leaves a journal that passes the integrity check and holds all of the import or none of it", async () => {
    const csv = join(temp.dir, "Connections.csv");
    execFileSync(process.execPath, [GENERATE, "connections", String(ROWS), csv]);
    // Rows of members who hide their data start with an empty name and URL, and are skipped.
    const named = readFileSync(csv, "utf8")
      .split("\n")
      .slice(4)
      .filter((line) => !line.startsWith(",,,")).length;
    const net = session(temp.db, today);
    expect(net(["add", "Ana Souza"]).code).toBe(0);
    expect(net(["log", "Ana Souza", "--note", "before the import"]).code).toBe(0);

    const child = spawn(process.execPath, [BIN, "import", "linkedin", csv], {
      env: { ...process.env, NET_DB: temp.db, NET_TODAY: today, NO_COLOR: "1" },
      stdio: "ignore",
    });
    let exited = false;
    const closed = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_, signal) => resolve(signal)));
    child.once("exit", () => (exited = true));
    await writing(`${temp.db}-wal`, 256 * 1024, () => exited);
    child.kill("SIGKILL");
    expect(await closed).toBe("SIGKILL");

    const db = new Database(temp.db);
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const people = (db.prepare("SELECT count(*) AS n FROM people").get() as { n: number }).n;
      expect([1, 1 + named]).toContain(people);
      expect(db.prepare("SELECT note FROM interactions").all()).toEqual([{ note: "before the import" }]);
    } finally {
      db.close();
    }
    const next = net(["log", "Ana Souza", "--note", "after the crash", "--json"]);
    expect(next.code).toBe(0);
    expect(next.json().interaction.note).toBe("after the crash");
    expect(net(["show", "Ana Souza", "--json"]).json().timeline).toHaveLength(2);
  }, 60_000);
});
