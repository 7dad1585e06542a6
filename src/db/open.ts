import Database from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { migrations } from "../../migrations/index.js";
import { journalError } from "../errors.js";
import type { DB } from "./schema.js";

export interface Journal {
  readonly path: string;
  readonly db: Kysely<DB>;
  readonly sqlite: Database.Database;
  /** The file cannot be written: reading commands still work, and keep nothing for next time. */
  readonly readOnly: boolean;
  /** Runs fn in one write transaction (BEGIN IMMEDIATE): all of it happens, or none of it. */
  write<T>(fn: (trx: Kysely<DB>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Where to say that a backup was written before migrating. */
  readonly notice?: (message: string) => void;
  /** Migrations to apply, in order; the full list unless a test needs an older schema. */
  readonly migrations?: Readonly<Record<string, (typeof migrations)[string]>>;
}

const BUSY_TIMEOUT_MS = 10_000;

export async function openJournal(path: string, options: OpenOptions = {}): Promise<Journal> {
  const known = options.migrations ?? migrations;
  const nativeBinding = sqliteAddon();
  const created = ensureFile(path);
  checkFolderWritable(path);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { timeout: BUSY_TIMEOUT_MS, nativeBinding });
  } catch (e) {
    throw journalError(`cannot open the journal at ${path}: ${(e as Error).message}`, "Check the path and its permissions, or pass --db PATH.");
  }
  try {
    checkIsJournal(sqlite, path);
    const applied = appliedMigrations(sqlite);
    const unknown = applied.filter((name) => !(name in known));
    if (unknown.length > 0) {
      throw journalError(
        `the journal at ${path} was written by a newer version of net (it has migration ${unknown[0]}, which this version does not know)`,
        "Upgrade net (npm install -g net-journal@latest); nothing was changed.",
      );
    }
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
    const pending = Object.keys(known).filter((name) => !applied.includes(name));
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    if (pending.length > 0) {
      if (!created && applied.length > 0) {
        const copy = backupPathFor(path, applied.length);
        closeSync(openSync(copy, "wx", 0o600));
        await sqlite.backup(copy);
        options.notice?.(`Backed up the journal to ${copy} before upgrading it.`);
      }
      // Loaded only when there is something to apply: most runs find the schema current.
      const error = await (await import("./migrate.js")).migrateToLatest(db, known);
      if (error) throw journalError(`could not upgrade the journal at ${path}: ${(error as Error).message}`);
    }
    return makeJournal(path, db, sqlite, !canWrite(path));
  } catch (e) {
    sqlite.close();
    throw e;
  }
}

function makeJournal(path: string, db: Kysely<DB>, sqlite: Database.Database, readOnly: boolean): Journal {
  return {
    path,
    db,
    sqlite,
    readOnly,
    async write(fn) {
      if (readOnly) throw journalError(`the journal at ${path} is read-only, so nothing was written`, `Make it writable (chmod u+w ${path}), or pass --db PATH.`);
      return db.connection().execute(async (conn) => {
        await sql`BEGIN IMMEDIATE`.execute(conn);
        try {
          const result = await fn(conn);
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
    },
  };
}

/**
 * better-sqlite3's compiled addon, where npm install puts it (node-gyp and prebuild-install both write build/Release).
 * Left to itself, better-sqlite3 looks for it with the bindings package, which tries a dozen paths on every start and
 * cannot find it at all from inside the bundle (scripts/build.js).
 */
function sqliteAddon(): string {
  return addonIn(dirname(createRequire(import.meta.url).resolve("better-sqlite3/package.json")));
}

/** The compiled addon in a better-sqlite3 package folder: a Release build, else a Debug one. */
export function addonIn(root: string): string {
  const file = ["Release", "Debug"].map((kind) => join(root, "build", kind, "better_sqlite3.node")).find((f) => existsSync(f));
  if (file === undefined) {
    throw journalError(`better-sqlite3, which net reads and writes journals with, has no compiled addon in ${join(root, "build")}`, "Build it again: npm rebuild better-sqlite3");
  }
  return file;
}

/** Creates the directory (0700) and an empty file (0600) on first use. Returns whether it was new. */
function ensureFile(path: string): boolean {
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw journalError(`the journal path ${path} is a directory`, "Pass the path of a file with --db or NET_DB.");
    return false;
  }
  const cannotCreate = (reason: string) => journalError(`cannot create the journal at ${path}: ${reason}`, "Choose a writable location with --db PATH or NET_DB.");
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

/** A write that hit a full disk or a file size limit (ulimit -f: EFBIG) says so plainly; SQLite rolled it back. */
function whenDiskFull(e: unknown, path: string): Error | null {
  const code = (e as { code?: unknown }).code;
  if (code !== "SQLITE_FULL" && code !== "SQLITE_IOERR_WRITE") return null;
  return journalError(
    `could not write to the journal at ${path}: the disk is full or a file size limit was reached (${code}); nothing was changed`,
    "Free some disk space (or raise the limit), then run the command again.",
  );
}

// SQLite keeps its -wal and -shm files beside the journal, and cannot even read it without creating them.
function checkFolderWritable(path: string): void {
  const folder = dirname(path);
  if (canWrite(folder)) return;
  throw journalError(
    `the folder ${folder} is read-only, and net needs to keep two small files beside the journal (${basename(path)}-wal and -shm); nothing was changed`,
    "Make the folder writable, or move the journal to a writable folder and pass --db PATH.",
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
    if (code === "SQLITE_CORRUPT") {
      throw journalError(`the journal at ${path} is damaged (cut short or corrupted) and cannot be read; it was left unchanged`, "Restore it from a backup (net backup makes one), or point --db at another journal.");
    }
    if (code === "SQLITE_NOTADB") {
      throw journalError(`${path} is not a net journal (not a SQLite database); it was left unchanged`, "Point --db or NET_DB at a journal, or at a new path to start one.");
    }
    throw journalError(`cannot read the journal at ${path}: ${(e as Error).message}`);
  }
}

function appliedMigrations(sqlite: Database.Database): string[] {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'").get();
  if (!table) {
    const other = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (other.n > 0) throw journalError("this SQLite database is not a net journal; it was left unchanged", "Point --db or NET_DB at a journal, or at a new path to start one.");
    return [];
  }
  return (sqlite.prepare("SELECT name FROM kysely_migration ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

function backupPathFor(path: string, schemaCount: number): string {
  const base = join(dirname(path), `${basename(path)}.before-upgrade-v${schemaCount}`);
  let candidate = base;
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}.${n}`;
  return candidate;
}
