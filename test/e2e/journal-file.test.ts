import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrations } from "../../migrations/index.js";
import { openJournal } from "../../src/db/open.js";
import { insertPerson } from "../../src/db/people.js";
import pkg from "../../package.json" with { type: "json" };
import { BIN, net, tempJournal } from "../support/net.js";

// The journal file and the program's manners, through the built CLI.

let temp: ReturnType<typeof tempJournal>;
beforeEach(() => {
  temp = tempJournal();
});
afterEach(() => temp.cleanup());

const mode = (path: string) => statSync(path).mode & 0o777;
const today = "2026-11-22";

describe("where the journal lives", () => {
  it("is created on first use in a private directory, as a private file", () => {
    const db = join(temp.dir, "net-journal", "journal.db");
    const r = net(["add", "Ana Souza"], { db, today });
    expect(r.code).toBe(0);
    expect(mode(db)).toBe(0o600);
    expect(mode(join(temp.dir, "net-journal"))).toBe(0o700);
  });

  it("--db beats NET_DB", () => {
    const flag = join(temp.dir, "flag.db");
    const env = join(temp.dir, "env.db");
    expect(net(["--db", flag, "add", "Ana Souza"], { db: env, today }).code).toBe(0);
    expect(
      net(["people", "--json"], { db: flag, today })
        .json()
        .map((p: { name: string }) => p.name),
    ).toEqual(["Ana Souza"]);
    expect(existsSync(env)).toBe(false);
  });

  it("defaults to the user data directory", () => {
    const data = join(temp.dir, "xdg");
    const r = net(["add", "Ana Souza"], { today, env: { NET_DB: undefined, XDG_DATA_HOME: data, HOME: temp.dir } });
    expect(r.code).toBe(0);
    expect(existsSync(join(data, "net-journal", "journal.db"))).toBe(process.platform === "linux");
  });
});

describe("journals net refuses, leaving them unchanged", () => {
  it("a file that is not a SQLite database", () => {
    const notes = "Ana — met at the climate meetup\n".repeat(20);
    writeFileSync(temp.db, notes);
    for (const args of [["add", "Ben Ode"], ["people"]]) {
      const r = net(args, { db: temp.db, today });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`net: ${temp.db} is not a net journal (not a SQLite database); it was left unchanged`);
      expect(r.stderr).toMatch(/Point --db or NET_DB at a journal/);
    }
    expect(readFileSync(temp.db, "utf8")).toBe(notes);
    expect(readdirSync(temp.dir)).toEqual(["journal.db"]);
  });

  it("a journal written by a newer version of net", async () => {
    const journal = await openJournal(temp.db);
    await journal.write((trx) => insertPerson(trx, { name: "Ana Souza" }, today));
    journal.sqlite
      .prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('2099-01-01-01-future', '2099-01-01T00:00:00.000Z')")
      .run();
    await journal.close();
    const before = readFileSync(temp.db);
    const r = net(["add", "Ben Ode"], { db: temp.db, today });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/written by a newer version of net \(it has migration 2099-01-01-01-future/);
    expect(r.stderr).toMatch(/Upgrade net/);
    expect(readFileSync(temp.db).equals(before)).toBe(true);
  });

  it("a path it cannot create (its parent is a file) or that is a directory", () => {
    const blocker = join(temp.dir, "not-a-folder");
    writeFileSync(blocker, "x");
    const r = net(["add", "Ana Souza"], { db: join(blocker, "journal.db"), today });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/net: cannot create the journal at .*not-a-folder\/journal.db/);
    expect(r.stderr).toMatch(/--db PATH or NET_DB/);
    expect(readFileSync(blocker, "utf8")).toBe("x");

    mkdirSync(join(temp.dir, "folder.db"));
    const dir = net(["people"], { db: join(temp.dir, "folder.db"), today });
    expect(dir.code).toBe(1);
    expect(dir.stderr).toMatch(/is a directory/);
  });
});

describe("upgrading", () => {
  it("backs up an older journal beside it and says so, then carries on", async () => {
    const [firstName, first] = Object.entries(migrations)[0]!;
    const old = await openJournal(temp.db, { migrations: { [firstName]: first } });
    // As that version of net wrote a person: only the columns its tables had.
    await old.write((trx) => trx.insert("people", [{ name: "Ana Souza", name_key: "ana souza", created_on: today }]));
    await old.close();
    const r = net(["people", "--json"], { db: temp.db, today });
    expect(r.code).toBe(0);
    expect(r.json().map((p: { name: string }) => p.name)).toEqual(["Ana Souza"]);
    const backups = readdirSync(temp.dir).filter((f) => f.includes("before-upgrade"));
    expect(backups).toHaveLength(1);
    expect(r.stderr).toContain(`Backed up the journal to ${join(temp.dir, backups[0]!)}`);
    expect(mode(join(temp.dir, backups[0]!))).toBe(0o600);
    // Someone from before cards had UIDs is given one by the upgrade.
    expect(net(["export", "vcard"], { db: temp.db, today }).stdout).toMatch(/\r\nUID:urn:uuid:[0-9a-f-]{36}\r\n/);
  });
});

describe("the program's manners", () => {
  it("prints its version", () => {
    const r = net(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it("--help lists the commands by the moment they serve, and documents NET_TODAY", () => {
    const r = net(["--help"]);
    expect(r.code).toBe(0);
    const groups = ["After a conversation:", "Each morning:", "Before an ask:", "Managing people:", "Your data:"].map((g) =>
      r.stdout.indexOf(g),
    );
    expect(groups.every((i) => i >= 0)).toBe(true);
    expect([...groups].sort((a, b) => a - b)).toEqual(groups);
    expect(r.stdout).toMatch(/NET_TODAY/);
  });

  it("every command's --help ends with an example", async () => {
    const run = promisify(execFile);
    const help = async (path: string[]) =>
      (await run(process.execPath, [BIN, ...path, "--help"], { env: { ...process.env, NO_COLOR: "1" } })).stdout;
    const commandsIn = (text: string) => {
      const section = text.split(/\n(?=[A-Z][^\n]*:\n)/).filter((s) => !/^(Usage|Options|Arguments|Environment|Examples?)/.test(s.trim()));
      return section
        .flatMap((s) => [...s.matchAll(/^ {2}([a-z][a-z-]*)(?:\|\w+)?(?= |$)/gm)].map((m) => m[1]!))
        .filter((c) => c !== "help");
    };
    const leaves: string[][] = [];
    const walk = async (path: string[]) => {
      const sub = commandsIn(await help(path));
      if (path.length > 0) leaves.push(path);
      await Promise.all(sub.map((c) => walk([...path, c])));
    };
    await walk([]);
    expect(leaves.length).toBeGreaterThan(35);
    const endings = await Promise.all(
      leaves.map(async (path) => [path.join(" "), (await help(path)).trimEnd().split("\n").at(-1)!] as const),
    );
    const withoutExample = endings.filter(([, last]) => !/^ {2}\$ net /.test(last)).map(([name]) => name);
    expect(withoutExample).toEqual([]);
  });

  it.each([
    [["frobnicate"], /unknown command 'frobnicate'/],
    [["people", "--shiny"], /unknown option '--shiny'/],
    [["add", "Ana", "--email"], /option '--email <email>' argument missing/],
  ])("refuses %j with exit 2", (args, message) => {
    const r = net(args, { db: temp.db, today });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(temp.db)).toBe(false);
  });

  it("refuses a NET_TODAY that is not a date", () => {
    for (const bad of ["tomorrow", "2026-02-30", "22/11/2026"]) {
      const r = net(["people"], { db: temp.db, today: bad });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`net: NET_TODAY must be a date like 2026-11-22, not "${bad}"`);
    }
    expect(existsSync(temp.db)).toBe(false);
  });

  it("shows a stack trace only with NET_DEBUG=1", () => {
    writeFileSync(temp.db, "not a database at all, just some text".repeat(10));
    const plain = net(["people"], { db: temp.db, today });
    expect(plain.code).toBe(1);
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    const debug = net(["people"], { db: temp.db, today, env: { NET_DEBUG: "1" } });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/^\s+at /m);
    expect(debug.stderr).toContain("is not a net journal");
  });
});
