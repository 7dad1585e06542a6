import ical, { ICalEventRepeatingFreq } from "ical-generator";
import { refOf } from "../domain/refs.js";

// The calendar export: open follow-ups, intro check-ins and birthdays as all-day events with stable UIDs,
// so that a calendar re-importing the file updates its events instead of duplicating them.

export interface CalendarFollowUp {
  readonly id: number;
  readonly due: string;
  readonly note: string | null;
  readonly person: string;
  /** Both people when this is an introduction's check-in. */
  readonly intro: readonly [string, string] | null;
}

export interface CalendarBirthday {
  readonly personId: number;
  readonly name: string;
  /** YYYY-MM-DD or --MM-DD. */
  readonly birthday: string;
}

export const UID_DOMAIN = "net-journal";

export function calendar(followUps: readonly CalendarFollowUp[], birthdays: readonly CalendarBirthday[], today: string): string {
  const cal = ical({ prodId: { company: "net-journal", product: "net", language: "EN" }, name: "net follow-ups" });
  // DTSTAMP from today, not the clock: the same journal exported the same day gives the same file.
  const stamp = utcDay(today);
  for (const f of followUps) {
    const summary = f.intro
      ? `Check in on the intro: ${f.intro[0]} and ${f.intro[1]}`
      : `Follow up with ${f.person}${f.note ? `: ${f.note}` : ""}`;
    cal.createEvent({
      id: `followup-${f.id}@${UID_DOMAIN}`,
      start: utcDay(f.due),
      allDay: true,
      stamp,
      summary,
      description: [f.note, `net done ${refOf("f", f.id)} when it is done`].filter(Boolean).join("\n"),
    });
  }
  const year = Number(today.slice(0, 4));
  for (const b of birthdays) {
    const monthDay = b.birthday.slice(-5);
    // Feb 29 exists only in leap years; a yearly event starting on one would skip three years in four.
    const start = monthDay === "02-29" ? `${year}-02-28` : `${year}-${monthDay}`;
    cal.createEvent({
      id: `birthday-${b.personId}@${UID_DOMAIN}`,
      start: utcDay(start),
      allDay: true,
      stamp,
      summary: `${b.name}'s birthday`,
      repeating: { freq: ICalEventRepeatingFreq.YEARLY },
    });
  }
  return `${cal.toString()}\r\n`;
}

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
