import { refOf } from "../domain/refs.js";
import type { FollowUp } from "../db/follow-ups.js";
import { colour } from "./colour.js";
import { columns } from "./table.js";
import { visible, visibleLines } from "./visible.js";

// How follow-ups are shown: the JSON shape follow-up, done and snooze share, and a table with ids to close them by.

export function followUpJson(f: FollowUp) {
  return {
    id: f.id,
    ref: refOf("f", f.id),
    person: { id: f.person.id, name: f.person.name },
    due: f.due,
    note: f.note,
    done: f.doneOn !== null,
    doneOn: f.doneOn,
  };
}

/** "Fri 27 Nov", with the year when it is not this year's. */
export function dayLabel(date: string, today: string): string {
  // From the digits in UTC, not a date library: due labels hundreds of rows, and a calendar day has no time zone.
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(d.getTime())) return "Invalid Date";
  const label = `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return date.slice(0, 4) === today.slice(0, 4) ? label : `${label} ${date.slice(0, 4)}`;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function noteText(note: string | null): string {
  return note === null ? colour().dim("(no note)") : visibleLines(note);
}

/** One line per follow-up: id, who, when, what. */
export function followUpTable(followUps: readonly FollowUp[], today: string): string {
  const c = colour();
  // Padded, not cli-table3: log prints this after every conversation.
  return columns([
    ["id", "who", "due", "note"].map((h) => c.dim(h)),
    ...followUps.map((f) => [c.cyan(refOf("f", f.id)), visible(f.person.name), dayLabel(f.due, today), noteText(f.note)]),
  ]);
}

/** Text set in by two spaces, under a section heading. */
export function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
