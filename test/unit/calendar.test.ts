import { describe, expect, it } from "vitest";
import {
  type CalendarEntry,
  type CalendarFollowUp,
  calendarEntries,
  followUpTitle,
  KEPT_DAYS,
  publish,
} from "../../src/domain/calendar.js";
import { addDays } from "../../src/domain/dates.js";

const followUp = (over: Partial<CalendarFollowUp> = {}): CalendarFollowUp => ({
  id: 1,
  due: "2026-11-27",
  note: "send the deck",
  person: "Ana Souza",
  intro: null,
  doneOn: null,
  ...over,
});

const event = (over: Partial<CalendarEntry> = {}): CalendarEntry => ({
  uid: "followup-1@net-journal",
  kind: "event",
  startsOn: "2026-11-27",
  summary: "Follow up with Ana Souza: send the deck",
  description: "net done f1 when it is done",
  rrule: null,
  status: "open",
  completedOn: null,
  ...over,
});

describe("followUpTitle", () => {
  it("puts a short note in the summary and nothing of it in the description", () => {
    expect(followUpTitle("Ana", "send the deck")).toEqual({ summary: "Follow up with Ana: send the deck", rest: null });
    expect(followUpTitle("Ana", null)).toEqual({ summary: "Follow up with Ana", rest: null });
    expect(followUpTitle("Ana", "  \n ")).toEqual({ summary: "Follow up with Ana", rest: null });
  });

  it("puts the first line in the summary and the others in the description; CR and CRLF are line breaks", () => {
    expect(followUpTitle("Ana", "deck\r\nand the budget\rthen lunch")).toEqual({
      summary: "Follow up with Ana: deck",
      rest: "and the budget\nthen lunch",
    });
  });

  it("cuts a long first line at a word, with … at both ends of the cut", () => {
    const note = "send her the deck with a very long explanation that will need folding in the calendar file";
    const { summary, rest } = followUpTitle("Ana", note);
    expect(summary).toBe("Follow up with Ana: send her the deck with a very long explanation that will…");
    expect(rest).toBe("…need folding in the calendar file");
    // Nothing lost, nothing said twice.
    expect(`${summary.slice("Follow up with Ana: ".length, -1)} ${rest!.slice(1)}`).toBe(note);
  });

  it("cuts a long word where it must, counting characters, not UTF-16 units", () => {
    const note = "😀".repeat(70);
    const { summary, rest } = followUpTitle("Ana", note);
    expect([...summary.slice("Follow up with Ana: ".length, -1)]).toHaveLength(60);
    expect([...rest!.slice(1)]).toHaveLength(10);
  });
});

describe("calendarEntries", () => {
  it("gives follow-ups as events with their reference, intro check-ins with both names, done ones only as to-dos", () => {
    const list = [
      followUp(),
      followUp({ id: 2, note: "How did the introduction of Ana Souza and Bo Lind go?", intro: { id: 7, a: "Ana Souza", b: "Bo Lind" } }),
      followUp({ id: 4, note: "ask Bo about the\r\nfunding round", intro: { id: 8, a: "Ana Souza", b: "Bo Lind" } }),
      followUp({ id: 3, doneOn: "2026-11-20" }),
    ];
    expect(calendarEntries(list, [], { todos: false })).toEqual([
      event(),
      event({
        uid: "followup-2@net-journal",
        summary: "Check in on the intro: Ana Souza and Bo Lind",
        description: "net intros outcome i7 met (or fizzled) when you know how it went",
      }),
      event({
        uid: "followup-4@net-journal",
        summary: "Check in on the intro: Ana Souza and Bo Lind",
        description: "ask Bo about the\nfunding round\nnet intros outcome i8 met (or fizzled) when you know how it went",
      }),
    ]);
    const todos = calendarEntries(list, [], { todos: true });
    expect(todos.map((e) => [e.uid, e.kind, e.status, e.completedOn])).toEqual([
      ["todo-1@net-journal", "todo", "open", null],
      ["todo-2@net-journal", "todo", "open", null],
      ["todo-4@net-journal", "todo", "open", null],
      ["todo-3@net-journal", "todo", "completed", "2026-11-20"],
    ]);
  });

  it("gives birthdays from the birth date, a leap year's when the year is not known, and 29 February on the 28th otherwise", () => {
    const birthdays = calendarEntries(
      [],
      [
        { personId: 1, name: "Ana", birthday: "1985-03-15" },
        { personId: 2, name: "Bo", birthday: "--07-01" },
        { personId: 3, name: "Cy", birthday: "--02-29" },
      ],
      { todos: false },
    );
    expect(birthdays.map((e) => [e.uid, e.startsOn, e.rrule, e.summary])).toEqual([
      ["birthday-1@net-journal", "1985-03-15", "FREQ=YEARLY", "Ana's birthday"],
      ["birthday-2@net-journal", "2000-07-01", "FREQ=YEARLY", "Bo's birthday"],
      ["birthday-3@net-journal", "2000-02-29", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1", "Cy's birthday"],
    ]);
  });
});

describe("publish", () => {
  it("starts every entry at sequence 0, modified today", () => {
    const { entries, changed } = publish([event()], [], "2026-11-22");
    expect(entries).toEqual([{ ...event(), sequence: 0, modifiedOn: "2026-11-22", endedOn: null }]);
    expect(changed).toEqual(entries);
  });

  it("keeps an unchanged entry exactly as it was written, and remembers nothing new", () => {
    const first = publish([event()], [], "2026-11-22").entries;
    expect(publish([event()], first, "2026-12-01")).toEqual({ entries: first, changed: [] });
  });

  it("raises the sequence of an entry whose day, text or status changed, and stamps it today", () => {
    const first = publish([event()], [], "2026-11-22").entries;
    for (const change of [{ startsOn: "2026-12-01" }, { summary: "Follow up with Ana" }, { description: null }]) {
      const { entries, changed } = publish([event(change)], first, "2026-11-25");
      expect(entries).toEqual([{ ...event(change), sequence: 1, modifiedOn: "2026-11-25", endedOn: null }]);
      expect(changed).toEqual(entries);
    }
  });

  it("cancels an entry that is gone, once, keeps it cancelled for KEPT_DAYS, then leaves it out", () => {
    const first = publish([event()], [], "2026-11-22").entries;
    const gone = publish([], first, "2026-11-25");
    const cancelled = { ...first[0]!, status: "cancelled", sequence: 1, modifiedOn: "2026-11-25", endedOn: "2026-11-25" };
    expect(gone).toEqual({ entries: [cancelled], changed: [cancelled] });
    expect(publish([], gone.entries, addDays("2026-11-25", KEPT_DAYS - 1))).toEqual({ entries: [cancelled], changed: [] });
    expect(publish([], gone.entries, addDays("2026-11-25", KEPT_DAYS))).toEqual({ entries: [], changed: [] });
  });

  it("reopens a cancelled entry that comes back, with its sequence raised", () => {
    const first = publish([event()], [], "2026-11-22").entries;
    const cancelled = publish([], first, "2026-11-25").entries;
    expect(publish([event()], cancelled, "2026-11-26").entries).toEqual([
      { ...event(), sequence: 2, modifiedOn: "2026-11-26", endedOn: null },
    ]);
  });

  it("ends a completed to-do on the day it was done and shows it for KEPT_DAYS from then", () => {
    const todo = event({ uid: "todo-1@net-journal", kind: "todo", status: "completed", completedOn: "2026-11-20" });
    const { entries } = publish([todo], [], "2026-11-22");
    expect(entries).toEqual([{ ...todo, sequence: 0, modifiedOn: "2026-11-22", endedOn: "2026-11-20" }]);
    expect(publish([todo], entries, addDays("2026-11-20", KEPT_DAYS)).entries).toEqual([]);
    // No longer offered by the journal either: left as it was, not cancelled.
    expect(publish([], entries, addDays("2026-11-20", KEPT_DAYS))).toEqual({ entries: [], changed: [] });
  });

  it("lists the journal's entries in their order, then those cancelled, by UID", () => {
    const a = event({ uid: "followup-9@net-journal" });
    const b = event({ uid: "birthday-1@net-journal", rrule: "FREQ=YEARLY" });
    const c = event({ uid: "followup-2@net-journal" });
    const d = event({ uid: "followup-10@net-journal" });
    const first = publish([a, b, c, d], [], "2026-11-22").entries;
    expect(publish([b, a], first, "2026-11-23").entries.map((e) => [e.uid, e.status])).toEqual([
      ["birthday-1@net-journal", "open"],
      ["followup-9@net-journal", "open"],
      ["followup-10@net-journal", "cancelled"],
      ["followup-2@net-journal", "cancelled"],
    ]);
  });
});
