import { afterEach, beforeEach, expect } from "vitest";
import { net as run, tempJournal, type NetResult, type RunOptions } from "./net.js";

// A fresh journal for each test of a file, with the CLI bound to it and the two checks most tests start from.

export interface JournalPerTest {
  /** The journal file of the running test. */
  readonly db: string;
  /** Runs net on it, whatever the outcome. */
  net(args: readonly string[], options?: Omit<RunOptions, "db">): NetResult;
  /** Runs net on it; the test fails unless it succeeds. */
  ok(args: readonly string[]): NetResult;
  /** The whole journal as `net export json` prints it. */
  exported(): string;
}

/** Call at the top of a test file: each test gets its own journal, removed after it. */
export function journalPerTest(today: string): JournalPerTest {
  let temp: ReturnType<typeof tempJournal> | undefined;
  beforeEach(() => {
    temp = tempJournal();
  });
  afterEach(() => temp?.cleanup());
  const db = () => {
    if (!temp) throw new Error("journalPerTest: used outside a test");
    return temp.db;
  };
  const net = (args: readonly string[], options: Omit<RunOptions, "db"> = {}) => run(args, { today, ...options, db: db() });
  const ok = (args: readonly string[]) => {
    const r = net(args);
    expect(r.code, r.stderr).toBe(0);
    return r;
  };
  const exported = () => {
    const r = net(["export", "json"]);
    expect(r.code).toBe(0);
    return r.stdout;
  };
  return {
    get db() {
      return db();
    },
    net,
    ok,
    exported,
  };
}
