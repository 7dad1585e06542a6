import type { Context } from "../../context.js";
import { openJournal, type Journal, type OpenOptions } from "../../db/open.js";
import { say } from "../../ui/output.js";

/**
 * The one place a command opens and closes its journal: opened at ctx.dbPath (a backup before an upgrade is said on
 * stderr, undo steps are kept under the command's clock), handed to fn, and closed however fn ends, returning or
 * throwing. fn's result is returned: what a command prints after the journal is closed is printed outside fn.
 * options adds to or overrides those open options.
 */
export async function withJournal<T>(ctx: Context, fn: (journal: Journal) => Promise<T>, options: OpenOptions = {}): Promise<T> {
  const journal = await openJournal(ctx.dbPath, { notice: say, clock: ctx, ...options });
  try {
    return await fn(journal);
  } finally {
    await journal.close();
  }
}
