import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { journalPerTest } from "../support/journal-per-test.js";
import { BIN } from "../support/net.js";

// The scripts net completion prints, run by the shells themselves: bash calls the completion function with the words
// on the line, as it does at a Tab, and the test reads what it would offer.

const journal = journalPerTest("2026-11-22");
const DRIVER = fileURLToPath(new URL("../support/pty-drive.py", import.meta.url));
const BASH_COMPLETION = "/usr/share/bash-completion/bash_completion";
const has = (shell: string) => spawnSync("sh", ["-c", `command -v ${shell}`]).status === 0;
const quoted = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/** Runs a bash script with net on the PATH as a function that runs the build, and the test's journal. */
function bash(script: string) {
  const r = spawnSync("bash", ["-c", `net() { ${quoted(process.execPath)} ${quoted(BIN)} "$@"; }\n${script}`], {
    env: { ...process.env, NET_DB: journal.db, NET_TODAY: "2026-11-22", NO_COLOR: "1" },
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** What bash offers at a Tab after these words (the last one is being typed, "" after a space). */
function offered(...words: string[]): string[] {
  // bash splits --via=vi into --via, = and vi (COMP_WORDBREAKS), while the line keeps it whole.
  const line = words.join(" ").replaceAll(" = ", "=").replace(/ =$/, "=");
  const r = bash(`source ${BASH_COMPLETION}
source <(net completion bash)
COMP_WORDS=(${words.map(quoted).join(" ")}); COMP_CWORD=${words.length - 1}; COMP_LINE=${quoted(line)}; COMP_POINT=${line.length}
__net_complete 2>/dev/null
printf '%s\\n' "\${COMPREPLY[@]}"`);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.split("\n").filter(Boolean);
}

describe.skipIf(!existsSync(BASH_COMPLETION))("bash completion", () => {
  it("registers a completion function for net", () => {
    const r = bash("source <(net completion bash); complete -p net");
    expect(r.stdout).toContain("complete -F __net_complete net");
  });

  it("completes commands, a command's flags and a flag's values", () => {
    expect(offered("net", "lo")).toEqual(["log"]);
    expect(offered("net", "d")).toEqual(expect.arrayContaining(["due", "done", "dupes", "demo"]));
    expect(offered("net", "log", "--th")).toEqual(["--they-reached-out"]);
    expect(offered("net", "log", "--via", "")).toEqual(["meeting", "video", "call", "email", "message", "social"]);
    expect(offered("net", "ask", "ben", "--size", "l")).toEqual(["large"]);
    expect(offered("net", "people", "--tier", "")).toEqual(["contact", "acquaintance", "connection", "inner"]);
    expect(offered("net", "export", "")).toEqual(expect.arrayContaining(["json", "csv", "vcard", "ics"]));
    expect(offered("net", "completion", "")).toEqual(["bash", "zsh", "fish"]);
  });

  it("completes a flag's value written with =, as bash splits it", () => {
    expect(offered("net", "log", "ana", "--via", "=", "vi")).toEqual(["video"]);
    expect(offered("net", "log", "ana", "--size", "=")).toEqual(["small", "medium", "large"]);
  });

  it("completes names from the journal, quoted as bash needs", () => {
    for (const name of ["Ana Lima", "Ana O'Hara", "Anabel", "Ben Ng"]) journal.ok(["add", name]);
    expect(offered("net", "show", "Ana")).toEqual(["Ana\\ Lima", "Ana\\ O\\'Hara", "Anabel"]);
    expect(offered("net", "log", "Ben\\ Ng", "an")).toEqual(["Ana\\ Lima", "Ana\\ O\\'Hara", "Anabel"]);
    // A name being typed after a quote, or with its space escaped.
    expect(offered("net", "show", "'Ana O")).toEqual(["Ana\\ O\\'Hara"]);
    expect(offered("net", "show", "Ana\\ L")).toEqual(["Ana\\ Lima"]);
    expect(offered("net", "edit", "--with", "b")).toEqual(["Ben\\ Ng"]);
    // Whatever the case and accents, as net matches names.
    journal.ok(["add", "Chloé Martin"]);
    expect(offered("net", "show", "chloe")).toEqual(["Chloé\\ Martin"]);
  });

  it("completes open follow-ups after done and snooze, closed ones after reopen, conversations after edit", () => {
    journal.ok(["add", "Ana Lima"]);
    journal.ok(["log", "Ana Lima", "--follow-up", "2w"]);
    journal.ok(["follow-up", "Ana Lima", "friday", "send the deck"]);
    journal.ok(["follow-up", "Ana Lima", "monday", "call back"]);
    journal.ok(["done", "f3"]);
    expect(offered("net", "done", "")).toEqual(["f2", "f1"]);
    expect(offered("net", "snooze", "f")).toEqual(["f2", "f1"]);
    expect(offered("net", "reopen", "")).toEqual(["f3"]);
    expect(offered("net", "edit", "c")).toEqual(["c1"]);
  });

  it("offers no names, and no error, when there is no journal yet", () => {
    expect(offered("net", "show", "a")).toEqual([]);
  });
});

describe("the other shells", () => {
  it.skipIf(!has("zsh"))("zsh reads the script and registers _net", () => {
    const r = spawnSync(
      "zsh",
      [
        "-c",
        `autoload -U compinit && compinit -u; source <(${quoted(process.execPath)} ${quoted(BIN)} completion zsh); print -r -- $_comps[net]`,
      ],
      {
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("_net");
  });

  it.skipIf(!has("zsh"))("zsh completes a name with a space and an apostrophe at a real Tab, whatever the case and accents", () => {
    for (const name of ["Ana O'Hara", "Ana Lima", "Chloé Martin"]) journal.ok(["add", name]);
    const home = mkdtempSync(join(tmpdir(), "net-zsh-"));
    try {
      mkdirSync(join(home, "bin"));
      writeFileSync(join(home, "bin", "net"), `#!/bin/sh\nexec ${quoted(process.execPath)} ${quoted(BIN)} "$@"\n`, { mode: 0o755 });
      writeFileSync(
        join(home, ".zshrc"),
        `PATH=${quoted(join(home, "bin"))}:$PATH\nautoload -U compinit && compinit -u -d ${quoted(join(home, "zcompdump"))}\nsource <(net completion zsh)\nPS1='ready%% '\n`,
      );
      // Each completed line is run: what net shows is the person the shell's word named.
      const steps = [
        ["ready%", "net show Ana\\ O\t"],
        ["O\\'Hara", "\r"],
        ["Ana O'Hara #", "net show chlo\t"],
        ["Martin", "\r"],
        ["Chloé Martin #", "exit\r"],
      ];
      const r = spawnSync("python3", [DRIVER, JSON.stringify(steps), "20", "zsh", "-i"], {
        env: { ...process.env, ZDOTDIR: home, NET_DB: journal.db, NET_TODAY: "2026-11-22", TERM: "xterm-256color" },
        encoding: "utf8",
        timeout: 90_000,
      });
      const run = JSON.parse(r.stdout) as { failed: number | null; transcript: string };
      expect(run.failed, run.transcript).toBeNull();
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it.skipIf(!has("fish"))("fish completes through the script", () => {
    const r = spawnSync(
      "fish",
      ["-c", `function net; ${quoted(process.execPath)} ${quoted(BIN)} $argv; end; net completion fish | source; complete -C 'net lo'`],
      { encoding: "utf8", env: { ...process.env, NET_DB: journal.db } },
    );
    expect(r.stdout).toContain("log");
  });
});
