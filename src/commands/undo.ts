import type { Context } from "../context.js";
import { withJournal } from "./shared/with-journal.js";
import { latestStep, recentSteps, undoStep, UndoConflict, type Step } from "../db/undo.js";
import { journalError } from "../errors.js";
import { print, printJson, say } from "../ui/output.js";
import { visible } from "../ui/visible.js";

// net undo: plays back the most recent step not yet undone; --list shows the recent steps.

/** How many steps --list shows. */
const LISTED = 20;

export async function run(ctx: Context, opts: { list?: boolean }): Promise<void> {
  return withJournal(ctx, async (journal) => {
    if (opts.list) {
      const steps = await recentSteps(journal.db, LISTED);
      if (ctx.json) return printJson(steps.map(stepJson));
      if (steps.length === 0) return say("Nothing written yet: every command that writes will be listed here, newest first.");
      const width = String(steps[0]!.id).length;
      for (const s of steps) print(`${String(s.id).padStart(width)}  ${s.day}  ${visible(s.summary)}${s.undoneAt ? "  (undone)" : ""}`);
      return;
    }
    const step = await journal.write(async (w) => {
      const latest = await latestStep(w.db);
      if (!latest) throw journalError("nothing to undo", "`net undo --list` shows what was written and what was undone.");
      try {
        await undoStep(w.db, latest, ctx.now);
      } catch (e) {
        if (!(e instanceof UndoConflict)) throw e;
        throw journalError(
          `cannot undo "${visible(latest.summary)}": ${e.message}; nothing was changed`,
          "Correct the entry by hand (net edit, net rm), or see the steps with `net undo --list`.",
        );
      }
      return { ...latest, undoneAt: ctx.now };
    });
    if (ctx.json) return printJson(stepJson(step));
    print(`undid: ${visible(step.summary)}`);
  });
}

function stepJson(s: Step) {
  return { step: s.id, summary: s.summary, day: s.day, at: s.at, changes: s.changes, undone: s.undoneAt !== null, undoneAt: s.undoneAt };
}
