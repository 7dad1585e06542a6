import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";

// Editors for --edit tests: small shell scripts that do to "$1" what a user would, with no terminal needed.

export interface Editors {
  /** Writes "# kept as typed\nfrom the editor" and trailing blank lines. */
  readonly writes: string;
  /** Saves an empty file (only whitespace). */
  readonly empties: string;
  /** Exits 1 without saving. */
  readonly fails: string;
  /** Exits 3 unless the file holds exactly `expected`; then appends a line "added in the editor". */
  appends(expected: string): string;
  /** Takes an argument before the file, as EDITOR="code --wait" does: exits 4 unless it is --wait. */
  readonly withArgument: string;
  /** Records the file's mode, its folder's mode and its path in `report`, then writes "x". */
  readonly reports: string;
  /** Where `reports` writes what it saw. */
  readonly report: string;
}

export function editorScripts(): Editors {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "net-editors-"));
    script("writes", 'printf "# kept as typed\\nfrom the editor\\n\\n  \\n" > "$1"');
    script("empties", 'printf "  \\n\\n" > "$1"');
    script("fails", "exit 1");
    script("with-argument", '[ "$1" = --wait ] || exit 4\nprintf "with an argument\\n" > "$2"');
    script(
      "reports",
      `stat -c '%a' "$1" "$(dirname "$1")" > "${join(dir, "report")}"\necho "$1" >> "${join(dir, "report")}"\necho x > "$1"`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const script = (name: string, body: string) => writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  let appenders = 0;
  return {
    get writes() {
      return join(dir, "writes");
    },
    get empties() {
      return join(dir, "empties");
    },
    get fails() {
      return join(dir, "fails");
    },
    appends(expected: string) {
      const name = `appends-${++appenders}`;
      writeFileSync(join(dir, `${name}.expected`), `${expected}\n`);
      script(name, `cmp -s "$1" "${join(dir, `${name}.expected`)}" || exit 3\necho "added in the editor" >> "$1"`);
      return join(dir, name);
    },
    get withArgument() {
      return `${join(dir, "with-argument")} --wait`;
    },
    get reports() {
      return join(dir, "reports");
    },
    get report() {
      return join(dir, "report");
    },
  };
}
