import { chmodSync, closeSync, existsSync, openSync, realpathSync, renameSync, rmSync } from "node:fs";
import type { Context } from "../context.js";
import { openJournal } from "../db/open.js";
import { journalError, usageError } from "../errors.js";
import { printJson, say } from "../ui/output.js";

interface BackupFlags {
  readonly force?: boolean;
}

export async function run(ctx: Context, file: string, flags: BackupFlags): Promise<void> {
  // Renaming a copy over the journal it was taken from (even by another path or a link) would replace it with itself mid-use.
  if (existsSync(file) && existsSync(ctx.dbPath) && realpathSync(file) === realpathSync(ctx.dbPath)) {
    throw usageError(`${file} is the journal itself; the backup was not written`, "Back up to another file: net backup ~/net-backup.db");
  }
  if (existsSync(file) && !flags.force) throw usageError(`${file} already exists; the backup was not written`, "Choose another name, or pass --force to overwrite it.");
  if (!existsSync(ctx.dbPath)) throw journalError(`there is no journal at ${ctx.dbPath} to back up`, "Pass --db PATH or set NET_DB to the journal you mean.");
  const journal = await openJournal(ctx.dbPath, { notice: say });
  // Written beside the target and renamed over it, so a failed backup never leaves half a file under the real name.
  const partial = `${file}.partial-${process.pid}`;
  try {
    closeSync(openSync(partial, "w", 0o600));
    // SQLite's online backup: a consistent copy even while another net is writing.
    await journal.sqlite.backup(partial);
    chmodSync(partial, 0o600);
    renameSync(partial, file);
  } catch (e) {
    rmSync(partial, { force: true });
    throw journalError(`cannot write the backup to ${file}: ${(e as Error).message}`, "Choose a writable location with enough free space.");
  } finally {
    await journal.close();
  }
  if (ctx.json) return printJson({ backup: file, journal: ctx.dbPath });
  say(`Backed up ${ctx.dbPath} to ${file}. Restore it by copying it back, or open it with --db ${file}.`);
}
