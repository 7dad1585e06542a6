import type { Context } from "../context.js";
import { refOf } from "../domain/refs.js";
import { addIntro, checkInOf, introById } from "../db/intros.js";
import { INTRO_CHECK_IN_DAYS } from "../domain/intros.js";
import { openJournal } from "../db/open.js";
import { usageError } from "../errors.js";
import { introJson } from "../ui/ledger.js";
import { print, printJson, say } from "../ui/output.js";
import { dayFlag } from "./ledger-flags.js";
import { noteText } from "./text-flags.js";
import { resolvePerson } from "./resolve.js";
import { visible } from "../ui/visible.js";

// `net intro A B`: introducing two people is a gift to both; a made introduction gets a check-in two weeks later.
export async function run(ctx: Context, first: string, second: string, flags: { why?: string; on?: string; proposed?: boolean }): Promise<void> {
  const on = dayFlag(flags.on, ctx.today);
  const why = flags.why === undefined ? null : noteText(flags.why, "--why");
  const proposed = Boolean(flags.proposed);
  const journal = await openJournal(ctx.dbPath, { notice: say, clock: ctx });
  try {
    const a = await resolvePerson(journal, first, ctx);
    const b = await resolvePerson(journal, second, ctx);
    if (a.id === b.id) throw usageError(`"${visible(first)}" and "${visible(second)}" are both ${visible(a.name)}; an introduction needs two different people`, "Name two people: net intro ana ben.");
    const id = await journal.write(async (w) => {
      const id = await addIntro(w, { a, b, why, on, proposed }, ctx.today);
      w.describe(`intro ${refOf("i", id)} of ${a.name} and ${b.name} on ${on}`);
      return id;
    });
    const intro = (await introById(journal.db, id))!;
    const checkIn = proposed ? undefined : await checkInOf(journal.db, id);
    if (ctx.json) return printJson({ intro: introJson(intro), followUp: checkIn ? { id: checkIn.id, due: checkIn.due } : null });
    if (proposed) {
      print(`Intro #${id} proposed: ${visible(a.name)} ↔ ${visible(b.name)}. No credit until it happens.`);
      say(`When you make it: net intros made ${id}`);
    } else {
      print(`Intro #${id}: you introduced ${visible(a.name)} and ${visible(b.name)} (${on}). Counted as a medium give to each.`);
      print(`Check-in #${checkIn!.id} on ${checkIn!.due} (${INTRO_CHECK_IN_DAYS} days) to ask how it went.`);
      say(`Then: net intros outcome ${id} met (or fizzled).`);
    }
  } finally {
    await journal.close();
  }
}
