import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, net, session, tempJournal, type NetResult } from "../support/net.js";

// Names, notes and everything else a person typed or a file held can carry terminal control sequences. Whatever a
// command shows a person, on stdout or stderr, in colour or not, shows them as visible escapes; --json keeps them exactly.

const DRIVER = fileURLToPath(new URL("../support/pty-drive.py", import.meta.url));

// A window title (OSC 0), a colour code net also writes (SGR 31), hidden text (SGR 8), a right-to-left override and a C1 CSI.
const NAME = "Eve\u001b]0;pwned\u0007 \u001b[31mRED\u001b[8m \u202eevil\u009b2J";
const COMPANY = "\u001b]8;;https://evil.example\u0007Acme\u001b]8;;\u0007";
const NOTE = "line one\r\nEMAIL:x\u001b[2J\nline\tthree\u0007";
const OTHER = "Bob\u001b[1m\u001b[31mBOLD";
// Forged colour: a view that forgot the boundary would let these through raw while colour is on.
const FORGED = ["\u001b[31mRED", "\u001b[1m\u001b[31mBOLD"];

/** What may reach a terminal: line breaks, and only while colour is on, the colour codes net itself writes. */
const OUR_COLOUR = /\u001b\[(?:1|2|4|22|24|3[1-6]|39)m/g;
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function expectSafe(r: NetResult, colour: boolean): void {
  const out = r.stdout + r.stderr;
  for (const forged of FORGED) expect(out).not.toContain(forged);
  const left = colour ? out.replace(OUR_COLOUR, "") : out;
  const bad = CONTROL.exec(left);
  expect(
    bad
      ? `raw U+${bad[0].charCodeAt(0).toString(16).padStart(4, "0")} near ${JSON.stringify(left.slice(Math.max(0, bad.index - 30), bad.index + 10))}`
      : "none",
  ).toBe("none");
}

let temp: ReturnType<typeof tempJournal>;
let run: ReturnType<typeof session>;
let eve: number;
let bob: number;

beforeAll(() => {
  temp = tempJournal();
  run = session(temp.db);
  const add = (args: string[]) => {
    const r = run([...args, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    return r.json();
  };
  eve = add([
    "add",
    NAME,
    "--company",
    COMPANY,
    "--title",
    "CTO\u001b[2J",
    "--email",
    "eve\u001b[5m@x.example",
    "--tag",
    "t\u001b[1m",
    "--met",
    "met\u202eat",
    "--note",
    NOTE,
    "--cadence",
    "1w",
  ]).id;
  bob = add(["add", OTHER, "--company", COMPANY]).id;
  // A namesake at the same company: a likely duplicate for net dupes, and an ambiguous name.
  add(["add", NAME, "--company", COMPANY]);
  add([
    "log",
    String(eve),
    String(bob),
    "--on",
    "2026-10-01",
    "--note",
    NOTE,
    "--gave",
    "gift\u001b[2J",
    "--follow-up",
    "2026-11-24",
    "--follow-up-note",
    NOTE,
  ]);
  add(["asked", String(eve), "a favour\u001b]0;x\u0007", "--on", "2026-09-01"]);
  add(["got", String(bob), "help\u009b"]);
  add(["intro", String(eve), String(bob), "--why", NOTE, "--on", "2026-11-01"]);
  add(["follow-up", String(bob), "2026-11-23", "call\u001b[2J back"]);
});
afterAll(() => temp.cleanup());

const COMMANDS: readonly (readonly string[])[] = [
  ["people"],
  ["people", "--all", "--sort", "depth"],
  ["show", "1"],
  ["show", "2", "--all"],
  ["due"],
  ["ask", "1", "--for", "a job\u001b[2J"],
  ["balance"],
  ["asks"],
  ["intros"],
  ["dupes"],
  ["stats"],
  ["show", "Eve"],
  ["show", "nobody\u001b]0;title\u0007"],
  ["log", "nobody\u001b[31mRED"],
];

describe("text from the journal and the command line, shown to a person", () => {
  for (const args of COMMANDS) {
    it(`net ${args.map((a) => JSON.stringify(a)).join(" ")}: controls visible, without colour and with it`, () => {
      const plain = run([...args]);
      expectSafe(plain, false);
      const coloured = run([...args], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
      expectSafe(coloured, true);
      expect(coloured.stdout.replace(OUR_COLOUR, "")).toBe(plain.stdout);
    });
  }

  it("shows the escapes themselves, so a person sees what is there", () => {
    const r = run(["show", String(eve)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Eve\\x1b]0;pwned\\x07 \\x1b[31mRED\\x1b[8m \\u202eevil\\x9b2J");
    expect(r.stdout).toContain("\\x1b]8;;https://evil.example\\x07Acme\\x1b]8;;\\x07");
    // A note keeps its line breaks, each later line set in under the first; a tab becomes spaces.
    expect(r.stdout).toMatch(/note {11}line one\n {17}EMAIL:x\\x1b\[2J\n {17}line {4}three\\x07\n/);
    expect(run(["dupes"]).stdout).toContain("Eve\\x1b]0;pwned\\x07");
    const ambiguous = run(["show", "Eve"]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain("Eve\\x1b]0;pwned\\x07");
  });

  it("messages about every write show the escapes too", () => {
    const { db, cleanup } = tempJournal();
    try {
      const write = session(db);
      const outputs = [
        write(["add", NAME, "--note", NOTE]),
        write(["edit", "1", "--title", "VP\u001b[2J", "--note", "new"]),
        write([
          "log",
          "1",
          "--note",
          NOTE,
          "--gave",
          "x\u001b[2J",
          "--asked",
          "y\u001b]0;t\u0007",
          "--follow-up",
          "1w",
          "--follow-up-note",
          NOTE,
        ]),
        write(["follow-up", "1", "2d", "a\u001b[2J"]),
        write(["snooze", "1", "3d"]),
        write(["done", "1", "2"]),
        write(["gave", "1", "z\u001b[2J"]),
        write(["got", "1", "z\u001b[2J"]),
        write(["asks", "close", "1", "--granted"]),
        write(["add", OTHER]),
        write(["intro", "1", "2", "--why", NOTE, "--proposed"]),
        write(["intros", "made", "1"]),
        write(["intros", "outcome", "1", "met", "--note", NOTE]),
        write(["archive", "2"]),
        write(["unarchive", "2"]),
        write(["merge", "1", "2"]),
        write(["merge", "1", "2", "--yes"]),
      ];
      for (const r of outputs) {
        expect(r.code, r.stderr).toBeLessThan(3);
        expectSafe(r, false);
      }
      expect(outputs[0]!.stdout).toContain("\\x1b]0;pwned\\x07");
    } finally {
      cleanup();
    }
  });

  it("skipped rows of an import, which quote the file, show its controls as escapes", () => {
    const file = join(temp.dir, "Connections.csv");
    writeFileSync(
      file,
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n,,https://www.linkedin.com/in/x\u001b]0;pwned\u0007,,,,\nAna,Souza,,,Acme\u001b[2J,,sometime\u001b[8m\n",
    );
    const { db, cleanup } = tempJournal();
    try {
      const r = net(["import", "linkedin", file], { db });
      expect(r.code).toBe(0);
      expectSafe(r, false);
      expect(r.stderr).toContain("x\\x1b]0;pwned\\x07");
      expect(r.stderr).toContain("sometime\\x1b[8m");
    } finally {
      cleanup();
    }
  });

  it("commander's own errors, which quote what was typed, show its controls as escapes", () => {
    for (const args of [["bo\u001b[2Jgus"], ["log", "--bogus\u001b]0;t\u0007"]]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expectSafe(r, false);
      expect(r.stderr).toContain("\\x1b");
    }
  });

  it("in a real terminal, where colour is on, nothing hostile reaches the screen", () => {
    const command = [process.execPath, BIN, "show", String(eve), "--all"];
    const r = spawnSync("python3", [DRIVER, "[]", "30", ...command], {
      env: { ...process.env, NET_DB: temp.db, NET_TODAY: "2026-11-22", NO_COLOR: "" },
      encoding: "utf8",
    });
    const result = JSON.parse(r.stdout) as { code: number; raw: string };
    expect(result.code).toBe(0);
    // The terminal turns each line feed into CR LF.
    const screen = result.raw.replaceAll("\r\n", "\n");
    expect(screen).toMatch(OUR_COLOUR);
    expectSafe({ code: 0, stdout: screen, stderr: "", json: () => JSON.parse("null") }, true);
    expect(screen).toContain("\\x1b[31mRED");
  });
});

describe("an export without --out", () => {
  it("shows its controls as escapes when a person reads it in a terminal, and writes the exact bytes into a pipe", () => {
    for (const format of ["csv", "vcard", "ics", "json"]) {
      const r = spawnSync("python3", [DRIVER, "[]", "30", process.execPath, BIN, "export", format], {
        env: { ...process.env, NET_DB: temp.db, NET_TODAY: "2026-11-22" },
        encoding: "utf8",
      });
      const result = JSON.parse(r.stdout) as { code: number; raw: string };
      expect(result.code).toBe(0);
      const screen = result.raw.replaceAll("\r\n", "\n");
      expect(screen.length).toBeGreaterThan(100);
      expectSafe({ code: 0, stdout: screen, stderr: "", json: () => JSON.parse("null") }, false);
    }
    const piped = run(["export", "csv"]);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain(NAME);
  });
});

describe("--json keeps the exact text", () => {
  it("gives every field back byte for byte, and escapes what JSON.stringify would leave raw", () => {
    const r = run(["show", String(eve), "--json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(CONTROL);
    const shown = r.json();
    expect(shown.name).toBe(NAME);
    expect(shown.company).toBe(COMPANY);
    expect(shown.note).toBe(NOTE);
    expect(shown.tags).toEqual(["t\u001b[1m"]);
    expect(shown.timeline.find((e: { kind: string }) => e.kind === "interaction").note).toBe(NOTE);
    const people = run(["people", "--json"]);
    expect(people.stdout).not.toMatch(CONTROL);
    expect(
      people
        .json()
        .map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual([NAME, NAME, OTHER].sort());
  });
});

describe("suggested commands", () => {
  it("quote a name for the shell it is pasted into, so it arrives as one harmless argument", () => {
    const { db, cleanup } = tempJournal();
    try {
      const write = session(db);
      const name = 'Ana `touch x` $(id) "Boss" it\'s';
      const added = write(["add", name]);
      expect(added.code).toBe(0);
      const hint = /Next: net log (.*) after you talk\./.exec(added.stderr)?.[1];
      expect(hint).toBe(`'Ana \`touch x\` $(id) "Boss" it'\\''s'`);
      const args = spawnSync("/bin/sh", ["-c", `printf '%s\\0' ${hint}`], { cwd: temp.dir, encoding: "utf8" })
        .stdout.split("\0")
        .slice(0, -1);
      expect(args).toEqual([name]);
      for (const args of [
        ["show", "1"],
        ["ask", "1"],
        ["archive", "1"],
      ]) {
        const r = write(args);
        expect(r.code).toBe(0);
        const out = r.stdout + r.stderr;
        expect(out).toContain(`'Ana \`touch x\` $(id) "Boss" it'\\''s'`);
        expect(out).not.toContain(`"${name}"`);
      }
    } finally {
      cleanup();
    }
  });

  it("name someone by id when the name would not paste as shown", () => {
    const { db, cleanup } = tempJournal();
    try {
      const write = session(db);
      expect(write(["add", NAME]).stderr).toContain("Next: net log 1 after you talk.");
      expect(write(["ask", "1"]).stdout).toContain("log it with `net log 1`.");
      expect(write(["show", "1"]).stderr).toContain("Next: net log 1 after you talk.");
      // A name that starts with a dash would be read as an option.
      expect(write(["add", "--", "-n"]).stderr).toContain("Next: net log 2 after you talk.");
    } finally {
      cleanup();
    }
  });
});
