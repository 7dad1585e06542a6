import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BIN, session, tempJournal } from "../support/net.js";
import { query } from "../support/rows.js";

// A command that writes never acts on a guessed name without a terminal; a new name close to someone's is asked about or warned of.

const DRIVER = fileURLToPath(new URL("../support/pty-drive.py", import.meta.url));
const ENTER = "\r";
const DOWN = "\x1b[B";
const TODAY = "2026-11-22";

// The people every test starts from, written once and copied: #1 John Smith, #2 José Álvarez, #3 Ana Souza.
let template: string;
beforeAll(() => {
  template = mkdtempSync(join(tmpdir(), "net-fuzzy-"));
  const net = session(join(template, "journal.db"), TODAY);
  for (const args of [
    ["add", "John Smith", "--company", "Acme", "--email", "john@acme.io"],
    ["add", "José Álvarez"],
    ["add", "Ana Souza", "--email", "ana@x.io"],
  ]) {
    expect(net(args).code).toBe(0);
  }
});
afterAll(() => rmSync(template, { recursive: true, force: true }));

let journal: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(() => {
  journal = tempJournal();
  for (const suffix of ["", "-wal", "-shm"]) {
    if (existsSync(join(template, `journal.db${suffix}`))) copyFileSync(join(template, `journal.db${suffix}`), `${journal.db}${suffix}`);
  }
  net = session(journal.db, TODAY);
});
afterEach(() => journal.cleanup());

const exported = () => net(["export", "json"]).stdout;
const peopleNames = () => query<{ name: string }>(journal.db, "SELECT name FROM people ORDER BY id").map((p) => p.name);

/** Runs net in a pseudo-terminal, typing each step's keys once its text is on screen. */
function typeInto(
  args: string[],
  steps: [waitFor: string, keys: string][],
): { code: number | null; failed: number | null; transcript: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NET_DB: journal.db, NET_TODAY: TODAY, TERM: "xterm-256color", NO_COLOR: "1" };
  delete env.NET_DEBUG;
  const r = spawnSync("python3", [DRIVER, JSON.stringify(steps), "10", process.execPath, BIN, ...args], {
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe("without a terminal, a close spelling is not written to", () => {
  it.each([
    ["log", ["log", "john smiht", "--note", "coffee"]],
    ["log with several people", ["log", "ana souza", "john smiht"]],
    ["gave", ["gave", "john smiht", "advice"]],
    ["got", ["got", "john smiht", "advice"]],
    ["asked", ["asked", "john smiht", "a referral"]],
    ["follow-up", ["follow-up", "john smiht", "2w", "send the deck"]],
    ["edit", ["edit", "john smiht", "--title", "CEO"]],
    ["archive", ["archive", "john smiht"]],
    ["unarchive", ["unarchive", "john smiht"]],
    ["note", ["note", "john smiht", "likes jazz"]],
    ["intro", ["intro", "john smiht", "ana souza", "--why", "both in climate"]],
    ["merge", ["merge", "ana souza", "john smiht", "--yes"]],
    ["with --json", ["gave", "john smiht", "advice", "--json"]],
  ])("%s: exit 2 naming the close match, nothing written", (_, args) => {
    const before = exported();
    const r = net(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('no one called "john smiht" in the journal');
    expect(r.stderr).toContain("Did you mean John Smith (#1)?");
    expect(r.stderr).not.toContain("taking it to mean");
    expect(exported()).toBe(before);
  });

  it("an exact name in other case or accents, a unique prefix and an id are written to", () => {
    const exact = net(["log", "jose alvarez", "--json"]);
    expect(exact.code, exact.stderr).toBe(0);
    expect(exact.json().interaction.people).toEqual([expect.objectContaining({ id: 2, name: "José Álvarez" })]);
    const prefix = net(["gave", "alva", "advice", "--json"]);
    expect(prefix.code, prefix.stderr).toBe(0);
    expect(prefix.stderr).toBe("");
    const id = net(["follow-up", "1", "2w", "--json"]);
    expect(id.code, id.stderr).toBe(0);
    expect(query(journal.db, "SELECT person_id FROM ledger UNION ALL SELECT person_id FROM follow_ups")).toEqual([
      { person_id: 2 },
      { person_id: 1 },
    ]);
  });

  it("a reading command still takes the closest name, and says so on stderr", () => {
    const show = net(["show", "john smiht"]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain("John Smith");
    expect(show.stderr).toContain('no one is called "john smiht"; taking it to mean the closest name, John Smith (#1)');
    const ask = net(["ask", "john smiht", "--json"]);
    expect(ask.code).toBe(0);
    expect(ask.json().person).toEqual({ id: 1, name: "John Smith" });
    expect(ask.stderr).toContain("taking it to mean the closest name, John Smith (#1)");
  });
});

describe("--add with a name close to someone's", () => {
  it("net add, without a terminal: adds them and names the close match and net merge", () => {
    const r = net(["add", "Jon Smith"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("net: added Jon Smith (#4); John Smith (#1) has a close name — if they are the same person: net merge 1 4");
    expect(peopleNames()).toEqual(["John Smith", "José Álvarez", "Ana Souza", "Jon Smith"]);
    const json = net(["add", "Ana Sousa", "--json"]);
    expect(json.code).toBe(0);
    expect(json.json()).toMatchObject({ id: 5, name: "Ana Sousa" });
    expect(json.stderr).toContain("Ana Souza (#3) has a close name — if they are the same person: net merge 3 5");
  });

  it("net log --add, without a terminal: logs with someone new and warns; a name far from everyone is not warned about", () => {
    const r = net(["log", "Jon Smith", "Carla Reis", "--add", "--json"]);
    expect(r.code).toBe(0);
    expect(r.json().interaction.people.map((p: { id: number; name: string }) => [p.id, p.name])).toEqual([
      [4, "Jon Smith"],
      [5, "Carla Reis"],
    ]);
    expect(r.stderr).toContain("net: added Jon Smith (#4); John Smith (#1) has a close name — if they are the same person: net merge 1 4");
    expect(r.stderr).not.toContain("Carla Reis");
  });

  it("net log --add with someone's exact name (case aside) just uses them", () => {
    const r = net(["log", "JOHN SMITH", "--add", "--json"]);
    expect(r.code).toBe(0);
    expect(r.json().interaction.people).toEqual([expect.objectContaining({ id: 1, name: "John Smith" })]);
    expect(r.stderr).toBe("");
    expect(peopleNames()).toHaveLength(3);
  });

  it("in a terminal, choosing the existing person logs with them and adds no one", () => {
    const run = typeInto(
      ["log", "Jon Smith", "--add", "--note", "coffee"],
      [
        ['Is "Jon Smith" John Smith (#1)?', ENTER],
        ["Logged", ""],
      ],
    );
    expect(run.failed, run.transcript).toBeNull();
    expect(run.code, run.transcript).toBe(0);
    expect(peopleNames()).toEqual(["John Smith", "José Álvarez", "Ana Souza"]);
    expect(
      query(journal.db, "SELECT ip.person_id, i.note FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id"),
    ).toEqual([{ person_id: 1, note: "coffee" }]);
  });

  it("in a terminal, net add asks too; a new person is added when the user says so, and nothing when they say it is the same", () => {
    const same = typeInto(
      ["add", "jose alvarez"],
      [
        ['Is "jose alvarez" José Álvarez (#2)?', ENTER],
        ["Nothing was added", ""],
      ],
    );
    expect(same.code, same.transcript).toBe(0);
    expect(peopleNames()).toHaveLength(3);
    const other = typeInto(
      ["add", "Jon Smith"],
      [
        ['Is "Jon Smith" John Smith (#1)?', DOWN + ENTER],
        ["Added Jon Smith", ""],
      ],
    );
    expect(other.code, other.transcript).toBe(0);
    expect(other.transcript).not.toContain("has a close name");
    expect(peopleNames()).toEqual(["John Smith", "José Álvarez", "Ana Souza", "Jon Smith"]);
  });
});

describe("net dupes", () => {
  it("lists near-identical names at different companies, below an e-mail match", () => {
    expect(net(["add", "Jon Smith", "--company", "Globex"]).code).toBe(0);
    expect(net(["add", "Ana Lima", "--email", "ANA@x.io"]).code).toBe(0);
    const r = net(["dupes", "--json"]);
    expect(r.code).toBe(0);
    const pairs = r.json().pairs.map((p: { a: { id: number }; b: { id: number }; reasons: string[] }) => [p.a.id, p.b.id, p.reasons]);
    expect(pairs).toEqual([
      [3, 5, ["same e-mail ana@x.io"]],
      [1, 4, ["names differ by 1 letter"]],
    ]);
    const human = net(["dupes"]);
    expect(human.stdout).toMatch(/#1 John Smith \(Acme\).*#4 Jon Smith \(Globex\).*names differ by 1 letter/);
  });
});
