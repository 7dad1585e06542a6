import {
  chmodSync,
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { ExitError, journalError } from "../errors.js";
import { companionsOf } from "./journal-files.js";

// How net writes a file that is not the journal (an export, a backup, the copy made before an upgrade): whole or not at
// all, through a temporary file beside it that is flushed to disk and renamed over it.

export interface FileToWrite {
  /** Where the file goes, as the user named it. */
  readonly path: string;
  /** What is written, for messages: "the export", "the backup". */
  readonly what: string;
  /** What to do when it cannot be written. */
  readonly hint?: string;
}

/**
 * Writes the file whole or not at all: fill writes a private (0600) temporary file beside it, which is flushed to disk
 * and renamed over the target, and then the folder is flushed so that the rename itself survives a power cut. On any
 * failure (a full disk) the old file is left as it was. Ctrl-C or SIGTERM removes the temporary file at once; after a
 * SIGKILL, which nothing can catch, the next write into that folder removes it.
 */
export async function writeAtomically(out: FileToWrite, fill: (temp: string) => Promise<void>): Promise<void> {
  // Through a symlink to the file it names, as `>` would: the link stays, what it points to is replaced.
  // A device or a pipe (/dev/stdout, a FIFO) is written into as it is: there is no file to replace, and renaming over
  // /dev/null would replace the device itself.
  if (isSpecial(out.path)) return writeInto(out, fill);
  const target = resolvedPath(out.path);
  const folder = dirname(target);
  removeAbandoned(folder);
  const temp = join(folder, `.${basename(target)}.${process.pid}${PARTIAL}`);
  const stop = removeOnSignal(temp);
  try {
    rmSync(temp, { force: true });
    closeSync(openSync(temp, "wx", 0o600));
    await fill(temp);
    // A copy of a journal grows SQLite's files beside it while it is written or checked; they go with the name.
    for (const file of companionsOf(temp)) rmSync(file, { force: true });
    const fd = openSync(temp, "r+");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // The mode is set at creation; made private again in case something (a umask, SQLite) changed it.
    chmodSync(temp, 0o600);
    renameSync(temp, target);
  } catch (e) {
    removeTemporary(temp);
    if (e instanceof ExitError) throw e;
    const existed = statOrNull(target) !== null;
    throw journalError(
      `cannot write ${out.what} to ${out.path}: ${reasonFor(e)}; ${existed ? `${out.path} was left as it was` : "nothing was written"}`,
      out.hint ?? "Choose a writable location with enough free space.",
    );
  } finally {
    stop();
  }
  flushFolder(folder);
}

/** Whether the path is something other than a file or a folder: a device, a pipe, a socket. */
export function isSpecial(path: string): boolean {
  const stats = statOrNull(path);
  return stats !== null && !stats.isFile() && !stats.isDirectory();
}

async function writeInto(out: FileToWrite, fill: (temp: string) => Promise<void>): Promise<void> {
  try {
    await fill(out.path);
  } catch (e) {
    if (e instanceof ExitError) throw e;
    throw journalError(
      `cannot write ${out.what} to ${out.path}: ${reasonFor(e)}`,
      out.hint ?? "Choose a writable location with enough free space.",
    );
  }
}

/** Blocks of bytes into a file, letting a signal in between them (a long export can still be stopped with Ctrl-C). */
export async function writeBlocks(path: string, blocks: Iterable<Uint8Array>): Promise<void> {
  const fd = openSync(path, "w");
  try {
    let sinceBreak = 0;
    for (const block of blocks) {
      for (let done = 0; done < block.length; ) done += writeSync(fd, block, done);
      sinceBreak += block.length;
      if (sinceBreak >= BREAK_EVERY) {
        sinceBreak = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** A temporary file's name ends so, after a dot, the target's name and the pid of the net that writes it. */
const PARTIAL = ".net-partial";
const ABANDONED = /^\..+\.(\d+)\.net-partial(?:-journal|-wal|-shm)?$/;
/** A signal is let in after every 256 kB written: Ctrl-C stops a long export within milliseconds. */
const BREAK_EVERY = 262_144;
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** Removes temporary files left in a folder by a net that was killed while writing (its pid is no longer running). */
function removeAbandoned(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = ABANDONED.exec(name)?.[1];
    if (pid !== undefined && Number(pid) !== process.pid && !running(Number(pid))) rmSync(join(folder, name), { force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The temporary file, and the files SQLite keeps beside it while a backup writes it. */
function removeTemporary(temp: string): void {
  for (const file of [temp, ...companionsOf(temp)]) rmSync(file, { force: true });
}

/** Until the returned function is called, a signal that would end net first removes the temporary file. */
function removeOnSignal(temp: string): () => void {
  const handler = (signal: NodeJS.Signals) => {
    removeTemporary(temp);
    stop();
    // Ended by the signal itself, as it would have been: the shell sees Ctrl-C, not an error.
    process.kill(process.pid, signal);
  };
  const stop = () => {
    for (const signal of SIGNALS) process.removeListener(signal, handler);
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return stop;
}

/** Flushes a folder's entries (the rename); platforms that cannot open a folder (Windows) have nothing to flush. */
function flushFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, "r");
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder: the rename is done, only its durability is the system's.
  } finally {
    closeSync(fd);
  }
}

function reasonFor(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (code === "ENOSPC" || code === "EFBIG" || code === "EDQUOT" || code === "SQLITE_FULL")
    return `the disk is full or a file size limit was reached (${code})`;
  // SQLite's backup reports a failed write as a bare I/O error, without saying which.
  if (typeof code === "string" && code.startsWith("SQLITE_IOERR"))
    return `the disk is full, a file size limit was reached, or the disk failed (${code})`;
  if (code === "ENOENT") return "its folder does not exist";
  if (code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "SQLITE_CANTOPEN" || code === "SQLITE_READONLY")
    return `its folder cannot be written (${code})`;
  return (e as Error).message;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * The path with every symlink and `..` resolved as the system resolves it when the file is opened (realpath(3), not
 * path.resolve's lexical `..`); for a file that is not there, its folder resolved and its name kept, following a symlink
 * that points nowhere yet to where it points.
 */
export function resolvedPath(path: string, depth = 0): string {
  try {
    return realpathSync.native(path);
  } catch {
    // Not there: resolved through what is.
  }
  try {
    if (depth < 32 && lstatSync(path).isSymbolicLink()) return resolvedPath(resolve(dirname(path), readlinkSync(path)), depth + 1);
  } catch {
    // Not a symlink either.
  }
  const parent = dirname(path);
  if (parent === path) return resolve(path);
  const folder = resolvedPath(parent, depth);
  const name = basename(path);
  return name === ".." ? dirname(folder) : name === "." ? folder : join(folder, name);
}
