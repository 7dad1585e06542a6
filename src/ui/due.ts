import { currentWidth } from "./width.js";
import { refOf } from "../domain/refs.js";
import type { Tier } from "../domain/depth.js";
import { plural } from "../domain/plural.js";
import type { Birthday, Cold, DueCounts, DueFollowUp, DueReport } from "../domain/due.js";
import { colour } from "./colour.js";
import { dayLabel, indent, noteText } from "./follow-ups.js";
import { cadenceText } from "./person.js";
import { columns } from "./table.js";
import { visible } from "./visible.js";
import { lateText } from "./when.js";

// The morning report: each section a short table, ids first so `net done ID` is one glance away.

export interface ColdWithDepth extends Cold {
  readonly depth: { readonly score: number; readonly tier: Tier };
}

export interface DueView extends Omit<DueReport, "cold"> {
  readonly withinDays: number;
  readonly cold: readonly ColdWithDepth[];
  /** --all: every item, not the first SCREENFUL of each section. */
  readonly all?: boolean;
}

/** Items a section shows before a line with the count of the rest. */
export const SCREENFUL = 20;

export function dueJson(report: DueView) {
  const followUp = (f: DueFollowUp) => ({
    id: f.id,
    ref: refOf("f", f.id),
    person: { id: f.person.id, name: f.person.name },
    due: f.due,
    note: f.note,
    daysLate: f.daysLate,
    introId: f.introId,
  });
  return {
    date: report.date,
    within: report.withinDays,
    overdue: report.overdue.map(followUp),
    dueToday: report.dueToday.map(followUp),
    upcoming: report.upcoming.map(followUp),
    intros: report.intros.map(followUp),
    birthdays: report.birthdays.map((b) => ({
      person: { id: b.person.id, name: b.person.name },
      birthday: b.birthday,
      date: b.date,
      inDays: b.inDays,
      turns: b.turns,
    })),
    cold: report.cold.map((c) => ({
      person: { id: c.person.id, name: c.person.name },
      lastContact: c.lastContact,
      since: c.since,
      reason: c.reason,
      cadenceDays: c.cadenceDays,
      usualGapDays: c.usualGapDays,
      daysOver: c.daysOver,
      depth: { score: c.depth.score, tier: c.depth.tier },
    })),
    openAsks: report.openAsks.map((a) => ({
      id: a.id,
      ref: refOf("a", a.id),
      person: { id: a.person.id, name: a.person.name },
      what: a.what,
      date: a.on,
      daysOpen: a.daysOpen,
    })),
    proposedIntros: report.proposedIntros.map((i) => ({
      id: i.id,
      ref: refOf("i", i.id),
      a: { id: i.a.id, name: i.a.name },
      b: { id: i.b.id, name: i.b.name },
      why: i.why,
      proposedOn: i.proposedOn,
      daysWaiting: i.daysWaiting,
    })),
  };
}

export function renderDue(report: DueView): string {
  const c = colour();
  const sections: string[] = [];
  // Each list is already most urgent first: past a screenful, the rest is counted and --all named.
  const first = <T>(list: readonly T[]): readonly T[] => (report.all ? list : list.slice(0, SCREENFUL));
  const more = (list: readonly unknown[], what: string) =>
    report.all || list.length <= SCREENFUL ? "" : `\n${c.dim(`… and ${list.length - SCREENFUL} more ${what} (net due --all)`)}`;
  const section = (title: string, body: string) => sections.push(`${title}\n${indent(body)}`);
  // Each section is set in by two spaces (indent): its columns fit in what is left of the line.
  const aligned = (rows: readonly (readonly string[])[]) => columns(rows, undefined, currentWidth() - 2);
  const rows = (list: readonly DueFollowUp[], when: (f: DueFollowUp) => string, what: string) =>
    aligned(first(list).map((f) => [c.cyan(refOf("f", f.id)), visible(f.person.name), when(f), noteText(f.note)])) + more(list, what);

  if (report.overdue.length)
    section(
      c.red.bold("Overdue"),
      rows(report.overdue, (f) => c.red(lateText(f.daysLate)), "overdue"),
    );
  if (report.dueToday.length)
    section(
      c.yellow.bold("Today"),
      rows(report.dueToday, () => c.yellow("today"), "due today"),
    );
  if (report.upcoming.length)
    section(
      c.bold(`Upcoming (next ${plural(report.withinDays, "day")})`),
      rows(report.upcoming, (f) => dayLabel(f.due, report.date), "upcoming"),
    );
  if (report.intros.length) {
    // The intro's own id, since that is what `net intros outcome` takes; the note already names both people.
    section(
      c.magenta.bold("Introductions to check on"),
      aligned(
        first(report.intros).map((f) => [
          c.magenta(f.introId === null ? refOf("f", f.id) : `intro ${refOf("i", f.introId)}`),
          introWhen(f, report.date),
          noteText(f.note),
        ]),
      ) + more(report.intros, "introductions"),
    );
  }
  if (report.birthdays.length)
    section(
      c.bold("Birthdays"),
      aligned(first(report.birthdays).map((b) => birthdayRow(b, report.date))) + more(report.birthdays, "birthdays"),
    );
  if (report.cold.length) {
    section(
      c.blue.bold("Going cold"),
      aligned(
        first(report.cold).map((p) => [
          visible(p.person.name),
          p.depth.tier,
          p.reason === "cadence" ? cadenceText(p.cadenceDays) : `usually every ${plural(Math.round(p.usualGapDays!), "day")}`,
          p.lastContact ? `last contact ${dayLabel(p.lastContact, report.date)}` : `no contact since ${dayLabel(p.since, report.date)}`,
          c.blue(`${plural(p.daysOver, "day")} over`),
        ]),
      ) + more(report.cold, "going cold"),
    );
  }
  if (report.openAsks.length)
    section(
      c.yellow.bold("Asks still open"),
      aligned(
        first(report.openAsks).map((a) => [
          c.cyan(refOf("a", a.id)),
          visible(a.person.name),
          noteText(a.what),
          c.yellow(`open ${plural(a.daysOpen, "day")}`),
        ]),
      ) + more(report.openAsks, "open asks"),
    );
  if (report.proposedIntros.length)
    section(
      c.magenta.bold("Introductions proposed, not made"),
      aligned(
        first(report.proposedIntros).map((i) => [
          c.magenta(refOf("i", i.id)),
          `${visible(i.a.name)} and ${visible(i.b.name)}`,
          noteText(i.why),
          c.magenta(`proposed ${plural(i.daysWaiting, "day")} ago`),
        ]),
      ) + more(report.proposedIntros, "proposed introductions"),
    );
  return sections.join("\n\n");
}

function introWhen(f: DueFollowUp, today: string): string {
  if (f.daysLate > 0) return colour().red(lateText(f.daysLate));
  return f.due === today ? colour().yellow("today") : dayLabel(f.due, today);
}

function birthdayRow(b: Birthday, today: string): string[] {
  const when = b.inDays === 0 ? colour().yellow("today") : b.inDays === 1 ? "tomorrow" : dayLabel(b.date, today);
  return [visible(b.person.name), when, b.turns === null ? "" : `turns ${b.turns}`];
}

/** One line for a shell prompt or a status bar (2 overdue · 1 today · 3 going cold); empty when nothing is due. */
export function renderDueBrief(counts: DueCounts): string {
  const c = colour();
  return [
    counts.overdue > 0 ? c.red(`${counts.overdue} overdue`) : "",
    counts.today > 0 ? c.yellow(`${counts.today} today`) : "",
    counts.cold > 0 ? c.blue(`${counts.cold} going cold`) : "",
  ]
    .filter(Boolean)
    .join(" · ");
}
