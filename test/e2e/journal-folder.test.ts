import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BIN } from "../support/net.js";

// A journal folder that cannot be made: Node 20's recursive mkdir retries forever under /proc, so net makes each level itself.

describe("a journal folder that cannot be created", () => {
  it.skipIf(!existsSync("/proc/self"))("under /proc: exit 1 with a clear message, at once", () => {
    const r = spawnSync(process.execPath, [BIN, "add", "Ana Souza"], {
      env: { ...process.env, NET_DB: "/proc/nope/deeper/j.db", NET_TODAY: "2026-11-22", NO_COLOR: "1", NET_DEBUG: "" },
      encoding: "utf8",
      timeout: 10_000,
    });
    expect(r.error).toBeUndefined(); // not killed by the timeout
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^net: cannot create the journal at \/proc\/nope\/deeper\/j\.db: /);
    expect(r.stderr).toContain("--db PATH");
    expect(r.stdout).toBe("");
  });
});
