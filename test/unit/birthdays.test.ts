import { describe, expect, test } from "vitest";
import { bornAfter, parseBirthday } from "../../src/domain/person.js";
import { birthdayFrom } from "../../src/formats/contact.js";

describe("a birthday is a day that exists", () => {
  test.each([
    ["2024-02-29", "2024-02-29"],
    ["2000-02-29", "2000-02-29"],
    ["--02-29", "--02-29"],
    ["02-29", "--02-29"],
    ["3-7", "--03-07"],
    ["1985-12-31", "1985-12-31"],
  ])("%j is %j", (typed, stored) => {
    expect(parseBirthday(typed)).toBe(stored);
  });

  test.each(["2026-02-29", "2025-02-29", "1900-02-29", "1990-04-31", "1990-13-01", "02-30", "--04-31", "13-01", "00-10"])(
    "%j is not one",
    (typed) => {
      expect(parseBirthday(typed)).toBeNull();
    },
  );

  test("address books: a leap day in a year without one is no birthday; Apple's 1604 means no year", () => {
    expect(birthdayFrom("2026-02-29")).toBeNull();
    expect(birthdayFrom("20260229")).toBeNull();
    expect(birthdayFrom("2024-02-29T00:00:00Z")).toBe("2024-02-29");
    expect(birthdayFrom("1604-02-29")).toBe("--02-29");
    expect(birthdayFrom("--0229")).toBe("--02-29");
    expect(birthdayFrom("--02-30")).toBeNull();
  });

  test("no one is born after today; a birthday without a year never is", () => {
    expect(bornAfter("2026-11-25", "2026-11-24")).toBe(true);
    expect(bornAfter("2026-11-24", "2026-11-24")).toBe(false);
    expect(bornAfter("--12-31", "2026-11-24")).toBe(false);
  });
});
