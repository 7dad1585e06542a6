import { describe, expect, test } from "vitest";
import { cadenceWords, parseCadence } from "../../src/domain/cadence.js";

// Cadences are read and written as people say them.

const days = (text: string) => {
  const reading = parseCadence(text);
  if (!("days" in reading)) throw new Error(`${text}: ${reading.problem}`);
  return reading.days;
};

describe("parseCadence", () => {
  test.each([
    ["weekly", 7],
    ["every week", 7],
    ["every 2 weeks", 14],
    ["Every  2  Weeks", 14],
    ["every other week", 14],
    ["biweekly", 14],
    ["monthly", 30],
    ["every month", 30],
    ["every 3 months", 90],
    ["quarterly", 90],
    ["yearly", 365],
    ["every year", 365],
    ["every 10 days", 10],
    ["2w", 14],
    ["1m", 30],
    ["90d", 90],
    ["30", 30],
    ["2 weeks", 14],
  ])("%s is %i days", (text, expected) => {
    expect(days(text)).toBe(expected);
  });

  test.each(["none", "off", "never", "0"])("%j is the choice of none: 0, never going cold", (text) => {
    expect(days(text)).toBe(0);
  });

  test("an empty cadence takes the cadence away (null: their rhythm decides)", () => {
    expect(days("")).toBeNull();
  });

  test.each(["sometimes", "every", "every blue moon", "-3d", "every other 2 weeks", "weekly-ish"])("%j is not a cadence", (text) => {
    expect(parseCadence(text)).toEqual({ problem: "unreadable" });
  });

  test("more than ten years is too long", () => {
    expect(parseCadence("every 11 years")).toEqual({ problem: "too long" });
  });
});

describe("cadenceWords", () => {
  test.each([
    [7, "weekly"],
    [14, "every 2 weeks"],
    [30, "monthly"],
    [60, "every 2 months"],
    [90, "quarterly"],
    // quarterly was once stored as 91 days
    [91, "quarterly"],
    [365, "yearly"],
    [730, "every 2 years"],
    [10, "every 10 days"],
    [1, "daily"],
    [null, "none"],
  ])("%j days reads %s", (n, words) => {
    expect(cadenceWords(n)).toBe(words);
  });

  test("what is shown is read back as the same cadence, and shown the same again", () => {
    const typed = [
      "weekly",
      "every 2 weeks",
      "monthly",
      "every 3 months",
      "quarterly",
      "yearly",
      "every 10 days",
      "2w",
      "1m",
      "90d",
      "none",
      "45",
      "3y",
    ];
    for (const text of typed) {
      const shown = cadenceWords(days(text));
      expect(cadenceWords(days(shown)), text).toBe(shown);
    }
    for (let n = 1; n <= 3650; n++) {
      const shown = cadenceWords(n);
      expect(days(shown), shown).toBe(n === 91 ? 90 : n);
    }
  });
});
