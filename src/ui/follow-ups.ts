import dayjs from "dayjs";
import type { FollowUp } from "../db/follow-ups.js";
import { colour } from "./colour.js";
import { table } from "./table.js";

// How follow-ups are shown: the JSON shape follow-up, done and snooze share, and a table with ids to close them by.

export function followUpJson(f: FollowUp) {
  return { id: f.id, person: { id: f.person.id, name: f.person.name }, due: f.due, note: f.note, done: f.doneOn !== null, doneOn: f.doneOn };
}

/** "Fri 27 Nov", with the year when it is not this year's. */
export function dayLabel(date: string, today: string): string {
  const d = dayjs(date);
  return d.format(date.slice(0, 4) === today.slice(0, 4) ? "ddd D MMM" : "ddd D MMM YYYY");
}

export function noteText(note: string | null): string {
  return note ?? colour().dim("(no note)");
}

/** One line per follow-up: id, who, when, what. */
export function followUpTable(followUps: readonly FollowUp[], today: string): string {
  const c = colour();
  return table(
    ["id", "who", "due", "note"].map((h) => c.dim(h)),
    followUps.map((f) => [c.cyan(`#${f.id}`), f.person.name, dayLabel(f.due, today), noteText(f.note)]),
  );
}

/** Text set in by two spaces, under a section heading. */
export function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
