import { existsSync } from "node:fs";
import type { Context } from "../context.js";
import { openJournal } from "../db/open.js";
import { journalError } from "../errors.js";
import { printJson, say } from "../ui/output.js";
import { checkOutFile, writeAtomically, type OutFile } from "./out-file.js";

interface BackupFlags {
  readonly force?: boolean;
}

export async function run(ctx: Context, file: string, flags: BackupFlags): Promise<void> {
  const out: OutFile = { path: file, what: "the backup", example: "net backup ~/net-backup.db" };
  checkOutFile(out, ctx.dbPath, flags.force);
  if (!existsSync(ctx.dbPath)) throw journalError(`there is no journal at ${ctx.dbPath} to back up`, "Pass --db PATH or set NET_DB to the journal you mean.");
  const journal = await openJournal(ctx.dbPath, { notice: say });
  try {
    // SQLite's online backup: a consistent copy even while another net is writing.
    await writeAtomically(out, (temp) => journal.sqlite.backup(temp).then(() => undefined));
  } finally {
    await journal.close();
  }
  if (ctx.json) return printJson({ backup: file, journal: ctx.dbPath });
  say(`Backed up ${ctx.dbPath} to ${file}. Restore it by copying it back, or open it with --db ${file}.`);
}
