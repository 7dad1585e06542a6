// Runs the everyday commands once, in one process, on a throwaway journal, then saves the code V8 compiled for them
// beside the bundle (see src/launch.ts). Run by scripts/build.js; its output is not meant to be read.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadBuild } from "../dist/launch.cjs";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "net-code-cache-"));
Object.assign(process.env, { NET_DB: join(folder, "journal.db"), NET_TODAY: "2026-11-22", NO_COLOR: "1" });
delete process.env.NET_DEBUG;

// What a user types most: the three daily moments and the commands around them, in human and JSON output.
const STEPS = [
  [
    "add",
    "Ana Souza",
    "--company",
    "Acme",
    "--title",
    "CTO",
    "--email",
    "ana@acme.io",
    "--tag",
    "design",
    "--cadence",
    "1m",
    "--birthday",
    "11-25",
  ],
  ["add", "Ben Okafor", "--company", "Northwind"],
  ["log", "ana", "--via", "call", "--note", "she is hiring two designers", "--gave", "sent her three portfolios", "--follow-up", "2w"],
  ["log", "ben", "--via", "meeting", "--on", "2026-08-01", "--they-reached-out", "--note", "coffee"],
  ["log", "Chloé Martin", "--add", "--via", "email", "--note", "asked about design roles"],
  ["gave", "ana", "reviewed her pitch deck", "--size", "medium"],
  ["got", "ben", "introduced me to his CTO", "--size", "large"],
  ["asked", "ben", "a referral to Acme"],
  ["intro", "ana", "chloe", "--why", "Ana is hiring; Chloé wants a design role"],
  ["remind", "ben", "friday", "ask about the board seat"],
  ["done", "1"],
  ["snooze", "2", "monday"],
  ["due"],
  ["due", "--json"],
  ["ask", "ana", "--for", "a referral to her CFO's team"],
  ["ask", "ben", "--json"],
  ["show", "ana"],
  ["show", "ben", "--json"],
  ["people"],
  ["people", "--sort", "depth"],
  ["stats"],
  ["intros"],
  ["asks"],
  ["edit", "ana", "--title", "VP Engineering"],
  ["log", "nobody at all", "--note", "an unknown name is an error"],
];

try {
  const build = loadBuild(dist, { useCache: false });
  for (const argv of STEPS) await build.program.main(argv);
  build.saveCodeCache();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
