import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { personArgument, shellWord } from "../../src/domain/shell.js";

// A suggested command is pasted into a shell: each name must arrive as one argument, exactly, and run nothing.

/** The arguments a POSIX shell makes of a command line, run in an empty folder; and whether anything was created there. */
function argumentsOf(line: string): { args: string[]; created: boolean } {
  const dir = mkdtempSync(join(tmpdir(), "net-shell-"));
  try {
    const r = spawnSync("/bin/sh", ["-c", `printf '%s\\0' ${line}`], { cwd: dir, encoding: "utf8" });
    expect(r.status).toBe(0);
    return { args: r.stdout.split("\0").slice(0, -1), created: existsSync(join(dir, "x")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("shellWord", () => {
  it("leaves a plain word as it is", () => {
    expect(shellWord("ana")).toBe("ana");
    expect(shellWord("José")).toBe("José");
  });

  it("pastes a hostile name as one harmless argument", () => {
    for (const name of [
      'Ana `touch x` $(touch x) "Boss"',
      "O'Brien",
      "it's 'quoted'",
      "a; touch x",
      "$HOME",
      "*",
      "a\\b",
      "-n",
      "Ana Souza",
      "x'\"'\"y",
    ]) {
      const { args, created } = argumentsOf(shellWord(name));
      expect(args).toEqual([name]);
      expect(created).toBe(false);
    }
  });
});

describe("personArgument", () => {
  it("names a person by their quoted name", () => {
    expect(personArgument({ id: 3, name: "Ana Souza" })).toBe("'Ana Souza'");
  });

  it("names them by id when the name would not paste as shown", () => {
    expect(personArgument({ id: 3, name: "Ana\u001b[2J" })).toBe("3");
    expect(personArgument({ id: 4, name: "Ana\u202eSouza" })).toBe("4");
    expect(personArgument({ id: 5, name: "--help" })).toBe("5");
    expect(personArgument({ id: 6, name: "-n" })).toBe("6");
  });
});
