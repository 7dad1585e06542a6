import { describe, expect, test } from "vitest";
import { addDays, daysBetween, isIsoDate, parseDay, parseDuration } from "../../src/domain/dates.js";

// 2026-11-22 is a Sunday.
const TODAY = "2026-11-22";

describe("parseDay reads every form the issue lists", () => {
  test.each([
    ["2026-12-01", "2026-12-01", "2026-12-01"],
    ["today", TODAY, TODAY],
    ["yesterday", "2026-11-21", "2026-11-21"],
    ["tomorrow", "2026-11-23", "2026-11-23"],
    ["3d", "2026-11-19", "2026-11-25"],
    ["2w", "2026-11-08", "2026-12-06"],
    ["1m", "2026-10-22", "2026-12-22"],
    ["1y", "2025-11-22", "2027-11-22"],
    ["in 3 days", "2026-11-25", "2026-11-25"],
    ["in 2 weeks", "2026-12-06", "2026-12-06"],
    ["next week", "2026-11-29", "2026-11-29"],
    ["next month", "2026-12-22", "2026-12-22"],
    ["2 weeks ago", "2026-11-08", "2026-11-08"],
  ])("%s → past %s, future %s", (text, past, future) => {
    expect(parseDay(text, TODAY, "past")).toBe(past);
    expect(parseDay(text, TODAY, "future")).toBe(future);
  });

  test("a weekday leans back for what happened and forward for what is planned", () => {
    expect(parseDay("friday", TODAY, "past")).toBe("2026-11-20");
    expect(parseDay("fri", TODAY, "future")).toBe("2026-11-27");
    expect(parseDay("Monday", TODAY, "past")).toBe("2026-11-16");
    expect(parseDay("monday", TODAY, "future")).toBe("2026-11-23");
    expect(parseDay("next friday", TODAY, "past")).toBe("2026-11-27");
    expect(parseDay("last friday", TODAY, "future")).toBe("2026-11-20");
  });

  test("today's weekday is today when looking back, and a week on when looking ahead", () => {
    expect(parseDay("sunday", TODAY, "past")).toBe(TODAY);
    expect(parseDay("sunday", TODAY, "future")).toBe("2026-11-29");
  });

  test("a month and day without a year is the last one for the past and the next one for the future", () => {
    expect(parseDay("March 3", TODAY, "past")).toBe("2026-03-03");
    expect(parseDay("March 3", TODAY, "future")).toBe("2027-03-03");
    expect(parseDay("Dec 25", TODAY, "past")).toBe("2025-12-25");
    expect(parseDay("Dec 25", TODAY, "future")).toBe("2026-12-25");
  });

  test("extra spaces and capitals do not matter", () => {
    expect(parseDay("  In   2  Weeks ", TODAY, "future")).toBe("2026-12-06");
    expect(parseDay("TOMORROW", TODAY, "past")).toBe("2026-11-23");
  });

  test.each(["2026-02-30", "Feb 30", "31 November", "2026-13-01", "2026-00-10", "2025-02-29", "", "   ", "soon", "banana", "3 bananas"])("%j is not a date", (text) => {
    expect(parseDay(text, TODAY, "past")).toBeNull();
    expect(parseDay(text, TODAY, "future")).toBeNull();
  });

  test("a leap day exists in a leap year", () => {
    expect(parseDay("2028-02-29", TODAY, "future")).toBe("2028-02-29");
  });

  test("months count by the calendar across year ends", () => {
    expect(parseDay("2m", "2026-12-31", "future")).toBe("2027-02-28");
  });
});

describe("durations and day arithmetic", () => {
  test.each([
    ["7", 7],
    ["7d", 7],
    ["2w", 14],
    ["1m", 30],
    ["1y", 365],
    ["3 weeks", 21],
    ["weekly", 7],
    ["monthly", 30],
    ["quarterly", 91],
  ])("%s is %i days", (text, days) => {
    expect(parseDuration(text)).toBe(days);
  });

  test.each(["0", "0d", "-3d", "soon", "2x", ""])("%j is not a duration", (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  test("isIsoDate accepts only real calendar days", () => {
    expect(isIsoDate("2026-11-22")).toBe(true);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("2026-2-3")).toBe(false);
  });

  test("addDays and daysBetween cross months, years and DST changes", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-03-28", "2026-04-02")).toBe(5);
    expect(daysBetween("2026-10-24", "2026-10-27")).toBe(3);
    expect(daysBetween("2026-11-22", "2026-11-20")).toBe(-2);
  });

  test("daysBetween counts calendar days across leap days and centuries, whole numbers both ways", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2100-02-28", "2100-03-01")).toBe(1);
    expect(daysBetween("2000-02-28", "2000-03-01")).toBe(2);
    expect(daysBetween("1999-12-31", "2026-11-22")).toBe(9823);
    expect(daysBetween("2026-11-22", "2026-11-22")).toBe(0);
    for (let n = -800; n <= 800; n += 37) {
      expect(daysBetween("2026-11-22", addDays("2026-11-22", n))).toBe(n);
      expect(daysBetween(addDays("2026-11-22", n), "2026-11-22")).toBe(-n);
    }
  });
});
