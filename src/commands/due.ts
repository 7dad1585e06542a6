import type { Context } from "../context.js";
import { birthdaysOn } from "../db/birthdays.js";
import { openFollowUpsUntil } from "../db/follow-ups.js";
import { keepInTouchList, rhythmList } from "../db/interactions.js";
import { withJournal } from "./shared/with-journal.js";
import { historiesOf, relationshipOf } from "../db/relationships.js";
import { relationshipsToday } from "../db/relationship-cache.js";
import { addDays } from "../domain/dates.js";
import { openAsksSince } from "../db/ledger.js";
import { proposedSince } from "../db/intros.js";
import {
  ASK_NUDGE_DAYS,
  PROPOSED_INTRO_DAYS,
  waitingAsks,
  waitingIntros,
  birthdayDaysWithin,
  dueCounts,
  goingCold,
  horizon,
  isEmpty,
  sortFollowUps,
  strongTiesFirst,
  upcomingBirthdays,
} from "../domain/due.js";
import { dueJson, renderDue, renderDueBrief, type DueView } from "../ui/due.js";
import { print, printJson, say } from "../ui/output.js";
import { durationFrom } from "./shared/date-flags.js";
import { refOf } from "../domain/refs.js";

/** Going cold past this many, depth comes from the day's kept relationships (db/relationship-cache.ts). */
const MANY_COLD = 300;

export interface DueFlags {
  readonly within?: string;
  readonly brief?: boolean;
  readonly all?: boolean;
}

export async function run(ctx: Context, flags: DueFlags): Promise<void> {
  const within = flags.within ?? "7d";
  const withinDays = durationFrom(within, "--within");

  return withJournal(ctx, async (journal) => {
    const db = journal.db;
    if (flags.brief) {
      // For a prompt, drawn before every command line: counts only, without depth, birthdays or what is upcoming.
      const [due, keepInTouch, rhythms] = await Promise.all([
        openFollowUpsUntil(db, ctx.today),
        keepInTouchList(db),
        rhythmList(db, ctx.today),
      ]);
      const counts = dueCounts(ctx.today, due, keepInTouch, rhythms);
      if (ctx.json) return printJson(counts);
      const line = renderDueBrief(counts);
      if (line !== "") print(line);
      return;
    }
    const [followUps, keepInTouch, rhythms, birthdays, asks, intros] = await Promise.all([
      openFollowUpsUntil(db, horizon(ctx.today, withinDays)),
      keepInTouchList(db),
      rhythmList(db, ctx.today),
      birthdaysOn(db, birthdayDaysWithin(ctx.today, withinDays)),
      openAsksSince(db, addDays(ctx.today, -ASK_NUDGE_DAYS)),
      proposedSince(db, addDays(ctx.today, -PROPOSED_INTRO_DAYS)),
    ]);
    const cold = goingCold(ctx.today, keepInTouch, rhythms);
    // Depth only for the people going cold, and only the score and tier it shows: it is the costly part. Past a few
    // hundred (rhythm finds thousands in a large imported network) the day's kept relationships are one read instead.
    const relationship = relationshipOf(
      cold.length > MANY_COLD
        ? await relationshipsToday(journal, ctx.today)
        : await historiesOf(db, ctx.today, { ids: cold.map((c) => c.person.id), explained: false }),
      ctx.today,
    );
    const coldWithDepth = cold.map((c) => {
      const { score, tier } = relationship(c.person.id).depth;
      return { ...c, depth: { score, tier } };
    });

    const report: DueView = {
      date: ctx.today,
      withinDays,
      all: Boolean(flags.all),
      ...sortFollowUps(ctx.today, followUps),
      birthdays: upcomingBirthdays(ctx.today, withinDays, birthdays),
      cold: strongTiesFirst(coldWithDepth, (id) => relationship(id).depth.tier),
      openAsks: waitingAsks(ctx.today, asks),
      proposedIntros: waitingIntros(ctx.today, intros),
    };
    if (ctx.json) return printJson(dueJson(report));
    if (isEmpty(report)) {
      print(`Nothing due in the next ${withinDays} days, and no one is going cold.`);
      say(
        "Next: after a conversation, `net log NAME --follow-up 2w`; to be told when someone goes cold, `net edit NAME --cadence monthly`.",
      );
      return;
    }
    print(renderDue(report));
    const first = [...report.overdue, ...report.dueToday][0];
    if (first) say(`\nClose one with \`net done ${refOf("f", first.id)}\`, or move it with \`net snooze ${refOf("f", first.id)} monday\`.`);
    const intro = report.intros.find((f) => f.introId !== null)?.introId;
    if (intro) say(`Record how an introduction went with \`net intros outcome ${refOf("i", intro)} met\` (or fizzled).`);
    if (report.cold.length > 0) say("Going cold: get in touch, then `net log NAME`.");
    const ask = report.openAsks[0];
    if (ask) say(`An ask still open: nudge them, or close it with \`net asks close ${refOf("a", ask.id)} --granted\` (or --declined).`);
    const proposed = report.proposedIntros[0];
    if (proposed) say(`Make a proposed introduction with \`net intros made ${refOf("i", proposed.id)}\` once you have written to both.`);
  });
}
