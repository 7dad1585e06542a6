import ICAL from "ical.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { net as runNet, tempJournal } from "../support/net.js";
import { ICALENDAR, readWith, skippedWithout } from "../support/python-readers.js";

// A calendar that subscribed to (or keeps re-importing) net's .ics file stays in step with the journal: each entry keeps
// its UID, a change raises its SEQUENCE and moves its LAST-MODIFIED, a follow-up done or deleted comes back once more as
// CANCELLED (a to-do as COMPLETED) for 60 days, and an unchanged journal gives the same bytes.

let t: ReturnType<typeof tempJournal>;
beforeEach(() => {
  t = tempJournal();
});
afterEach(() => t.cleanup());

const on = (today: string) => (args: readonly string[]) => runNet(args, { db: t.db, today });

interface Entry {
  kind: string;
  uid: string;
  status: string;
  sequence: number;
  lastModified: string;
  dtstamp: string;
  start: string | null;
  due: string | null;
  completed: string | null;
  summary: string;
}

/** Each entry of an .ics text as ical.js reads it. */
function entries(text: string): Entry[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents().map((c) => ({
    kind: c.name,
    uid: String(c.getFirstPropertyValue("uid")),
    status: String(c.getFirstPropertyValue("status")),
    sequence: Number(c.getFirstPropertyValue("sequence")),
    lastModified: String(c.getFirstPropertyValue("last-modified")),
    dtstamp: String(c.getFirstPropertyValue("dtstamp")),
    start: c.getFirstPropertyValue("dtstart")?.toString() ?? null,
    due: c.getFirstPropertyValue("due")?.toString() ?? null,
    completed: c.getFirstPropertyValue("completed")?.toString() ?? null,
    summary: String(c.getFirstPropertyValue("summary")),
  }));
}

function exportIcs(today: string, ...flags: string[]): { text: string; stderr: string } {
  const r = on(today)(["export", "ics", ...flags]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return { text: r.stdout, stderr: r.stderr };
}

/** Ana with two follow-ups (f1 Friday, f2 in two weeks) and a birthday, on 2026-11-22. */
function seed(): void {
  const day = on("2026-11-22");
  expect(day(["add", "Ana Souza", "--birthday", "1985-03-15"]).code).toBe(0);
  expect(day(["follow-up", "ana", "2026-11-27", "send the deck"]).code).toBe(0);
  expect(day(["follow-up", "ana", "2026-12-06", "ask about Lisbon"]).code).toBe(0);
}

const byUid = (list: Entry[]) => Object.fromEntries(list.map((e) => [e.uid, e]));

describe("net export ics keeps a calendar in step", () => {
  it("a first export is sequence 0, confirmed, stamped with the day; the same journal gives the same bytes later", () => {
    seed();
    const first = exportIcs("2026-11-22").text;
    expect(entries(first).map((e) => [e.uid, e.status, e.sequence, e.lastModified, e.dtstamp])).toEqual([
      ["followup-1@net-journal", "CONFIRMED", 0, "2026-11-22T00:00:00Z", "2026-11-22T00:00:00Z"],
      ["followup-2@net-journal", "CONFIRMED", 0, "2026-11-22T00:00:00Z", "2026-11-22T00:00:00Z"],
      ["birthday-1@net-journal", "CONFIRMED", 0, "2026-11-22T00:00:00Z", "2026-11-22T00:00:00Z"],
    ]);
    // Days later, nothing changed: not one byte either.
    expect(exportIcs("2026-11-25").text).toBe(first);
  });

  it("a done follow-up comes back cancelled with its sequence raised and the day it was seen; the others stay as they were", () => {
    seed();
    exportIcs("2026-11-22");
    expect(on("2026-11-24")(["done", "f1"]).code).toBe(0);
    const r = on("2026-11-25")(["export", "ics", "--out", join(t.dir, "net.ics")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Wrote 1 follow-up, 1 birthday and 1 cancelled to ${join(t.dir, "net.ics")}.\n`);
    const after = byUid(entries(readFileSync(join(t.dir, "net.ics"), "utf8")));
    expect(after["followup-1@net-journal"]).toMatchObject({
      status: "CANCELLED",
      sequence: 1,
      lastModified: "2026-11-25T00:00:00Z",
      dtstamp: "2026-11-25T00:00:00Z",
      start: "2026-11-27",
    });
    expect(after["followup-2@net-journal"]).toMatchObject({ status: "CONFIRMED", sequence: 0, lastModified: "2026-11-22T00:00:00Z" });
    // Written cancelled again, unchanged, while it is kept: the calendar that missed one export still hears of it.
    const later = exportIcs("2027-01-20").text;
    expect(byUid(entries(later))["followup-1@net-journal"]).toMatchObject({ status: "CANCELLED", sequence: 1 });
    // 60 days after it was cancelled it is no longer written.
    expect(Object.keys(byUid(entries(exportIcs("2027-01-24").text)))).toEqual(["followup-2@net-journal", "birthday-1@net-journal"]);
  });

  it("a snoozed follow-up moves with a raised sequence; undoing a done reopens it, confirmed, sequence raised again", () => {
    seed();
    exportIcs("2026-11-22");
    expect(on("2026-11-23")(["snooze", "f2", "2026-12-10"]).code).toBe(0);
    const moved = byUid(entries(exportIcs("2026-11-23").text))["followup-2@net-journal"];
    expect(moved).toMatchObject({ start: "2026-12-10", sequence: 1, status: "CONFIRMED", lastModified: "2026-11-23T00:00:00Z" });

    expect(on("2026-11-24")(["done", "f2"]).code).toBe(0);
    expect(byUid(entries(exportIcs("2026-11-24").text))["followup-2@net-journal"]).toMatchObject({ status: "CANCELLED", sequence: 2 });
    expect(on("2026-11-24")(["undo"]).code).toBe(0);
    expect(byUid(entries(exportIcs("2026-11-26").text))["followup-2@net-journal"]).toMatchObject({
      status: "CONFIRMED",
      sequence: 3,
      lastModified: "2026-11-26T00:00:00Z",
    });
  });

  it("a deleted follow-up and a person deleted with theirs are cancelled too", () => {
    seed();
    expect(on("2026-11-22")(["add", "Bo Lind", "--birthday", "--07-01"]).code).toBe(0);
    expect(on("2026-11-22")(["follow-up", "bo", "2026-11-30", "coffee"]).code).toBe(0);
    exportIcs("2026-11-22");
    expect(on("2026-11-23")(["rm", "f1"]).code).toBe(0);
    expect(on("2026-11-23")(["rm", "bo", "--yes"]).code).toBe(0);
    const after = entries(exportIcs("2026-11-23").text);
    expect(after.map((e) => [e.uid, e.status, e.sequence])).toEqual([
      ["followup-2@net-journal", "CONFIRMED", 0],
      ["birthday-1@net-journal", "CONFIRMED", 0],
      ["birthday-2@net-journal", "CANCELLED", 1],
      ["followup-1@net-journal", "CANCELLED", 1],
      ["followup-3@net-journal", "CANCELLED", 1],
    ]);
  });

  it("--todos writes follow-ups as to-dos: open ones NEEDS-ACTION, done ones COMPLETED on their day, for 60 days", () => {
    seed();
    expect(on("2026-11-24")(["done", "f1"]).code).toBe(0);
    const todos = entries(exportIcs("2026-11-25", "--todos").text);
    expect(todos.map((e) => [e.kind, e.uid, e.status, e.due, e.completed, e.sequence])).toEqual([
      ["vtodo", "todo-1@net-journal", "COMPLETED", "2026-11-27", "2026-11-24T00:00:00Z", 0],
      ["vtodo", "todo-2@net-journal", "NEEDS-ACTION", "2026-12-06", null, 0],
      ["vevent", "birthday-1@net-journal", "CONFIRMED", null, null, 0],
    ]);
    expect(todos[2]!.start).toBe("1985-03-15");
    // Completing a to-do that was open raises its sequence.
    expect(on("2026-11-26")(["done", "f2"]).code).toBe(0);
    const done = byUid(entries(exportIcs("2026-11-26", "--todos").text))["todo-2@net-journal"];
    expect(done).toMatchObject({ status: "COMPLETED", sequence: 1, completed: "2026-11-26T00:00:00Z" });
    // Done more than 60 days ago (f1, on 24 November, by 24 January): no longer offered; f2, done two days later, still is.
    expect(Object.keys(byUid(entries(exportIcs("2027-01-24", "--todos").text)))).toEqual(["todo-2@net-journal", "birthday-1@net-journal"]);
  });

  it("events and to-dos are separate calendars: exporting one never cancels or repeats the other", () => {
    seed();
    const events = exportIcs("2026-11-22").text;
    const todos = exportIcs("2026-11-22", "--todos").text;
    expect(entries(todos).every((e) => e.uid.startsWith("todo-") || e.uid.startsWith("birthday-"))).toBe(true);
    expect(entries(todos).every((e) => e.status !== "CANCELLED")).toBe(true);
    expect(exportIcs("2026-11-23").text).toBe(events);
    expect(exportIcs("2026-11-23", "--todos").text).toBe(todos);
  });

  it("--todos is only for ics: exit 2, nothing written", () => {
    seed();
    const r = on("2026-11-22")(["export", "csv", "--todos"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--todos'/);
    expect(r.stdout).toBe("");
  });

  it.skipIf(!ICALENDAR)(`python-icalendar reads the statuses, sequences and days${skippedWithout("icalendar")}`, () => {
    seed();
    exportIcs("2026-11-22");
    expect(on("2026-11-24")(["done", "f1"]).code).toBe(0);
    const file = join(t.dir, "net.ics");
    expect(on("2026-11-25")(["export", "ics", "--out", file]).code).toBe(0);
    const events = readWith("read-ics.py", file);
    expect(events.map((e: any) => [e.kind, e.uid, e.status, e.sequence, e.start, e.lastModified, e.rrule])).toEqual([
      ["VEVENT", "followup-2@net-journal", "CONFIRMED", 0, "2026-12-06", "2026-11-22T00:00:00+00:00", null],
      ["VEVENT", "birthday-1@net-journal", "CONFIRMED", 0, "1985-03-15", "2026-11-22T00:00:00+00:00", "FREQ=YEARLY"],
      ["VEVENT", "followup-1@net-journal", "CANCELLED", 1, "2026-11-27", "2026-11-25T00:00:00+00:00", null],
    ]);
    const todoFile = join(t.dir, "todos.ics");
    expect(on("2026-11-25")(["export", "ics", "--todos", "--out", todoFile]).code).toBe(0);
    const todos = readWith("read-ics.py", todoFile);
    expect(todos.slice(0, 2).map((e: any) => [e.kind, e.status, e.due, e.completed])).toEqual([
      ["VTODO", "COMPLETED", "2026-11-27", "2026-11-24T00:00:00+00:00"],
      ["VTODO", "NEEDS-ACTION", "2026-12-06", null],
    ]);
  });
});
