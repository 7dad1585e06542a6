import type { Context } from "../context.js";
import { refOf } from "../domain/refs.js";
import { followUpsByIds, moveFollowUp } from "../db/follow-ups.js";
import { withJournal } from "./shared/with-journal.js";
import { usageError } from "../errors.js";
import { dayLabel, followUpJson } from "../ui/follow-ups.js";
import { print, printJson } from "../ui/output.js";
import { parseFollowUpDay } from "./shared/follow-up-args.js";
import { personArgument, shellWord } from "../domain/shell.js";
import { visible } from "../ui/visible.js";
import { idArgument } from "./shared/ledger-flags.js";

export async function run(ctx: Context, idText: string, when: string): Promise<void> {
  const typed = idArgument(idText, "f");
  const due = parseFollowUpDay(when, ctx.today);
  return withJournal(ctx, async (journal) => {
    const id = await journal.write(async (w) => {
      const [followUp] = typed.id === null ? [] : await followUpsByIds(w.db, [typed.id]);
      if (!followUp) throw usageError(`no follow-up #${typed.digits}`, "See open follow-ups and their ids with `net due`.");
      const id = followUp.id;
      if (followUp.doneOn !== null)
        throw usageError(
          `follow-up #${id} was already done on ${followUp.doneOn}`,
          `Set a new one with \`net follow-up ${personArgument(followUp.person)} ${shellWord(when)}\`.`,
        );
      await moveFollowUp(w, id, due);
      w.describe(`snooze ${refOf("f", id)} with ${followUp.person.name} to ${due}`);
      return id;
    });
    const [moved] = await followUpsByIds(journal.db, [id]);
    if (ctx.json) return printJson(followUpJson(moved!));
    print(`Snoozed ${refOf("f", id)} with ${visible(moved!.person.name)} to ${dayLabel(due, ctx.today)}.`);
  });
}
