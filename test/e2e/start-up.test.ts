import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUNDLE, CODE_CACHE, loadBuild, watchStderr } from "../../src/launch.js";
import { BIN, net } from "../support/net.js";

// bin/net.js starts the one-file build with V8's code cache (src/launch.ts): the build makes the cache, every run
// uses it, and a missing, stale or damaged cache never stops net from running.

const DIST = fileURLToPath(new URL("../../dist", import.meta.url));

describe("the built CLI", () => {
  it("starts with the code cache the build made", () => {
    // A fresh node, as bin/net.js runs: the cache must match this Node and its flags.
    const script = `import(${JSON.stringify(join(DIST, "launch.cjs"))}).then((m) => process.stdout.write(m.loadBuild(${JSON.stringify(DIST)}).cache))`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("used");
  });

  it("loads the libraries only importing, exporting and prompts use from files of their own", () => {
    // Each require of a vendored file in the bundle names a file the build wrote, and each file gives what net uses.
    const bundle = readFileSync(join(DIST, BUNDLE), "utf8");
    const required = [...new Set(Array.from(bundle.matchAll(/require\("\.\/(vendor-[a-z-]+\.cjs)"\)/g), (m) => m[1]!))].sort();
    expect(required).toEqual([
      "vendor-csv-parse.cjs",
      "vendor-csv-stringify.cjs",
      "vendor-ical.cjs",
      "vendor-iconv-lite.cjs",
      "vendor-prompts.cjs",
      "vendor-tab.cjs",
    ]);
    const load = createRequire(join(DIST, BUNDLE));
    const prompts = load("./vendor-prompts.cjs");
    for (const name of ["select", "confirm", "input", "search"]) expect(typeof prompts[name]).toBe("function");
    expect(typeof load("./vendor-iconv-lite.cjs").decode).toBe("function");
    expect(typeof load("./vendor-ical.cjs").default.Component).toBe("function");
    expect(typeof load("./vendor-csv-parse.cjs").parse).toBe("function");
    expect(typeof load("./vendor-csv-stringify.cjs").stringify).toBe("function");
    expect(typeof load("./vendor-tab.cjs").default).toBe("function");
    // Not bundled again: the encodings' tables are in vendor-iconv-lite.cjs alone.
    expect(bundle).not.toContain("shiftjis");
  });

  it("runs a command through bin/net.js", () => {
    const r = net(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("what a command loads", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "net-loads-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("makes no child process or socket code ready for a command that writes only to stdout", () => {
    // Node makes process.stdin and process.stderr on first use, which for pipes (as here) or a terminal loads its socket
    // code, and commander would load child_process for subcommands net does not have: 3–4 ms of start-up each. stdout
    // goes to a file, as in the benchmark: a pipe there would need the socket code itself.
    const db = join(dir, "journal.db");
    const env: NodeJS.ProcessEnv = { ...process.env, NET_DB: db, NET_TODAY: "2026-11-22", NO_COLOR: "1" };
    delete env.NET_DEBUG;
    expect(net(["add", "Ana Souza"], { db, today: "2026-11-22" }).code).toBe(0);
    const list = join(dir, "loaded.txt");
    const preload = join(dir, "loaded.cjs");
    writeFileSync(
      preload,
      `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join("\\n")));`,
    );
    const out = join(dir, "out.txt");
    const fd = openSync(out, "w");
    try {
      const r = spawnSync(process.execPath, ["--require", preload, BIN, "people"], { env, stdio: ["pipe", fd, "pipe"], encoding: "utf8" });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe("");
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(out, "utf8")).toContain("Ana Souza");
    const loaded = readFileSync(list, "utf8").split("\n");
    expect(loaded).toContain("NativeModule fs");
    expect(loaded).not.toContain("NativeModule child_process");
    expect(loaded).not.toContain("NativeModule net");
  });

  /** The files a run of net required, as require.cache holds them at exit. */
  function required(args: string[], db: string): string[] {
    const list = join(dir, "required.txt");
    const preload = join(dir, "required.cjs");
    writeFileSync(
      preload,
      `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(list)}, Object.keys(require.cache).join("\\n")));`,
    );
    const env: NodeJS.ProcessEnv = { ...process.env, NET_DB: db, NET_TODAY: "2026-11-22", NO_COLOR: "1" };
    delete env.NET_DEBUG;
    const r = spawnSync(process.execPath, ["--require", preload, BIN, ...args], { env, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    return readFileSync(list, "utf8").split("\n");
  }
  const named = (files: string[], part: string) => files.some((f) => f.includes(part));

  it("completes a command without the journal, the prompts or the table library, and a name with the journal alone", () => {
    const db = join(dir, "journal.db");
    expect(net(["add", "Ana Souza"], { db, today: "2026-11-22" }).code).toBe(0);
    const commands = required(["complete", "--", "lo"], db);
    expect(named(commands, "vendor-tab.cjs")).toBe(true);
    for (const part of ["better-sqlite3", "vendor-prompts", "cli-table3", "vendor-csv", "vendor-ical"])
      expect(named(commands, part)).toBe(false);
    const names = required(["complete", "--", "show", "an"], db);
    expect(named(names, "better-sqlite3")).toBe(true);
    for (const part of ["vendor-prompts", "cli-table3", "vendor-csv", "vendor-ical"]) expect(named(names, part)).toBe(false);
  });

  it("answers the prompt line without the completion, the prompts or the table library", () => {
    const db = join(dir, "journal.db");
    expect(net(["add", "Ana Souza"], { db, today: "2026-11-22" }).code).toBe(0);
    expect(net(["follow-up", "ana", "today", "the deck"], { db, today: "2026-11-22" }).code).toBe(0);
    const files = required(["due", "--brief"], db);
    for (const part of ["vendor-tab", "vendor-prompts", "cli-table3", "vendor-csv", "vendor-ical"]) expect(named(files, part)).toBe(false);
  });

  it("still says what a command says on stderr", () => {
    const r = net(["people"], { db: join(dir, "empty.db"), today: "2026-11-22" });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Your journal is empty");
  });
});

describe("watching stderr", () => {
  // The exit at the end waits for what stderr still holds only if something used it (src/launch.ts): whatever asks
  // for the stream must be seen, or a slow reader would lose the end of a long message.
  it("sees the first use of the stream, and still hands it out", () => {
    const stream = { writableLength: 0 };
    let made = 0;
    const owner = {};
    Object.defineProperty(owner, "stderr", {
      configurable: true,
      enumerable: true,
      get: () => {
        made++;
        return stream;
      },
    });
    const used = watchStderr(owner);
    expect(used()).toBe(false);
    expect(made).toBe(0);
    expect((owner as { stderr: unknown }).stderr).toBe(stream);
    expect(used()).toBe(true);
    expect(made).toBe(1);
  });

  it("counts the stream as used when it cannot watch it", () => {
    expect(watchStderr({ stderr: { writableLength: 0 } })()).toBe(true);
    const fixed = {};
    Object.defineProperty(fixed, "stderr", { configurable: false, get: () => ({}) });
    expect(watchStderr(fixed)()).toBe(true);
  });
});

describe("loading a build", () => {
  let dir: string;
  const ID = "0123456789abcdef";
  const bundle = (body: string, id = ID) => writeFileSync(join(dir, BUNDLE), `${body}\n// net-build=${id}\n`);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "net-launch-"));
    bundle("module.exports = { main: async (argv) => argv.length + (typeof require('node:path').join) .length };");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("runs without a cache, and saves one that the next run uses", async () => {
    const first = loadBuild(dir);
    expect(first.cache).toBe("missing");
    expect(await first.program.main(["a", "b"])).toBe(10);
    first.saveCodeCache();
    expect(readFileSync(join(dir, CODE_CACHE)).subarray(0, 16).toString("latin1")).toBe(ID);
    const second = loadBuild(dir);
    expect(second.cache).toBe("used");
    expect(await second.program.main([])).toBe(8);
  });

  it("never hands V8 the cache of another build", async () => {
    loadBuild(dir).saveCodeCache();
    bundle("module.exports = { main: async () => 42 };", "fedcba9876543210");
    const next = loadBuild(dir);
    expect(next.cache).toBe("stale");
    expect(await next.program.main([])).toBe(42);
  });

  it("runs on when V8 refuses a damaged cache", async () => {
    writeFileSync(join(dir, CODE_CACHE), Buffer.concat([Buffer.from(ID, "latin1"), Buffer.from("not compiled code at all")]));
    const loaded = loadBuild(dir);
    expect(loaded.cache).toBe("rejected");
    expect(await loaded.program.main(["x"])).toBe(9);
  });

  it("can be told to ignore the cache", () => {
    loadBuild(dir).saveCodeCache();
    expect(loadBuild(dir, { useCache: false }).cache).toBe("missing");
  });

  it("refuses to save a cache for a bundle without a build id", () => {
    writeFileSync(join(dir, BUNDLE), "module.exports = { main: async () => 0 };\n");
    expect(() => loadBuild(dir).saveCodeCache()).toThrow(/no build id/);
    expect(existsSync(join(dir, CODE_CACHE))).toBe(false);
  });
});
