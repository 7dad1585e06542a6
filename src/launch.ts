import { readFileSync, renameSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { join } from "node:path";
import { Script } from "node:vm";

// Starts net from its one-file build, dist/net.cjs, with V8's compiled code kept beside it in dist/net.v8cache.
// Compiling the bundle (commander, kysely, our own code) is about a fifth of a command's start-up, and Node 20 has no
// compile cache of its own (module.enableCompileCache arrived in Node 22), so the build runs the usual commands once
// and saves what V8 compiled; each later run reuses it. A missing, stale or rejected cache only costs that time back.

export const BUNDLE = "net.cjs";
export const CODE_CACHE = "net.v8cache";

/** What the bundle exports (src/cli.ts). */
export interface Program {
  main(argv: readonly string[]): Promise<number>;
}

/** How the compiled code was found: reused, absent, from another build, or refused by V8 (another Node or flags). */
export type CacheState = "used" | "missing" | "stale" | "rejected";

export interface LoadedBuild {
  readonly program: Program;
  readonly cache: CacheState;
  /** Saves what V8 has compiled so far, for the next runs. */
  saveCodeCache(): void;
}

// The build ends the bundle with this line; the cache file starts with the same id, so a cache from another build
// is never handed to V8 (which checks only the source's length).
const BUILD_ID = /\n\/\/ net-build=([0-9a-f]{16})\n?$/;
const ID_BYTES = 16;

export function loadBuild(dist: string, options: { readonly useCache?: boolean } = {}): LoadedBuild {
  const file = join(dist, BUNDLE);
  const cacheFile = join(dist, CODE_CACHE);
  const source = readFileSync(file, "utf8");
  const id = BUILD_ID.exec(source.slice(-64))?.[1] ?? "";
  const saved = options.useCache === false ? null : readCache(cacheFile);
  const matches = saved !== null && id !== "" && saved.subarray(0, ID_BYTES).toString("latin1") === id;
  const script = new Script(Module.wrap(source), { filename: file, ...(matches ? { cachedData: saved.subarray(ID_BYTES) } : {}) });
  const cache: CacheState = saved === null ? "missing" : !matches ? "stale" : script.cachedDataRejected ? "rejected" : "used";

  const module = { exports: {} as Program };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dist);
  return {
    program: module.exports,
    cache,
    saveCodeCache() {
      if (id === "") throw new Error(`${file} has no build id: rebuild with npm run build`);
      // Another build or training run may write at the same moment: readers only ever see a whole file.
      const temp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temp, Buffer.concat([Buffer.from(id, "latin1"), script.createCachedData()]));
      renameSync(temp, cacheFile);
    },
  };
}

function readCache(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

/** Runs `net` with the process's arguments: what bin/net.js does. */
export async function start(dist: string): Promise<void> {
  // `net people | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
  const stderrUsed = watchStderr(process);
  const program = process.env.NET_DEBUG === "1" ? debugProgram(dist) : loadBuild(dist).program;
  const code = await program.main(process.argv.slice(2));
  // All is written and the journal is closed. Left to end by itself, Node would first wait for V8's background work
  // (optimising code that will never run again) and then free the whole heap: 10–30 ms after a long listing. So exit
  // now, unless stdout or stderr still holds something to write (a pipe can be slower than us), which a natural end flushes.
  if (process.stdout.writableLength === 0 && (!stderrUsed() || process.stderr.writableLength === 0)) process.exit(code);
  process.exitCode = code;
}

/**
 * Whether anything has asked for owner.stderr (process.stderr) since. Node makes the stream on first use, and for a
 * pipe or a terminal that loads its socket code, about 4 ms: a command that says nothing there (`net people`) should
 * not pay it just for the check above. When the stream cannot be watched, it counts as used.
 */
export function watchStderr(owner: object): () => boolean {
  let used = false;
  const made = Object.getOwnPropertyDescriptor(owner, "stderr");
  if (made?.get === undefined || !made.configurable) return () => true;
  Object.defineProperty(owner, "stderr", {
    ...made,
    get() {
      used = true;
      return made.get!.call(owner);
    },
  });
  return () => used;
}

// With NET_DEBUG=1 stack traces are wanted, so the bundle is loaded by Node itself, which applies its source map.
function debugProgram(dist: string): Program {
  process.setSourceMapsEnabled(true);
  const file = join(dist, BUNDLE);
  return createRequire(file)(file) as Program;
}
