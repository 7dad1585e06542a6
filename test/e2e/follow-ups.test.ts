import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { session, tempJournal } from "../support/net.js";
import { rowCounts } from "../support/rows.js";

// 2026-11-22 is a Sunday.
let journal: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;

beforeEach(() => {
  journal = tempJournal();
  net = session(journal.db, "2026-11-22");
  for (const name of ["Ana Souza", "Ben Ng"]) expect(net(["add", name]).code).toBe(0);
});
afterEach(() => journal.cleanup());

function openIds(): number[] {
  const due = net(["due", "--within", "1y", "--json"]).json();
  return [...due.dueToday, ...due.upcoming].map((f: any) => f.id).sort();
}

describe("net follow-up (alias remind)", () => {
  test("sets a follow-up counted from today, with the rest of the words as its note", () => {
    const r = net(["follow-up", "ana", "2w", "send", "her", "the", "deck", "--json"]);
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({
      id: 1,
      ref: "f1",
      person: { id: 1, name: "Ana Souza" },
      due: "2026-12-06",
      note: "send her the deck",
      done: false,
      doneOn: null,
    });
    const alias = net(["remind", "ben", "friday"]);
    expect(alias.code).toBe(0);
    expect(alias.stdout).toContain("Follow-up f2 with Ben Ng on Fri 27 Nov.");
    expect(alias.stderr).toContain("net done f2");
  });

  test.each([
    [["follow-up", "ana", "yesterday", "too late"], /"yesterday" is 2026-11-21, in the past/],
    [["follow-up", "ana", "send", "the", "deck"], /"send" is not a date/],
    [["follow-up", "ana", "2026-02-30"], /"2026-02-30" is not a date/],
    [["remind", "zed", "2w"], /no one called "zed"/],
  ])("refuses %j with exit 2, writing nothing", (args, message) => {
    const before = rowCounts(journal.db);
    const r = net(args);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(message);
    expect(rowCounts(journal.db)).toEqual(before);
  });
});

describe("net done and net snooze", () => {
  beforeEach(() => {
    for (const args of [
      ["ana", "today", "a"],
      ["ben", "tomorrow", "b"],
      ["ana", "friday", "c"],
    ])
      expect(net(["follow-up", ...args]).code).toBe(0);
  });

  test("done closes several follow-ups at once and reports them", () => {
    const r = net(["done", "1", "#3", "--json"]);
    expect(r.code).toBe(0);
    expect(r.json()).toEqual([
      { id: 1, ref: "f1", person: { id: 1, name: "Ana Souza" }, due: "2026-11-22", note: "a", done: true, doneOn: "2026-11-22" },
      { id: 3, ref: "f3", person: { id: 1, name: "Ana Souza" }, due: "2026-11-27", note: "c", done: true, doneOn: "2026-11-22" },
    ]);
    expect(openIds()).toEqual([2]);
    expect(net(["done", "2"]).stdout).toContain("Done: f2 Ben Ng — b");
  });

  test("an unknown id among good ones closes nothing", () => {
    const r = net(["done", "1", "99"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no follow-up f99; nothing was marked done");
    expect(openIds()).toEqual([1, 2, 3]);
  });

  test("done twice is refused, and nothing else in the same call is closed", () => {
    expect(net(["done", "1"]).code).toBe(0);
    const r = net(["done", "2", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("f1 was already done on 2026-11-22; nothing was marked done");
    expect(rowCounts(journal.db).done).toBe(1);
    expect(openIds()).toEqual([2, 3]);
  });

  test("a bad id is a usage error", () => {
    const r = net(["done", "twelve"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"twelve" is not a follow-up id');
  });

  test("snooze moves a follow-up to a later day", () => {
    const r = net(["snooze", "1", "monday", "--json"]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ id: 1, due: "2026-11-23", done: false });
    const later = net(["snooze", "#1", "next month"]);
    expect(later.stdout).toContain("Snoozed f1 with Ana Souza to Tue 22 Dec.");
  });

  test.each([
    [["snooze", "1", "yesterday"], /in the past/],
    [["snooze", "1", "whenever"], /"whenever" is not a date/],
    [["snooze", "99", "monday"], /no follow-up #99/],
    [["snooze", "x1", "monday"], /"x1" is no kind of reference/],
  ])("snooze refuses %j with exit 2 and moves nothing", (args, message) => {
    const r = net(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(
      net(["due", "--json"])
        .json()
        .dueToday.map((f: any) => f.due),
    ).toEqual(["2026-11-22"]);
  });

  test("a follow-up already done cannot be snoozed", () => {
    expect(net(["done", "1"]).code).toBe(0);
    const r = net(["snooze", "1", "monday"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("follow-up #1 was already done on 2026-11-22");
  });
});
