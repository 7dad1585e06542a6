import Database from "better-sqlite3";
import { Kysely, SqliteDialect, sql, type Migration } from "kysely";
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { migrations } from "../../migrations/index.js";
import { ExitError, journalError } from "../errors.js";
import { writeAtomically } from "./atomic-write.js";
import { companionsOf, damagedJournalError, upgradeBackupPath, upgradeBackupsOf } from "./journal-files.js";
import { Writer } from "./changes.js";
import type { DB } from "./schema.js";
import { keepStep, type StepClock } from "./undo.js";

export interface Journal {
  readonly path: string;
  readonly db: Kysely<DB>;
  readonly sqlite: Database.Database;
  /** The file cannot be written: reading commands still work, and keep nothing for next time. */
  readonly readOnly: boolean;
  /**
   * Runs fn in one write transaction (BEGIN IMMEDIATE): all of it happens, or none of it. What fn writes through the
   * Writer is kept as one undo step (db/undo.ts).
   */
  write<T>(fn: (w: Writer) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Where to say that a backup was written before migrating. */
  readonly notice?: (message: string) => void;
  /** Migrations to apply, in order; the full list unless a test needs an older schema. */
  readonly migrations?: Readonly<Record<string, (typeof migrations)[string]>>;
  /** The day and moment an undo step is kept under (the command's context); the machine's clock when not given (tests). */
  readonly clock?: StepClock;
}

const BUSY_TIMEOUT_MS = 10_000;
const UNDO_MIGRATION = "2026-12-02-08-undo";

export async function openJournal(path: string, options: OpenOptions = {}): Promise<Journal> {
  const known = options.migrations ?? migrations;
  const nativeBinding = sqliteAddon();
  const created = ensureFile(path);
  // SQLite keeps its -wal and -shm files beside the journal: in a folder net cannot write, it can only read.
  const folderReadOnly = !canWrite(dirname(path));
  let sqlite: Database.Database;
  try {
    sqlite = folderReadOnly ? openInReadOnlyFolder(path, nativeBinding) : new Database(path, { timeout: BUSY_TIMEOUT_MS, nativeBinding });
  } catch (e) {
    if (e instanceof ExitError) throw e;
    throw journalError(
      `cannot open the journal at ${path}: ${(e as Error).message}`,
      "Check the path and its permissions, or pass --db PATH.",
    );
  }
  try {
    checkIsJournal(sqlite, path);
    const readOnly = folderReadOnly || !canWrite(path);
    const pending = pendingMigrations(appliedMigrations(sqlite), known, path);
    if (!readOnly) sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    if (pending.length > 0) {
      if (readOnly) throw cannotUpgrade(path, folderReadOnly);
      await upgrade(path, sqlite, db, known, nativeBinding, options.notice);
    }
    // A schema from before the undo history (only tests of upgrades open one) writes without keeping steps.
    const history = UNDO_MIGRATION in known;
    return makeJournal(
      path,
      db,
      sqlite,
      readOnly ? (folderReadOnly ? "folder" : "file") : null,
      options.notice,
      history ? (options.clock ?? null) : undefined,
    );
  } catch (e) {
    sqlite.close();
    // A journal this run created and could not give a schema (a full disk) is not left behind, empty, for the next run.
    if (created) removeUnfinished(path);
    throw whenDamaged(e, path) ?? whenDiskFull(e, path) ?? e;
  }
}

/**
 * Applies the pending migrations under the journal's write lock, held from re-reading which are applied to the commit:
 * of several net processes starting at once after an upgrade, the first upgrades (and backs up), the others wait for
 * the lock (the busy timeout) and then find nothing left to do. On PostgreSQL the same lock will be an advisory
 * transaction lock (pg_advisory_xact_lock, as Kysely's Migrator takes there) around the same steps.
 */
async function upgrade(
  path: string,
  sqlite: Database.Database,
  db: Kysely<DB>,
  known: Readonly<Record<string, Migration>>,
  nativeBinding: string,
  notice: ((message: string) => void) | undefined,
): Promise<void> {
  sqlite.exec("BEGIN IMMEDIATE");
  try {
    const applied = appliedMigrations(sqlite);
    if (pendingMigrations(applied, known, path).length > 0) {
      if (applied.length > 0) {
        const copy = upgradeBackupPath(path, applied.length);
        await backupBeforeUpgrade(path, copy, nativeBinding);
        notice?.(`Backed up the journal to ${copy} before upgrading it.`);
      }
      // Loaded only when there is something to apply: most runs find the schema current.
      const error = await (await import("./migrate.js")).migrateToLatest(db, known);
      if (error) throw whenDiskFull(error, path) ?? journalError(`could not upgrade the journal at ${path}: ${(error as Error).message}`);
    }
    sqlite.exec("COMMIT");
  } catch (e) {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    throw e;
  }
}

/**
 * The journal as it is before the upgrade, read by a second connection: SQLite's backup from the connection that holds
 * the write lock copies nothing, while in WAL mode another connection reads the last commit, which the lock keeps still.
 */
async function backupBeforeUpgrade(path: string, copy: string, nativeBinding: string): Promise<void> {
  const reader = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    // Whole or not at all: a copy cut short by a kill would later be named as the way back.
    await writeAtomically(
      {
        path: copy,
        what: "the copy of the journal before its upgrade",
        hint: "Free some disk space, then run the command again; the journal was not changed.",
      },
      async (temp) => {
        await reader.backup(temp);
      },
    );
  } finally {
    reader.close();
  }
}

/** The migrations this journal still needs; a migration this version does not know means a newer net wrote it. */
function pendingMigrations(applied: readonly string[], known: Readonly<Record<string, Migration>>, path: string): string[] {
  const unknown = applied.filter((name) => !(name in known));
  if (unknown.length > 0) {
    throw journalError(
      `the journal at ${path} was written by a newer version of net (it has migration ${unknown[0]}, which this version does not know)`,
      "Upgrade net (npm install -g net-journal@latest); nothing was changed.",
    );
  }
  return Object.keys(known).filter((name) => !applied.includes(name));
}

function cannotUpgrade(path: string, folderReadOnly: boolean): ExitError {
  const what = folderReadOnly ? `its folder ${dirname(path)}` : "the file";
  return journalError(
    `the journal at ${path} was written by an older version of net and must be upgraded before use, which needs ${what} to be writable; nothing was changed`,
    folderReadOnly
      ? `Make the folder writable (chmod u+w ${dirname(path)}), then run the command again.`
      : `Make it writable (chmod u+w ${path}), then run the command again.`,
  );
}

/**
 * Opens a journal in a folder net cannot write, for reading only. With its -wal and -shm beside it (another net has it
 * open, or one was killed), SQLite reads it in place. With no -wal, or an empty one, the file holds everything, but
 * SQLite cannot read a WAL journal without creating the files beside it; so it is read from a copy in memory.
 */
function openInReadOnlyFolder(path: string, nativeBinding: string): Database.Database {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS, nativeBinding });
  try {
    sqlite.pragma("schema_version", { simple: true });
    return sqlite;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    // Any other error (not a database, damaged) is worded by checkIsJournal.
    if (code !== "SQLITE_READONLY_DIRECTORY" && code !== "SQLITE_CANTOPEN") return sqlite;
    sqlite.close();
  }
  if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0) {
    throw journalError(
      `the journal at ${path} has changes in ${basename(path)}-wal that SQLite can read only when it may write beside them, and the folder ${dirname(path)} is read-only; nothing was changed`,
      `Make the folder writable (chmod u+w ${dirname(path)}), or copy the journal with its -wal file to a writable folder and pass --db PATH.`,
    );
  }
  const image = readFileSync(path);
  // Bytes 18 and 19 of the header say WAL (2); in memory, with no -wal to read, it is the same file as a rollback journal (1).
  if (image.length >= 20 && image[18] === 2 && image[19] === 2) image.fill(1, 18, 20);
  return new Database(image, { readonly: true, nativeBinding });
}

/** Why the journal cannot be written, if it cannot: the file itself, or the folder SQLite must write beside it. */
type ReadOnly = "file" | "folder" | null;

function makeJournal(
  path: string,
  db: Kysely<DB>,
  sqlite: Database.Database,
  readOnly: ReadOnly,
  notice: ((message: string) => void) | undefined,
  /** When steps are kept (the machine's clock when null); undefined for a schema without the undo history. */
  clock: StepClock | null | undefined,
): Journal {
  const folder = dirname(path);
  let refused = false;
  return {
    path,
    db,
    sqlite,
    readOnly: readOnly !== null,
    async write(fn) {
      if (readOnly !== null) {
        refused = true;
        if (readOnly === "file")
          throw journalError(
            `the journal at ${path} is read-only, so nothing was written`,
            `Make it writable (chmod u+w ${path}), or pass --db PATH.`,
          );
        throw journalError(
          `the folder ${folder} is read-only, so nothing was written: net keeps two small files beside the journal (${basename(path)}-wal and -shm) while it writes`,
          `Make the folder writable (chmod u+w ${folder}), or move the journal to a writable folder and pass --db PATH.`,
        );
      }
      return db.connection().execute(async (conn) => {
        await sql`BEGIN IMMEDIATE`.execute(conn);
        try {
          const writer = new Writer(conn, { history: clock !== undefined });
          const result = await fn(writer);
          if (clock !== undefined) await keepStep(conn, writer, clock ?? machineClock());
          await sql`COMMIT`.execute(conn);
          return result;
        } catch (e) {
          if (sqlite.inTransaction) await sql`ROLLBACK`.execute(conn);
          throw whenDiskFull(e, path) ?? e;
        }
      });
    },
    async close() {
      await db.destroy();
      // Said once, after a command that only read: one that tried to write has said why it could not.
      if (readOnly === "folder" && !refused)
        notice?.(`The folder ${folder} is read-only, so the journal was only read: writing to it needs the folder to be writable.`);
    },
  };
}

function machineClock(): StepClock {
  const now = new Date();
  return { today: now.toISOString().slice(0, 10), now: now.toISOString() };
}

/** Whether a copy of a journal is whole: SQLite's quick check, which reads every page (a backup copies them as they are). */
export function isWhole(file: string): boolean {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: sqliteAddon() });
  try {
    return sqlite.pragma("quick_check", { simple: true }) === "ok";
  } catch {
    return false;
  } finally {
    sqlite.close();
  }
}

/**
 * better-sqlite3's compiled addon, where npm install puts it (node-gyp and prebuild-install both write build/Release).
 * Left to itself, better-sqlite3 looks for it with the bindings package, which tries a dozen paths on every start and
 * cannot find it at all from inside the bundle (scripts/build.js).
 */
export function sqliteAddon(): string {
  return addonIn(dirname(createRequire(import.meta.url).resolve("better-sqlite3/package.json")));
}

/** The compiled addon in a better-sqlite3 package folder: a Release build, else a Debug one. */
export function addonIn(root: string): string {
  const file = ["Release", "Debug"].map((kind) => join(root, "build", kind, "better_sqlite3.node")).find((f) => existsSync(f));
  if (file === undefined) {
    throw journalError(
      `better-sqlite3, which net reads and writes journals with, has no compiled addon in ${join(root, "build")}`,
      "Build it again: npm rebuild better-sqlite3",
    );
  }
  return file;
}

/** Creates the directory (0700) and an empty file (0600) on first use. Returns whether it was new. */
function ensureFile(path: string): boolean {
  if (existsSync(path)) {
    if (statSync(path).isDirectory())
      throw journalError(`the journal path ${path} is a directory`, "Pass the path of a file with --db or NET_DB.");
    return false;
  }
  const cannotCreate = (reason: string) =>
    journalError(`cannot create the journal at ${path}: ${reason}`, "Choose a writable location with --db PATH or NET_DB.");
  try {
    makeFolders(dirname(path));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // EEXIST or ENOTDIR means a file sits where a folder should be.
    throw cannotCreate(err.code === "EEXIST" || err.code === "ENOTDIR" ? "part of its folder path is a file, not a folder" : err.message);
  }
  try {
    closeSync(openSync(path, "wx", 0o600));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // Another net process created it first: use theirs.
    if (err.code === "EEXIST") return false;
    throw cannotCreate(err.message);
  }
  return true;
}

/**
 * Creates each missing folder (0700) from the first existing ancestor down. Not mkdirSync's recursive mode: on Node 20
 * it loops forever under /proc, where mkdir fails with ENOENT however many times it is retried.
 */
function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let dir = folder; !existsSync(dir); dir = dirname(dir)) {
    if (dirname(dir) === dir) break;
    missing.unshift(dir);
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir, { mode: 0o700 });
    } catch (e) {
      // Another net process made it first.
      if ((e as NodeJS.ErrnoException).code === "EEXIST" && statSync(dir).isDirectory()) continue;
      throw e;
    }
  }
}

/**
 * Removes a journal this run created but could not give a schema, with the files SQLite made beside it: unless another
 * net has written one meanwhile, which would be in the -wal, or in the file beyond its first page (the header, all a
 * journal with no table needs).
 */
function removeUnfinished(path: string): void {
  const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);
  try {
    if (size(path) > 4096 || size(`${path}-wal`) > 0) return;
    for (const file of [path, ...companionsOf(path)]) rmSync(file, { force: true });
  } catch {
    // It cannot be removed: the next run finds an empty journal and gives it its schema.
  }
}

/** SQLite found a damaged page while opening the journal (the header read fine, a table did not). */
function whenDamaged(e: unknown, path: string): Error | null {
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("SQLITE_CORRUPT") ? damagedJournalError(path) : null;
}

/** A write that hit a full disk or a file size limit (ulimit -f: EFBIG) says so plainly; SQLite rolled it back. */
function whenDiskFull(e: unknown, path: string): Error | null {
  const code = (e as { code?: unknown }).code;
  // SHMSIZE: SQLite could not grow the -shm file beside the journal, which a full disk refuses like any other write.
  if (code !== "SQLITE_FULL" && code !== "SQLITE_IOERR_WRITE" && code !== "SQLITE_IOERR_SHMSIZE") return null;
  return journalError(
    `could not write to the journal at ${path}: the disk is full or a file size limit was reached (${code}); nothing was changed`,
    "Free some disk space (or raise the limit), then run the command again.",
  );
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function checkIsJournal(sqlite: Database.Database, path: string): void {
  try {
    sqlite.pragma("schema_version", { simple: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code?.startsWith("SQLITE_CORRUPT")) throw damagedJournalError(path);
    if (code === "SQLITE_NOTADB") {
      // A file beside its own upgrade copies was a journal: its header is damaged.
      if (upgradeBackupsOf(path).length > 0) throw damagedJournalError(path);
      throw journalError(
        `${path} is not a net journal (not a SQLite database); it was left unchanged`,
        "Point --db or NET_DB at a journal, or at a new path to start one.",
      );
    }
    throw whenDiskFull(e, path) ?? journalError(`cannot read the journal at ${path}: ${(e as Error).message}`);
  }
}

function appliedMigrations(sqlite: Database.Database): string[] {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'").get();
  if (!table) {
    const other = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (other.n > 0)
      throw journalError(
        "this SQLite database is not a net journal; it was left unchanged",
        "Point --db or NET_DB at a journal, or at a new path to start one.",
      );
    return [];
  }
  return (sqlite.prepare("SELECT name FROM kysely_migration ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}
