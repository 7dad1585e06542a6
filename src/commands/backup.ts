import { existsSync } from "node:fs";
import type { Context } from "../context.js";
import { isSpecial, writeAtomically } from "../db/atomic-write.js";
import { damagedJournalError } from "../db/journal-files.js";
import { isWhole } from "../db/open.js";
import { journalError, usageError } from "../errors.js";
import { printJson, say } from "../ui/output.js";
import { checkOutFile, type OutFile } from "./shared/out-file.js";
import { withJournal } from "./shared/with-journal.js";

interface BackupFlags {
  readonly force?: boolean;
}

export async function run(ctx: Context, file: string, flags: BackupFlags): Promise<void> {
  const out: OutFile = { path: file, what: "the backup", example: "net backup ~/net-backup.db" };
  checkOutFile(out, ctx.dbPath, flags.force);
  // A copy of a journal is a file: SQLite cannot make one in a device or a pipe.
  if (isSpecial(file)) throw usageError(`${file} is not a file; the backup was not written`, `Back up to a file: ${out.example}`);
  if (!existsSync(ctx.dbPath))
    throw journalError(`there is no journal at ${ctx.dbPath} to back up`, "Pass --db PATH or set NET_DB to the journal you mean.");
  await withJournal(ctx, (journal) =>
    writeAtomically(out, async (temp) => {
      // SQLite's online backup: a consistent copy even while another net is writing.
      await journal.sqlite.backup(temp);
      // It copies pages as they are, damaged or not: a damaged journal never replaces a good copy.
      if (!isWhole(temp)) throw damagedJournalError(ctx.dbPath);
    }),
  );
  if (ctx.json) return printJson({ backup: file, journal: ctx.dbPath });
  say(`Backed up ${ctx.dbPath} to ${file}. Restore it by copying it back, or open it with --db ${file}.`);
}
