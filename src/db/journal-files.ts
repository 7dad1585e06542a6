import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { journalError, type ExitError } from "../errors.js";

// The files that belong to a journal: the ones SQLite keeps beside it, and the copies net makes before an upgrade.

/** What SQLite adds to the journal's name for the files it keeps beside it: the write-ahead log, its index, a rollback journal. */
export const COMPANION_SUFFIXES = ["-wal", "-shm", "-journal"] as const;

export function companionsOf(path: string): string[] {
  return COMPANION_SUFFIXES.map((suffix) => `${path}${suffix}`);
}

const UPGRADE_BACKUP = /^(.*)\.before-upgrade-v(\d+)(?:\.(\d+))?$/;

/** Whether a file name is one of the copies net writes beside the journal named journalName before upgrading it. */
export function isUpgradeBackupName(name: string, journalName: string): boolean {
  return UPGRADE_BACKUP.exec(name)?.[1] === journalName;
}

/** Where the copy made before upgrading a journal with schemaCount migrations goes: the first free name. */
export function upgradeBackupPath(path: string, schemaCount: number): string {
  const base = join(dirname(path), `${basename(path)}.before-upgrade-v${schemaCount}`);
  let candidate = base;
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}.${n}`;
  return candidate;
}

/** The copies net made beside the journal before upgrading it, newest schema first. */
export function upgradeBackupsOf(path: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return [];
  }
  const order = (name: string) => {
    const [, , schema, n] = UPGRADE_BACKUP.exec(name)!;
    return Number(schema) * 1000 + Number(n ?? 1);
  };
  return names
    .filter((name) => isUpgradeBackupName(name, basename(path)))
    .sort((a, b) => order(b) - order(a))
    .map((name) => join(dirname(path), name));
}

/** A journal SQLite found damaged, at open or in the middle of a query: the way back, naming the copies that are there. */
export function damagedJournalError(path: string): ExitError {
  const copies = upgradeBackupsOf(path);
  const restore =
    copies.length === 0
      ? "Restore it from a backup (net backup makes one)"
      : `Restore it from a backup: a copy made with net backup, or ${copies.join(" or ")} (the journal as it was before net last upgraded it)`;
  return journalError(
    `the journal at ${path} is damaged (cut short or corrupted) and cannot be read; it was left unchanged`,
    `${restore}, or point --db at another journal.`,
  );
}
