import { describe, expect, it } from "vitest";
import { idArgument } from "../../src/commands/shared/ledger-flags.js";

describe("an id typed on the command line", () => {
  it("reads a number, #number or the kind's reference", () => {
    expect(idArgument("12", "f")).toEqual({ digits: "12", id: 12 });
    expect(idArgument("#007", "a")).toEqual({ digits: "7", id: 7 });
    expect(idArgument("F12", "f")).toEqual({ digits: "12", id: 12 });
  });

  it.each(["0", "#0", "f0", "000", "-1", "1.5", "1e3", "twelve"])("refuses %j with one message", (typed) => {
    expect(() => idArgument(typed, "f")).toThrow(`"${typed}" is not a follow-up id`);
  });

  it("names the wrong kind of reference", () => {
    expect(() => idArgument("a3", "f")).toThrow('"a3" is an ask, not a follow-up');
  });

  it("leaves an id too big for any record to be reported as not found", () => {
    expect(idArgument("99999999999999999999", "i").id).toBeNull();
  });
});
