import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { session, tempJournal } from "../support/net.js";

let temp: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(() => {
  temp = tempJournal();
  net = session(temp.db);
});
afterEach(() => temp.cleanup());

describe("net add", () => {
  it("records everything the flags say, tidied, and prints the person", () => {
    const r = net([
      "add",
      "  Ana Souza ",
      "--company",
      "Acme",
      "--title",
      "CTO",
      "--email",
      "Ana@Acme.io",
      "--email",
      "ana.souza@gmail.com",
      "--phone",
      "+1 555 0100",
      "--tag",
      "Climate Tech",
      "--tag",
      "design",
      "--met",
      "climate meetup",
      "--met-on",
      "2025-06-01",
      "--birthday",
      "03-14",
      "--cadence",
      "1m",
      "--note",
      "hiring designers",
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({
      id: 1,
      name: "Ana Souza",
      company: "Acme",
      title: "CTO",
      emails: ["ana@acme.io", "ana.souza@gmail.com"],
      phones: ["+1 555 0100"],
      tags: ["climate-tech", "design"],
      met: "climate meetup",
      metOn: "2025-06-01",
      birthday: "--03-14",
      note: "hiring designers",
      cadenceDays: 30,
      archived: false,
      lastContact: null,
      depth: { score: expect.any(Number), tier: "contact" },
      balance: { given: 0, received: 0, net: 0 },
    });
  });

  it("shows the profile on stdout and what to do next on stderr", () => {
    const r = net(["add", "Ben Ode", "--company", "Ode Ventures", "--title", "Partner", "--met-on", "last month"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Ben Ode #1");
    expect(r.stdout).toContain("Partner at Ode Ventures");
    expect(r.stdout).toContain("2026-10-22");
    expect(r.stderr).toContain("Added Ben Ode. Next: net log 'Ben Ode'");
  });

  it("adds a namesake but says how to tell them apart", () => {
    net(["add", "Ana Souza"]);
    const r = net(["add", "ana souza"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/already someone called Ana Souza \(#1\); refer to each by id/);
    // The next step names the new one by id: the name alone would be asked about again.
    expect(r.stderr).toContain("Added ana souza. Next: net log 2 after you talk.");
    expect(net(["people", "--json"]).json()).toHaveLength(2);
  });

  it.each([
    [["add", ""], /a person needs a name/],
    [["add", "   "], /a person needs a name/],
    [["add", "42"], /looks like an id/],
    [["add", "Ana", "--email", "ana-at-acme"], /--email "ana-at-acme" is not an e-mail address/],
    [["add", "Ana", "--cadence", "sometimes"], /--cadence "sometimes" is not a cadence/],
    [["add", "Ana", "--cadence", "-3d"], /--cadence "-3d" is not a cadence/],
    [["add", "Ana", "--met-on", "the other day"], /--met-on "the other day" is not a date/],
    [["add", "Ana", "--met-on", "2026-02-30"], /--met-on "2026-02-30" is not a date/],
    [["add", "Ana", "--birthday", "13-01"], /--birthday "13-01" is not a birthday/],
    [["add", "Ana", "--birthday", "someday"], /--birthday "someday" is not a birthday/],
    [["add"], /missing required argument/],
  ])("refuses %j with exit 2 and writes nothing", (args, message) => {
    const r = net(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(net(["people", "--json"]).json()).toEqual([]);
  });

  it.each([
    ["weekly", 7, "weekly"],
    ["every 2 weeks", 14, "every 2 weeks"],
    ["monthly", 30, "monthly"],
    ["every 3 months", 90, "quarterly"],
    ["2w", 14, "every 2 weeks"],
    ["90d", 90, "quarterly"],
    ["every 10 days", 10, "every 10 days"],
  ])("takes --cadence %j as %i days and shows it as %j", (typed, days, shown) => {
    const r = net(["add", "Ana", "--cadence", typed]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`keep in touch\\s+${shown}\n`));
    expect(net(["show", "ana", "--json"]).json()).toMatchObject({ cadenceDays: days });
    expect(net(["edit", "ana", "--cadence", "none", "--json"]).json()).toMatchObject({ cadenceDays: 0 });
  });

  it("a cadence it cannot read is exit 2, lists the forms it takes, and writes nothing", () => {
    expect(net(["add", "Ana", "--cadence", "monthly"]).code).toBe(0);
    const before = net(["export", "json"]).stdout;
    const r = net(["edit", "ana", "--cadence", "every so often"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--cadence "every so often" is not a cadence');
    expect(r.stderr).toContain("weekly, every 2 weeks, monthly, every 3 months, quarterly, yearly, every 10 days");
    expect(r.stderr).toContain("2w, 1m, 90d, or none");
    expect(net(["export", "json"]).stdout).toBe(before);
  });
});
