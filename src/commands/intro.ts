import type { Context } from "../context.js";
import { refOf } from "../domain/refs.js";
import { addIntro, checkInOf, introById, openIntroOf, type Intro } from "../db/intros.js";
import { INTRO_CHECK_IN_DAYS } from "../domain/intros.js";
import type { Journal } from "../db/open.js";
import { withJournal } from "./shared/with-journal.js";
import { usageError } from "../errors.js";
import { introJson } from "../ui/ledger.js";
import { print, printJson, say } from "../ui/output.js";
import { dayFlag } from "./shared/ledger-flags.js";
import { noteText } from "./shared/text-flags.js";
import { resolvePerson } from "./shared/resolve-person.js";
import { recordAgain } from "./shared/record-again.js";
import type { PersonRef } from "../db/people.js";
import { visible } from "../ui/visible.js";

// `net intro A B`: introducing two people is a gift to both; a made introduction gets a check-in two weeks later.
export async function run(
  ctx: Context,
  first: string,
  second: string,
  flags: { why?: string; on?: string; proposed?: boolean; again?: boolean },
): Promise<void> {
  const on = dayFlag(flags.on, ctx.today);
  const why = flags.why === undefined ? null : noteText(flags.why, "--why");
  const proposed = Boolean(flags.proposed);
  return withJournal(ctx, async (journal) => {
    const a = await resolvePerson(journal, first, ctx);
    const b = await resolvePerson(journal, second, ctx);
    if (a.id === b.id)
      throw usageError(
        `"${visible(first)}" and "${visible(second)}" are both ${visible(a.name)}; an introduction needs two different people`,
        "Name two people: net intro ana ben.",
      );
    if (!flags.again && !(await notYetIntroduced(journal, a, b, ctx))) return say("Nothing was written.");
    const id = await journal.write(async (w) => {
      const id = await addIntro(w, { a, b, why, on, proposed }, ctx.today);
      w.describe(`intro ${refOf("i", id)} of ${a.name} and ${b.name} on ${on}`);
      return id;
    });
    const intro = (await introById(journal.db, id))!;
    const checkIn = proposed ? undefined : await checkInOf(journal.db, id);
    if (ctx.json)
      return printJson({
        intro: introJson(intro),
        followUp: checkIn ? { id: checkIn.id, ref: refOf("f", checkIn.id), due: checkIn.due } : null,
      });
    if (proposed) {
      print(`Intro ${refOf("i", id)} proposed: ${visible(a.name)} ↔ ${visible(b.name)}. No credit until it happens.`);
      say(`When you make it: net intros made ${refOf("i", id)}`);
    } else {
      print(`Intro ${refOf("i", id)}: you introduced ${visible(a.name)} and ${visible(b.name)} (${on}). Counted as a medium give to each.`);
      print(`Check-in ${refOf("f", checkIn!.id)} on ${checkIn!.due} (${INTRO_CHECK_IN_DAYS} days) to ask how it went.`);
      say(`Then: net intros outcome ${refOf("i", id)} met (or fizzled).`);
    }
  });
}

/**
 * A pair with an introduction still under way (proposed, or made with no outcome) is most likely being entered twice:
 * asked in a terminal (no by default), refused elsewhere naming the entry and --again. Once it has an outcome, a new one is fine.
 */
async function notYetIntroduced(journal: Journal, a: PersonRef, b: PersonRef, ctx: Context): Promise<boolean> {
  const open = await openIntroOf(journal.db, a.id, b.id);
  if (!open) return true;
  const existing = `${refOf("i", open.id)}: ${underWay(open)}`;
  const next =
    open.status === "proposed"
      ? `When you make it: net intros made ${refOf("i", open.id)}.`
      : `Once it has run its course: net intros outcome ${refOf("i", open.id)} met (or fizzled).`;
  return recordAgain(ctx, existing, next);
}

function underWay(intro: Intro): string {
  const pair = `${intro.a.name} and ${intro.b.name}`;
  return intro.status === "proposed"
    ? `an introduction of ${pair} proposed on ${intro.proposedOn}`
    : `you introduced ${pair} on ${intro.madeOn}, no outcome yet`;
}
