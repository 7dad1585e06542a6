import ICAL from "ical.js";
import type { PublishedEntry } from "../domain/calendar.js";

// The calendar file: each entry an all-day event (VEVENT) or a to-do (VTODO) with its UID, SEQUENCE, DTSTAMP and
// LAST-MODIFIED as the journal remembers them (domain/calendar.ts), so the same journal gives the same bytes and a
// calendar re-importing the file updates, cancels or completes its entries instead of duplicating them. ical.js writes
// the text: escaped as RFC 5545 says, folded at 75 octets without splitting a character, lines ended by CRLF.

export function calendar(entries: readonly PublishedEntry[]): string {
  // ical.js folds after this many octets and then starts the next line with a space: 74 keeps every line within the
  // 75 octets RFC 5545 allows.
  ICAL.foldLength = 74;
  const cal = new ICAL.Component(["vcalendar", [], []]);
  cal.addPropertyWithValue("version", "2.0");
  cal.addPropertyWithValue("prodid", "-//net-journal//net//EN");
  cal.addPropertyWithValue("calscale", "GREGORIAN");
  cal.addPropertyWithValue("x-wr-calname", "net follow-ups");
  for (const entry of entries) cal.addSubcomponent(component(entry));
  return `${cal.toString()}\r\n`;
}

function component(e: PublishedEntry): ICAL.Component {
  const c = new ICAL.Component(e.kind === "todo" ? "vtodo" : "vevent");
  c.addPropertyWithValue("uid", e.uid);
  // The day it last changed, not the clock: an unchanged journal gives the same file.
  c.addPropertyWithValue("dtstamp", moment(e.modifiedOn));
  c.addPropertyWithValue("last-modified", moment(e.modifiedOn));
  c.addPropertyWithValue("sequence", e.sequence);
  if (e.kind === "todo") {
    c.addPropertyWithValue("due", ICAL.Time.fromDateString(e.startsOn));
    c.addPropertyWithValue("status", { open: "NEEDS-ACTION", completed: "COMPLETED", cancelled: "CANCELLED" }[e.status]);
    if (e.completedOn !== null) {
      c.addPropertyWithValue("completed", moment(e.completedOn));
      c.addPropertyWithValue("percent-complete", 100);
    }
  } else {
    c.addPropertyWithValue("dtstart", ICAL.Time.fromDateString(e.startsOn));
    if (e.rrule !== null) c.addPropertyWithValue("rrule", ICAL.Recur.fromString(e.rrule));
    c.addPropertyWithValue("status", e.status === "cancelled" ? "CANCELLED" : "CONFIRMED");
    // A reminder, not a meeting: it does not make the user busy.
    c.addPropertyWithValue("transp", "TRANSPARENT");
  }
  c.addPropertyWithValue("summary", e.summary);
  if (e.description !== null) c.addPropertyWithValue("description", e.description);
  return c;
}

function moment(day: string): ICAL.Time {
  return ICAL.Time.fromDateTimeString(`${day}T00:00:00Z`);
}
