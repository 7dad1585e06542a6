import type { Context } from "../context.js";
import { refOf } from "../domain/refs.js";
import { checkInOf, introById, markIntroMade } from "../db/intros.js";
import { withJournal } from "./shared/with-journal.js";
import { usageError } from "../errors.js";
import { introJson } from "../ui/ledger.js";
import { print, printJson } from "../ui/output.js";
import { dayFlag, idArgument } from "./shared/ledger-flags.js";
import { visible } from "../ui/visible.js";

// `net intros made ID`: a proposed introduction happened; now it earns its credit and its check-in.
export async function run(ctx: Context, idText: string, flags: { on?: string }): Promise<void> {
  const typed = idArgument(idText, "i");
  const on = dayFlag(flags.on, ctx.today);
  return withJournal(ctx, async (journal) => {
    const intro = typed.id === null ? undefined : await introById(journal.db, typed.id);
    if (!intro) throw usageError(`no introduction with id ${typed.digits}`, "See them with `net intros`.");
    const id = intro.id;
    if (intro.status === "made")
      throw usageError(
        `introduction ${refOf("i", id)} was already made on ${intro.madeOn}`,
        `Nothing was changed. Record how it went with: net intros outcome ${refOf("i", id)} met (or fizzled).`,
      );
    if (intro.proposedOn && on < intro.proposedOn)
      throw usageError(`--on ${on} is before it was proposed (${intro.proposedOn})`, "Pass a date on or after the proposal.");
    await journal.write((w) => {
      w.describe(`intros made ${refOf("i", id)} (${intro.a.name} and ${intro.b.name}) on ${on}`);
      return markIntroMade(w, intro, on, ctx.today);
    });
    const made = (await introById(journal.db, id))!;
    const checkIn = (await checkInOf(journal.db, id))!;
    if (ctx.json) return printJson({ intro: introJson(made), followUp: { id: checkIn.id, ref: refOf("f", checkIn.id), due: checkIn.due } });
    print(
      `Intro ${refOf("i", id)} made: ${visible(intro.a.name)} ↔ ${visible(intro.b.name)} (${on}). Counted as a medium give to each; check-in ${refOf("f", checkIn.id)} on ${checkIn.due}.`,
    );
  });
}
