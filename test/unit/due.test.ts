import { describe, expect, test } from "vitest";
import {
  birthdayDaysWithin,
  coldness,
  goingCold,
  horizon,
  isEmpty,
  nextBirthday,
  sortFollowUps,
  strongTiesFirst,
  upcomingBirthdays,
  type KeepInTouch,
  type OpenFollowUp,
} from "../../src/domain/due.js";
import type { Tier } from "../../src/domain/depth.js";

const TODAY = "2026-11-22";
const ana = { id: 1, name: "Ana Souza" };
const ben = { id: 2, name: "Ben Ng" };
const chloe = { id: 3, name: "Chloé Martin" };

const followUp = (id: number, due: string, introId: number | null = null): OpenFollowUp => ({
  id,
  person: ana,
  due,
  note: `note ${id}`,
  introId,
});

describe("sortFollowUps", () => {
  const sorted = sortFollowUps(TODAY, [
    followUp(1, "2026-11-25"),
    followUp(2, "2026-11-20"),
    followUp(3, TODAY),
    followUp(4, "2026-11-01"),
    followUp(5, "2026-11-19", 7),
    followUp(6, "2026-11-24", 8),
  ]);

  test("overdue is oldest first, with days late", () => {
    expect(sorted.overdue.map((f) => [f.id, f.daysLate])).toEqual([
      [4, 21],
      [2, 2],
    ]);
  });

  test("today and upcoming are split at today, upcoming soonest first and never late", () => {
    expect(sorted.dueToday.map((f) => [f.id, f.daysLate])).toEqual([[3, 0]]);
    expect(sorted.upcoming.map((f) => [f.id, f.daysLate])).toEqual([[1, 0]]);
  });

  test("introduction check-ins go to their own section, not the plain lists", () => {
    expect(sorted.intros.map((f) => [f.id, f.daysLate])).toEqual([
      [5, 3],
      [6, 0],
    ]);
    const plain = [...sorted.overdue, ...sorted.dueToday, ...sorted.upcoming].map((f) => f.id);
    expect(plain).not.toContain(5);
    expect(plain).not.toContain(6);
  });

  test("the horizon is today plus the window", () => {
    expect(horizon(TODAY, 7)).toBe("2026-11-29");
  });
});

describe("going cold", () => {
  const keep = (cadenceDays: number, lastContact: string | null, extra: Partial<KeepInTouch> = {}): KeepInTouch => ({
    person: ana,
    cadenceDays,
    lastContact,
    metOn: null,
    createdOn: "2026-01-01",
    ...extra,
  });

  test("someone is cold only once last contact + cadence is before today", () => {
    expect(coldness(TODAY, keep(7, "2026-11-15"))).toBeNull();
    expect(coldness("2026-11-23", keep(7, "2026-11-15"))).toMatchObject({ daysOver: 1, lastContact: "2026-11-15", since: "2026-11-15" });
  });

  test("the cadence restarts at the last interaction, however long they have been known", () => {
    expect(coldness(TODAY, keep(30, "2026-11-01", { metOn: "2019-05-05" }))).toBeNull();
  });

  test("with no interaction the cadence counts from when you met, else from when they were added", () => {
    expect(coldness(TODAY, keep(30, null, { metOn: "2026-10-01" }))).toMatchObject({
      lastContact: null,
      since: "2026-10-01",
      daysOver: 22,
    });
    expect(coldness(TODAY, keep(30, null, { createdOn: "2026-11-01" }))).toBeNull();
    expect(coldness(TODAY, keep(14, null, { createdOn: "2026-11-01" }))).toMatchObject({ since: "2026-11-01", daysOver: 7 });
  });

  test("most overdue first, then strong ties ahead of weak ones", () => {
    const cold = goingCold(TODAY, [
      keep(7, "2026-11-10", { person: ana }),
      keep(7, "2026-10-01", { person: ben }),
      keep(7, "2026-11-01", { person: chloe }),
    ]);
    expect(cold.map((c) => c.person.name)).toEqual(["Ben Ng", "Chloé Martin", "Ana Souza"]);
    const tiers: Record<number, Tier> = { 1: "inner", 2: "contact", 3: "connection" };
    expect(strongTiesFirst(cold, (id) => tiers[id]!).map((c) => c.person.name)).toEqual(["Ana Souza", "Chloé Martin", "Ben Ng"]);
    const sameTier = strongTiesFirst(cold, () => "acquaintance");
    expect(sameTier.map((c) => c.daysOver)).toEqual([45, 14, 5]);
  });
});

describe("birthdays", () => {
  test("a known year says what age they turn; an unknown year does not", () => {
    expect(nextBirthday(TODAY, "1986-11-26")).toEqual({ date: "2026-11-26", inDays: 4, turns: 40 });
    expect(nextBirthday(TODAY, "--11-26")).toEqual({ date: "2026-11-26", inDays: 4, turns: null });
  });

  test("a birthday already past this year comes round next year", () => {
    expect(nextBirthday(TODAY, "1990-01-03")).toEqual({ date: "2027-01-03", inDays: 42, turns: 37 });
    expect(nextBirthday(TODAY, "--11-22")).toMatchObject({ date: TODAY, inDays: 0 });
  });

  test("a 29 February birthday falls on 28 February in other years", () => {
    expect(nextBirthday("2027-02-01", "2000-02-29")).toEqual({ date: "2027-02-28", inDays: 27, turns: 27 });
    expect(nextBirthday("2028-02-01", "--02-29")).toMatchObject({ date: "2028-02-29" });
  });

  test("the window's days include a leap day kept on 28 February", () => {
    expect(birthdayDaysWithin("2027-02-27", 2)).toEqual(["02-27", "02-28", "02-29", "03-01"]);
    expect(birthdayDaysWithin(TODAY, 3)).toEqual(["11-22", "11-23", "11-24", "11-25"]);
  });

  test("only birthdays inside the window are kept, soonest first", () => {
    const list = upcomingBirthdays(TODAY, 7, [
      { person: ana, birthday: "1986-11-29" },
      { person: ben, birthday: "--11-30" },
      { person: chloe, birthday: "--11-23" },
    ]);
    expect(list.map((b) => [b.person.name, b.inDays, b.turns])).toEqual([
      ["Chloé Martin", 1, null],
      ["Ana Souza", 7, 40],
    ]);
  });
});

test("a report with nothing in any section is empty", () => {
  const empty = {
    date: TODAY,
    overdue: [],
    dueToday: [],
    upcoming: [],
    intros: [],
    birthdays: [],
    cold: [],
    openAsks: [],
    proposedIntros: [],
  };
  expect(isEmpty(empty)).toBe(true);
  expect(isEmpty({ ...empty, birthdays: [{ person: ana, birthday: "--11-22", date: TODAY, inDays: 0, turns: null }] })).toBe(false);
});
