import { lstatSync, statSync, type Stats } from "node:fs";
import { basename, dirname } from "node:path";
import { isSpecial, resolvedPath, type FileToWrite } from "../../db/atomic-write.js";
import { COMPANION_SUFFIXES, isUpgradeBackupName, upgradeBackupsOf } from "../../db/journal-files.js";
import { usageError } from "../../errors.js";

// Where a command may write a file (export --out, backup): never over the journal, never over an existing file
// without --force. The writing itself is src/db/atomic-write.ts.

export interface OutFile extends FileToWrite {
  /** How to write it somewhere else, for the refusals: "net backup ~/net-backup.db". */
  readonly example: string;
}

/**
 * Refuses (exit 2) to write over the journal or a file that belongs to it (its -wal, -shm, -journal, the copies made
 * before an upgrade), however it is named: another spelling of the path, a symlink, a hard link. Then refuses an
 * existing file without --force, and a folder.
 */
export function checkOutFile(out: OutFile, journal: string, force: boolean | undefined): void {
  const belongs = journalFileAt(out.path, journal);
  if (belongs) throw usageError(`${out.path} is ${belongs}; ${out.what} was not written`, `Write it to another file: ${out.example}`);
  const existing = statOrNull(out.path);
  if (existing?.isDirectory()) throw usageError(`${out.path} is a folder; ${out.what} was not written`, `Name a file: ${out.example}`);
  // A device or a pipe (--out /dev/stdout) is written into, not replaced.
  if (existing && !force && !isSpecial(out.path))
    throw usageError(`${out.path} already exists; ${out.what} was not written`, "Choose another name, or pass --force to overwrite it.");
}

/** What a path is to the journal (the journal itself, a file SQLite keeps beside it, an upgrade copy), or null. */
function journalFileAt(target: string, journal: string): string | null {
  const where = resolvedPath(target);
  const stats = statOrNull(target);
  const name = basename(journal);
  // SQLite keeps the -wal and -shm beside the file a symlinked journal points to, so both places are checked.
  const journals = [...new Set([journal, resolvedPath(journal)])];
  const files: [string, string][] = journals.flatMap((j) => [
    [j, "the journal itself"] as [string, string],
    ...COMPANION_SUFFIXES.map((suffix): [string, string] => [
      `${j}${suffix}`,
      `the journal's ${suffix} file, which SQLite keeps beside it`,
    ]),
    ...upgradeBackupsOf(j).map((copy): [string, string] => [copy, "the copy of the journal net made before upgrading it"]),
  ]);
  for (const [file, description] of files) {
    if (resolvedPath(file) === where) return description;
    const other = statOrNull(file);
    if (stats && other && stats.dev === other.dev && stats.ino === other.ino) return description;
  }
  // An upgrade copy that is not there yet is still a name net will write to.
  if (journals.some((j) => resolvedPath(dirname(j)) === dirname(where)) && isUpgradeBackupName(basename(where), name)) {
    return "the name net gives the copy of the journal it makes before an upgrade";
  }
  return null;
}

/** The file at a path, or the link itself when it points nowhere (writing through it would create what it names). */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    try {
      return lstatSync(path);
    } catch {
      return null;
    }
  }
}
