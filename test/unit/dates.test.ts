import { describe, expect, test } from "vitest";
import { addDays, daysBetween, isIsoDate, readDay, readDuration, type Lean } from "../../src/domain/dates.js";

// 2026-11-22 is a Sunday.
const TODAY = "2026-11-22";

/** The day read, or null when the text is not one. */
function parseDay(text: string, today: string, lean: Lean): string | null {
  const reading = readDay(text, today, lean);
  return "day" in reading ? reading.day : null;
}

function parseDuration(text: string): number | null {
  const reading = readDuration(text);
  return "days" in reading ? reading.days : null;
}

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

  test.each(["2026-02-30", "Feb 30", "31 November", "2026-13-01", "2026-00-10", "2025-02-29", "", "   ", "soon", "banana", "3 bananas"])(
    "%j is not a date",
    (text) => {
      expect(parseDay(text, TODAY, "past")).toBeNull();
      expect(parseDay(text, TODAY, "future")).toBeNull();
    },
  );

  test("a leap day exists in a leap year", () => {
    expect(parseDay("2028-02-29", TODAY, "future")).toBe("2028-02-29");
  });

  test("months count by the calendar across year ends", () => {
    expect(parseDay("2m", "2026-12-31", "future")).toBe("2027-02-28");
  });
});

describe("a date is the whole text, not a date found inside it", () => {
  test.each([
    "wednesday maybe",
    "yesterday-ish",
    "March 3 or so",
    "tomorrow!",
    "in 3 days please",
    "friday, probably",
    "mid march",
    "March 3 to March 5",
    "call her on friday",
  ])("%j is not a date", (text) => {
    expect(readDay(text, TODAY, "past")).toEqual({ problem: "unreadable" });
    expect(readDay(text, TODAY, "future")).toEqual({ problem: "unreadable" });
  });

  test("phrases chrono reads whole still are dates, after an optional 'the' or 'on'", () => {
    expect(parseDay("last day of May", TODAY, "past")).toBe("2026-05-31");
    expect(parseDay("the 5th of March", TODAY, "past")).toBe("2026-03-05");
    expect(parseDay("on March 3", TODAY, "future")).toBe("2027-03-03");
    expect(parseDay("March 3, 2025", TODAY, "past")).toBe("2025-03-03");
    expect(parseDay("3 Mar 2025", TODAY, "future")).toBe("2025-03-03");
  });

  test("only a month and day is moved back a year for the past: a relative phrase stays where it lands", () => {
    expect(parseDay("tomorrow at 5pm", TODAY, "past")).toBe("2026-11-23");
    expect(parseDay("next tuesday", TODAY, "past")).toBe("2026-11-24");
  });
});

describe("a day counted from today lands within ten years of it", () => {
  test.each([
    ["10y", "2016-11-22", "2036-11-22"],
    ["3650d", "2016-11-24", "2036-11-19"],
    ["120m", "2016-11-22", "2036-11-22"],
    ["in 10 years", "2036-11-22", "2036-11-22"],
  ])("%s is as far as it goes", (text, past, future) => {
    expect(parseDay(text, TODAY, "past")).toBe(past);
    expect(parseDay(text, TODAY, "future")).toBe(future);
  });

  test.each([
    ["11y", "future", true],
    ["11y", "past", false],
    ["8000y", "future", true],
    ["99999999999999999999d", "future", true],
    ["in 500 years", "past", true],
    ["500 years ago", "future", false],
    ["20 years ago", "past", false],
    ["121m", "future", true],
    ["in twelve years", "future", true],
  ] as const)("%s (%s) is too far", (text, lean, ahead) => {
    expect(readDay(text, TODAY, lean)).toEqual({ problem: "too far", ahead });
  });

  test("a date written with its year is taken as written", () => {
    expect(parseDay("1990-06-01", TODAY, "past")).toBe("1990-06-01");
    expect(parseDay("2040-01-01", TODAY, "future")).toBe("2040-01-01");
    expect(parseDay("March 3, 1990", TODAY, "past")).toBe("1990-03-03");
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
    expect(readDuration(text)).toEqual({ problem: "unreadable" });
  });

  test.each([
    ["10y", 3650],
    ["3650", 3650],
    ["521w", 3647],
    ["120m", 3600],
  ])("%s is within ten years: %i days", (text, days) => {
    expect(parseDuration(text)).toBe(days);
  });

  test.each(["11y", "3651", "3651d", "522w", "122m", "99999999999999999999", "9".repeat(400)])("%j is longer than ten years", (text) => {
    expect(readDuration(text)).toEqual({ problem: "too long" });
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
