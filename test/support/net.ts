import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// Runs the built CLI (bin/net.js) as a separate process, the way a user or a script would.

export const BIN = fileURLToPath(new URL("../../bin/net.js", import.meta.url));

export interface NetResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout parsed as JSON (throws if it is not). */
  json<T = any>(): T;
}

export interface RunOptions {
  readonly db?: string;
  readonly today?: string;
  readonly env?: Record<string, string | undefined>;
  readonly input?: string;
}

export function net(args: readonly string[], options: RunOptions = {}): NetResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", NET_DEBUG: undefined, ...options.env };
  if (options.db !== undefined) env.NET_DB = options.db;
  if (options.today !== undefined) env.NET_TODAY = options.today;
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: env as NodeJS.ProcessEnv,
    input: options.input ?? "",
    encoding: "utf8",
    timeout: 60_000,
  });
  const stdout = r.stdout ?? "";
  return {
    code: r.status ?? -1,
    stdout,
    stderr: r.stderr ?? "",
    json: () => JSON.parse(stdout),
  };
}

/** A fresh temp directory with a journal path inside it; call cleanup() in afterEach. */
export function tempJournal(): { dir: string; db: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "net-test-"));
  return { dir, db: join(dir, "journal.db"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A bound runner: the same journal and today for every call. */
export function session(db: string, today = "2026-11-22") {
  return (args: readonly string[], options: Omit<RunOptions, "db"> = {}) => net(args, { today, ...options, db });
}
