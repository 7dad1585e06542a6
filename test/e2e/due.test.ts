import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { session, tempJournal } from "../support/net.js";
import { exec } from "../support/rows.js";

// 2026-11-22 is a Sunday.
let journal: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
const on = (day: string, args: string[]) => session(journal.db, day)(args);

beforeEach(() => {
  journal = tempJournal();
  net = session(journal.db, "2026-11-22");
});
afterEach(() => journal.cleanup());

const summary = (report: any) => ({
  overdue: report.overdue.map((f: any) => `${f.note}+${f.daysLate}`),
  today: report.dueToday.map((f: any) => f.note),
  upcoming: report.upcoming.map((f: any) => f.note),
  cold: report.cold.map((c: any) => `${c.person.name}+${c.daysOver}`),
});

test("a simulated week: follow-ups move from upcoming to today to overdue, done removes them, cadences go cold", () => {
  expect(net(["add", "Ana Souza", "--cadence", "1w"]).code).toBe(0);
  expect(net(["add", "Ben Ng", "--cadence", "2w"]).code).toBe(0);
  expect(net(["add", "Chloé Martin"]).code).toBe(0);
  expect(net(["log", "ana", "--follow-up", "in 2 days", "--follow-up-note", "deck"]).code).toBe(0);
  expect(net(["log", "ben", "--via", "video", "--follow-up", "friday", "--follow-up-note", "intro"]).code).toBe(0);
  expect(net(["follow-up", "chloe", "tomorrow", "article"]).code).toBe(0);

  const expected: Record<string, ReturnType<typeof summary>> = {
    "2026-11-22": { overdue: [], today: [], upcoming: ["article", "deck", "intro"], cold: [] },
    "2026-11-23": { overdue: [], today: ["article"], upcoming: ["deck", "intro"], cold: [] },
    "2026-11-24": { overdue: ["article+1"], today: ["deck"], upcoming: ["intro"], cold: [] },
    "2026-11-25": { overdue: ["article+2", "deck+1"], today: [], upcoming: ["intro"], cold: [] },
  };
  for (const [day, want] of Object.entries(expected)) expect([day, summary(on(day, ["due", "--json"]).json())]).toEqual([day, want]);

  expect(on("2026-11-25", ["done", "1"]).code).toBe(0); // the deck
  expect(summary(on("2026-11-26", ["due", "--json"]).json())).toEqual({ overdue: ["article+3"], today: [], upcoming: ["intro"], cold: [] });
  expect(summary(on("2026-11-27", ["due", "--json"]).json())).toEqual({ overdue: ["article+4"], today: ["intro"], upcoming: [], cold: [] });
  // Ana's weekly cadence counts from the call on the 22nd: due again on the 29th, cold from the 30th.
  expect(summary(on("2026-11-29", ["due", "--json"]).json()).cold).toEqual([]);
  const cold = on("2026-11-30", ["due", "--json"]).json().cold;
  expect(cold).toEqual([
    {
      person: { id: 1, name: "Ana Souza" },
      lastContact: "2026-11-22",
      since: "2026-11-22",
      reason: "cadence",
      cadenceDays: 7,
      usualGapDays: null,
      daysOver: 1,
      depth: expect.objectContaining({ tier: expect.any(String), score: expect.any(Number) }),
    },
  ]);
  expect(summary(on("2026-12-02", ["due", "--json"]).json()).cold).toEqual(["Ana Souza+3"]);

  // Talking to her restarts the cadence.
  expect(on("2026-12-02", ["log", "ana", "--on", "yesterday"]).code).toBe(0);
  expect(summary(on("2026-12-02", ["due", "--json"]).json()).cold).toEqual([]);
  // Order between them depends on their depth tiers; both are there, each with its own count.
  expect(summary(on("2026-12-09", ["due", "--json"]).json()).cold.sort()).toEqual(["Ana Souza+1", "Ben Ng+3"]);
});

test("an empty journal's report says what to do next", () => {
  const r = net(["due"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("Nothing due in the next 7 days, and no one is going cold.");
  expect(r.stderr).toContain("net log NAME");
  expect(net(["due", "--json"]).json()).toEqual({
    date: "2026-11-22",
    within: 7,
    overdue: [],
    dueToday: [],
    upcoming: [],
    intros: [],
    openAsks: [],
    proposedIntros: [],
    birthdays: [],
    cold: [],
  });
});

test("--within widens Upcoming; a bad --within is refused", () => {
  expect(net(["add", "Ana Souza"]).code).toBe(0);
  expect(net(["follow-up", "ana", "10d", "later"]).code).toBe(0);
  expect(net(["due", "--json"]).json().upcoming).toEqual([]);
  expect(
    net(["due", "--within", "2w", "--json"])
      .json()
      .upcoming.map((f: any) => f.due),
  ).toEqual(["2026-12-02"]);
  for (const bad of ["soon", "0", "-1d"]) {
    const r = net(["due", "--within", bad]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain(`--within "${bad}" is not a duration`);
  }
});

describe("what the morning report shows", () => {
  beforeEach(() => {
    expect(net(["add", "Ana Souza", "--birthday", "1986-11-26", "--cadence", "1m", "--met-on", "2026-09-01"]).code).toBe(0);
    expect(net(["add", "Ben Ng", "--birthday", "11-23", "--cadence", "2w"]).code).toBe(0);
    expect(net(["add", "Old Friend", "--birthday", "--11-24", "--cadence", "1w"]).code).toBe(0);
    expect(net(["add", "Dana Lee", "--birthday", "--12-25"]).code).toBe(0);
    // An introduction of Ana and Ben made two weeks ago, with its check-in due today (written as `net intro` would).
    exec(journal.db, "INSERT INTO intros (id, a_id, b_id, status, made_on) VALUES (1, 1, 2, 'made', '2026-11-08')");
    exec(
      journal.db,
      "INSERT INTO follow_ups (person_id, due, note, intro_id, created_on) VALUES (1, '2026-11-22', 'how did Ana and Ben get on?', 1, '2026-11-08')",
    );
    expect(net(["follow-up", "ben", "monday", "send the contract"]).code).toBe(0);
    exec(journal.db, "UPDATE people SET archived = 1 WHERE name = 'Old Friend'");
  });

  test("introductions, birthdays within the window (with the age when known) and going cold, in JSON", () => {
    const r = net(["due", "--json"]).json();
    expect(r.intros).toEqual([
      {
        id: 1,
        ref: "f1",
        person: { id: 1, name: "Ana Souza" },
        due: "2026-11-22",
        note: "how did Ana and Ben get on?",
        daysLate: 0,
        introId: 1,
      },
    ]);
    expect(r.dueToday).toEqual([]);
    expect(r.upcoming.map((f: any) => f.note)).toEqual(["send the contract"]);
    // Archived people have no birthdays or cadences to keep; Dana's is beyond the window.
    expect(r.birthdays).toEqual([
      { person: { id: 2, name: "Ben Ng" }, birthday: "--11-23", date: "2026-11-23", inDays: 1, turns: null },
      { person: { id: 1, name: "Ana Souza" }, birthday: "1986-11-26", date: "2026-11-26", inDays: 4, turns: 40 },
    ]);
    // Ana: never contacted, met 2026-09-01 + 30 days. Ben: added today, two weeks to go.
    expect(r.cold.map((c: any) => [c.person.name, c.lastContact, c.since, c.daysOver])).toEqual([["Ana Souza", null, "2026-09-01", 52]]);
    expect(
      net(["due", "--within", "5w", "--json"])
        .json()
        .birthdays.map((b: any) => b.person.name),
    ).toEqual(["Ben Ng", "Ana Souza", "Dana Lee"]);
  });

  test("the human report has one section per kind, ids first, and hints on stderr", () => {
    const r = net(["due"]);
    expect(r.code).toBe(0);
    const sections = r.stdout.split("\n").filter((line) => /^\S/.test(line));
    expect(sections).toEqual(["Upcoming (next 7 days)", "Introductions to check on", "Birthdays", "Going cold"]);
    expect(r.stdout).toMatch(/f2\s+Ben Ng\s+Mon 23 Nov\s+send the contract/);
    expect(r.stdout).toMatch(/intro i1\s+today\s+how did Ana and Ben get on\?/);
    expect(r.stdout).toMatch(/Ana Souza\s+Thu 26 Nov\s+turns 40/);
    expect(r.stdout).toMatch(/Ana Souza\s+\w+\s+monthly\s+no contact since Tue 1 Sep\s+52 days over/);
    expect(r.stderr).toContain("net intros outcome i1 met");
    expect(r.stdout).not.toContain("Old Friend");
  });

  test("overdue days late show in the human report", () => {
    const r = on("2026-11-25", ["due"]);
    expect(r.stdout.split("\n")[0]).toBe("Overdue");
    expect(r.stdout).toMatch(/f2\s+Ben Ng\s+2 days late\s+send the contract/);
    expect(r.stderr).toContain("Close one with `net done f2`, or move it with `net snooze f2 monday`.");
  });
});

test("someone with a rhythm and no cadence goes cold past twice their usual gap and 30 days; 'none' opts out", () => {
  expect(net(["add", "Ana Souza"]).code).toBe(0);
  expect(net(["add", "Ben Ng", "--cadence", "none"]).code).toBe(0);
  expect(net(["add", "Cy Lee"]).code).toBe(0);
  for (const day of ["2026-08-01", "2026-08-11", "2026-08-21", "2026-08-31"]) {
    expect(net(["log", "ana", "ben", "--on", day]).code).toBe(0);
  }
  // Met twice only: no rhythm yet, never going cold.
  for (const day of ["2026-06-01", "2026-06-11"]) expect(net(["log", "cy", "--on", day]).code).toBe(0);
  const coldOn = (today: string) => on(today, ["due", "--json"]).json().cold;
  // Usual gap 10 days: twice is 20, less than 30, so cold after 30 days (from 1 October).
  expect(coldOn("2026-09-30")).toEqual([]);
  expect(coldOn("2026-10-02")).toEqual([
    expect.objectContaining({ person: { id: 1, name: "Ana Souza" }, reason: "rhythm", cadenceDays: null, usualGapDays: 10, daysOver: 2 }),
  ]);
  expect(on("2026-10-02", ["due"]).stdout).toMatch(/Ana Souza .*usually every 10 days.*2 days over/);
  expect(on("2026-10-02", ["due", "--brief", "--json"]).json()).toMatchObject({ cold: 1 });
  // Her own cadence overrides the rhythm.
  expect(net(["edit", "ana", "--cadence", "quarterly"]).code).toBe(0);
  expect(coldOn("2026-10-02")).toEqual([]);
  expect(net(["show", "ben"]).stdout).toContain("keep in touch  none (never going cold)");
});

test("asks open 14 days and introductions proposed 7 days ago and not made are listed, with what to do", () => {
  expect(net(["add", "Ana Souza"]).code).toBe(0);
  expect(net(["add", "Ben Ng"]).code).toBe(0);
  expect(net(["asked", "ana", "an intro to Acme", "--on", "2026-11-08"]).code).toBe(0);
  expect(net(["asked", "ben", "a coffee", "--on", "2026-11-09"]).code).toBe(0);
  expect(net(["intro", "ana", "ben", "--proposed", "--why", "both sail", "--on", "2026-11-15"]).code).toBe(0);
  const report = net(["due", "--json"]).json();
  expect(report.openAsks).toEqual([
    { id: 1, ref: "a1", person: { id: 1, name: "Ana Souza" }, what: "an intro to Acme", date: "2026-11-08", daysOpen: 14 },
  ]);
  expect(report.proposedIntros).toEqual([
    {
      id: 1,
      ref: "i1",
      a: { id: 1, name: "Ana Souza" },
      b: { id: 2, name: "Ben Ng" },
      why: "both sail",
      proposedOn: "2026-11-15",
      daysWaiting: 7,
    },
  ]);
  const human = net(["due"]);
  expect(human.stdout).toMatch(/Asks still open\n\s+a1\s+Ana Souza\s+an intro to Acme\s+open 14 days/);
  expect(human.stdout).toMatch(/Introductions proposed, not made\n\s+i1\s+Ana Souza and Ben Ng\s+both sail\s+proposed 7 days ago/);
  expect(human.stderr).toContain("net asks close a1 --granted");
  expect(human.stderr).toContain("net intros made i1");
  expect(net(["intros", "made", "i1"]).code).toBe(0);
  expect(net(["due", "--json"]).json().proposedIntros).toEqual([]);
});
