import { describe, expect, it } from "vitest";
import { journalPerTest } from "../support/journal-per-test.js";

const { net, ok, exported } = journalPerTest("2026-12-04");

const names = (...args: string[]) =>
  ok(["people", ...args, "--json"])
    .json()
    .map((p: { name: string }) => p.name);

function network() {
  ok([
    "add",
    "Ana Lima",
    "--company",
    "Zürich Fintech AG",
    "--title",
    "CTO",
    "--met",
    "Web Summit Lisbon",
    "--needs",
    "a product designer",
  ]);
  ok(["add", "Ben Okafor", "--company", "Acme", "--title", "VP Engineering", "--offers", "Product design reviews", "--cadence", "weekly"]);
  ok(["add", "Cleo Diaz", "--company", "ACME Labs", "--title", "Designer", "--met", "a climate meetup"]);
  ok(["log", "ana", "--on", "2026-11-30"]);
  ok(["log", "ben", "--on", "2026-10-01"]);
}

describe("net people filters", () => {
  it("--company, --title, --met, --needs and --offers match a part, case and accents aside", () => {
    network();
    expect(names("--company", "zurich")).toEqual(["Ana Lima"]);
    expect(names("--company", "acme")).toEqual(["Ben Okafor", "Cleo Diaz"]);
    expect(names("--title", "design")).toEqual(["Cleo Diaz"]);
    expect(names("--met", "LISBON")).toEqual(["Ana Lima"]);
    expect(names("--needs", "designer")).toEqual(["Ana Lima"]);
    expect(names("--offers", "design")).toEqual(["Ben Okafor"]);
  });

  it("filters combine with AND, and with --tier and --sort; --limit keeps the first N", () => {
    network();
    expect(names("--company", "acme", "--title", "vp")).toEqual(["Ben Okafor"]);
    expect(names("--company", "acme", "--met", "climate")).toEqual(["Cleo Diaz"]);
    expect(names("--company", "acme", "--needs", "designer")).toEqual([]);
    expect(names("--sort", "last", "--limit", "2")).toEqual(["Ana Lima", "Ben Okafor"]);
    expect(names("--company", "acme", "--tier", "contact", "--limit", "1")).toEqual(["Ben Okafor"]);
    const table = ok(["people", "--company", "acme", "--limit", "1"]).stdout;
    expect(table).toContain("Ben Okafor");
    expect(table).not.toContain("Cleo Diaz");
  });

  it("--cold lists those going cold, as net due does; --no-contact-since those not talked to since a day", () => {
    network();
    expect(names("--cold")).toEqual(["Ben Okafor"]);
    expect(names("--no-contact-since", "2026-11-01")).toEqual(["Ben Okafor", "Cleo Diaz"]);
    expect(names("--no-contact-since", "2026-09-01")).toEqual(["Cleo Diaz"]);
  });

  it("no match says which filters, exit 0; a bad value is exit 2 and writes nothing", () => {
    network();
    const none = net(["people", "--company", "globex", "--cold"]);
    expect(none.code).toBe(0);
    expect(none.stderr).toContain('No one matches --company "globex" --cold');
    const before = exported();
    for (const args of [
      ["people", "--company", ""],
      ["people", "--limit", "0"],
      ["people", "--no-contact-since", "someday"],
      ["people", "--title", "a\nb"],
    ]) {
      const r = net(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
    }
    expect(exported()).toBe(before);
  });
});
