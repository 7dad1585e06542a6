import { spawnSync } from "node:child_process";
import { expect } from "vitest";

// Files net writes, read by the Python libraries other programs use: Debian's python3-vobject and python3-icalendar,
// which CI installs. A test that needs one and finds it missing is skipped, and says so in its name.

const PYTHON = "/usr/bin/python3";
const installed = (module: string) => spawnSync(PYTHON, ["-c", `import ${module}`]).status === 0;
export const VOBJECT = installed("vobject");
export const ICALENDAR = installed("icalendar");

/** What a test's name ends with when the module it needs is missing. */
export const skippedWithout = (module: "vobject" | "icalendar") =>
  (module === "vobject" ? VOBJECT : ICALENDAR) ? "" : ` [SKIPPED: python3-${module} is not installed: apt-get install python3-${module}]`;

/** A file read by test/support/read-vcard.py or read-ics.py, as the JSON they print; the reader must not complain. */
export function readWith(script: "read-vcard.py" | "read-ics.py", file: string): any {
  const r = spawnSync(PYTHON, [new URL(script, import.meta.url).pathname, file], { encoding: "utf8" });
  expect(r.stderr, "the reader's errors").toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}
