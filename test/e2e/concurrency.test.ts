import Database from "better-sqlite3";
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrations } from "../../migrations/index.js";
import { openJournal } from "../../src/db/open.js";
import { personAsBefore } from "../support/journal.js";
import { net, tempJournal } from "../support/net.js";

// Four `net` processes writing into one journal at once. Spawning 1,000 whole CLI processes takes minutes on two
// cores, so each of the four processes loads the built CLI (dist/, as bin/net.js does) once and calls its main() 250 times:
// every call parses the command line, opens the journal, resolves the name, writes in its own BEGIN IMMEDIATE
// transaction and closes, exactly as `net log` does, and the four processes hold four independent connections.

const DIST = fileURLToPath(new URL("../../dist", import.meta.url));
const WORKERS = 4;
const EACH = 250;
const today = "2026-11-22";

// Loads the CLI, says ready, waits for "go" on stdin, then logs EACH conversations.
const WORKER = `
const { loadBuild } = await import(process.env.NET_DIST + "/launch.cjs");
const { main } = loadBuild(process.env.NET_DIST).program;
const who = process.env.WORKER_PERSON;
process.stdout.write("ready\\n");
await new Promise((resolve) => process.stdin.once("data", resolve));
const failures = [];
for (let i = 0; i < ${EACH}; i++) {
  const code = await main(["log", who, "--via", "call", "--note", who + " conversation " + i]);
  if (code !== 0) failures.push(i + ": exit " + code);
}
process.stderr.write("failures: " + JSON.stringify(failures) + "\\n");
process.exitCode = failures.length === 0 ? 0 : 1;
`;

let temp: ReturnType<typeof tempJournal>;
beforeEach(() => {
  temp = tempJournal();
});
afterEach(() => temp.cleanup());

// Loads the CLI, says ready, waits for "go" on stdin, then runs one command: as a terminal does when its user presses enter.
const ONE_COMMAND = `
const { loadBuild } = await import(process.env.NET_DIST + "/launch.cjs");
const { main } = loadBuild(process.env.NET_DIST).program;
process.stdout.write("ready\\n");
await new Promise((resolve) => process.stdin.once("data", resolve));
process.exitCode = await main(JSON.parse(process.env.NET_ARGS));
`;

interface Worker {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly done: Promise<{ code: number | null; stderr: string }>;
}

function startWorker(person: string, script = WORKER, args: readonly string[] = []): Worker {
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
    env: {
      ...process.env,
      NET_DIST: DIST,
      NET_DB: temp.db,
      NET_TODAY: today,
      NO_COLOR: "1",
      WORKER_PERSON: person,
      NET_ARGS: JSON.stringify(args),
      NET_DEBUG: "1",
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d) => {
      stdout += d;
      if (stdout.includes("ready\n")) resolve();
    });
    child.once("exit", () => reject(new Error(`worker for ${person} exited before it was ready:\n${stderr}`)));
  });
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.once("close", (code) => resolve({ code, stderr })));
  return { child, ready, done };
}

describe("four processes logging into one journal at once", () => {
  it("keeps all 1,000 conversations, with no error and no SQLITE_BUSY", async () => {
    const people = ["Ana Souza", "Ben Ode", "Chidi Okafor", "Dana Lee"];
    for (const name of people) expect(net(["add", name], { db: temp.db, today }).code).toBe(0);

    const workers = people.map((name) => startWorker(name));
    await Promise.all(workers.map((w) => w.ready));
    // All four start writing together.
    for (const w of workers) w.child.stdin!.end("go\n");
    const results = await Promise.all(workers.map((w) => w.done));

    for (const r of results) {
      expect(r.stderr).not.toMatch(/SQLITE_BUSY|database is locked|net:/);
      expect(r.stderr).toContain("failures: []");
      expect(r.code).toBe(0);
    }
    const db = new Database(temp.db, { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.prepare("SELECT count(*) AS n FROM interactions").get()).toEqual({ n: WORKERS * EACH });
      expect(db.prepare("SELECT count(DISTINCT note) AS n FROM interactions").get()).toEqual({ n: WORKERS * EACH });
      const perPerson = db
        .prepare(
          "SELECT p.name, count(*) AS n FROM interaction_people ip JOIN people p ON p.id = ip.person_id GROUP BY p.name ORDER BY p.name",
        )
        .all();
      expect(perPerson).toEqual(people.map((name) => ({ name, n: EACH })));
    } finally {
      db.close();
    }
  }, 120_000);
});

describe("eight processes starting at once", () => {
  const people = ["Ana Souza", "Ben Ode", "Chidi Okafor", "Dana Lee", "Eva Berg", "Farid Haddad", "Grace Kim", "Hugo Lima"];

  /** Eight `net add`, each held at the starting line until all eight have loaded the CLI. */
  async function addAtOnce(): Promise<{ code: number | null; stderr: string }[]> {
    const workers = people.map((name) => startWorker(name, ONE_COMMAND, ["add", name]));
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.child.stdin!.end("go\n");
    return Promise.all(workers.map((w) => w.done));
  }

  function namesIn(db: string): string[] {
    const sqlite = new Database(db, { readonly: true });
    try {
      expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
      const applied = sqlite.prepare("SELECT name FROM kysely_migration ORDER BY name").pluck().all();
      expect(applied).toEqual(Object.keys(migrations));
      return sqlite.prepare("SELECT name FROM people ORDER BY name").pluck().all() as string[];
    } finally {
      sqlite.close();
    }
  }

  it("on a new journal: one creates it, the others wait for it, and all eight people are added", async () => {
    const results = await addAtOnce();
    for (const r of results) {
      expect(r.stderr).not.toMatch(/net:|could not upgrade|already exists/);
      expect(r.code).toBe(0);
    }
    expect(namesIn(temp.db)).toEqual(people);
    // Nothing else beside it: no backup of a journal that had nothing to back up (SQLite's -wal and -shm may stay, when two closed at once).
    expect(readdirSync(temp.dir).filter((f) => !/^journal\.db(-wal|-shm)?$/.test(f))).toEqual([]);
  }, 60_000);

  it("on a journal that needs an upgrade: one backs it up and upgrades it, and all eight people are added", async () => {
    const [firstName, first] = Object.entries(migrations)[0]!;
    const old = await openJournal(temp.db, { migrations: { [firstName]: first } });
    await old.write((trx) => personAsBefore(trx, { name: "Zoe Old" }, today));
    await old.close();

    const results = await addAtOnce();
    for (const r of results) {
      expect(r.stderr).not.toMatch(/net:|could not upgrade|already exists/);
      expect(r.code).toBe(0);
    }
    expect(namesIn(temp.db)).toEqual([...people, "Zoe Old"]);
    const backups = readdirSync(temp.dir).filter((f) => f.includes("before-upgrade"));
    expect(backups).toEqual(["journal.db.before-upgrade-v1"]);
    expect(results.filter((r) => r.stderr.includes("Backed up the journal to")).map((r) => r.stderr)).toEqual([
      expect.stringContaining(`Backed up the journal to ${join(temp.dir, "journal.db.before-upgrade-v1")} before upgrading it.`),
    ]);
    // The copy is the journal as it was before the upgrade.
    const copy = new Database(join(temp.dir, backups[0]!), { readonly: true });
    try {
      expect(copy.prepare("SELECT name FROM kysely_migration").pluck().all()).toEqual([firstName]);
      expect(copy.prepare("SELECT name FROM people").pluck().all()).toEqual(["Zoe Old"]);
    } finally {
      copy.close();
    }
  }, 60_000);
});
