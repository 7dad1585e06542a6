import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { session, tempJournal } from "../support/net.js";
import { query } from "../support/rows.js";

// Input that is not what it seems: dates with words after them, impossible birthdays, spans of centuries, ids past any
// integer, names and notes no one could mean. Each is refused with exit 2, a message naming the flag and the value, and
// nothing written; the same rules hold for the rows of an imported file.

// 2026-11-24 is a Tuesday: "wednesday maybe" used to be logged on Tuesday 2025-11-25.
const TODAY = "2026-11-24";
const LONG_NOTE = "a".repeat(64 * 1024 + 1);
const LONG_LINE = "c".repeat(501);
const LONG_NAME = "N".repeat(301);

/** Every row of every table: what a refused command must leave exactly as it was. */
function contents(db: string): string {
  const tables = query<{ name: string }>(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  return JSON.stringify(tables.map(({ name }) => [name, query(db, `SELECT * FROM "${name}" ORDER BY 1`)]));
}

describe("refused input writes nothing", () => {
  let temp: ReturnType<typeof tempJournal>;
  let net: ReturnType<typeof session>;
  let before: string;
  beforeAll(() => {
    temp = tempJournal();
    net = session(temp.db, TODAY);
    net(["add", "Ana Souza"]);
    net(["add", "Ben Ode"]);
    net(["log", "ana", "--follow-up", "2d"]);
    net(["asked", "ana", "a referral"]);
    net(["intro", "ana", "ben", "--proposed"]);
    net(["intro", "ana", "ben"]);
    before = contents(temp.db);
  });
  afterAll(() => temp.cleanup());

  const refused = (args: string[], message: RegExp) => {
    const r = net(args);
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(contents(temp.db)).toBe(before);
    return r;
  };

  describe("a date with words after it is not a date", () => {
    it.each([
      [["log", "ana", "--on", "wednesday maybe"], /--on "wednesday maybe" is not a date/],
      [["log", "ana", "--on", "yesterday-ish"], /--on "yesterday-ish" is not a date/],
      [["log", "ana", "--on", "March 3 or so"], /--on "March 3 or so" is not a date/],
      [["log", "ana", "--follow-up", "friday maybe"], /--follow-up "friday maybe" is not a date/],
      [["follow-up", "ana", "friday maybe", "call her"], /"friday maybe" is not a date/],
      [["snooze", "1", "monday-ish"], /"monday-ish" is not a date/],
      [["add", "Cleo", "--met-on", "last week or so"], /--met-on "last week or so" is not a date/],
      [["edit", "ana", "--met-on", "yesterday-ish"], /--met-on "yesterday-ish" is not a date/],
      [["gave", "ana", "advice", "--on", "yesterday-ish"], /--on "yesterday-ish" is not a date/],
      [["got", "ana", "advice", "--on", "friday probably"], /--on "friday probably" is not a date/],
      [["asked", "ben", "a loan", "--on", "tuesday-ish"], /--on "tuesday-ish" is not a date/],
      [["intro", "ana", "ben", "--on", "yesterday-ish"], /--on "yesterday-ish" is not a date/],
      [["intros", "made", "1", "--on", "yesterday-ish"], /--on "yesterday-ish" is not a date/],
      [["asks", "close", "1", "--granted", "--on", "yesterday-ish"], /--on "yesterday-ish" is not a date/],
      [["log", "ana", "--on", "March 3 to March 5"], /--on "March 3 to March 5" is not a date/],
    ])("%j", (args, message) => {
      refused(args, message);
    });
  });

  describe("birthdays are real days, and not after today", () => {
    it.each([
      [["add", "Cleo", "--birthday", "2026-02-29"], /--birthday "2026-02-29" is not a birthday/],
      [["edit", "ana", "--birthday", "2025-02-29"], /--birthday "2025-02-29" is not a birthday/],
      [["add", "Cleo", "--birthday", "1990-04-31"], /--birthday "1990-04-31" is not a birthday/],
      [["add", "Cleo", "--birthday", "2030-01-01"], /--birthday 2030-01-01 is after today/],
      [["edit", "ana", "--birthday", "2026-11-25"], /--birthday 2026-11-25 is after today/],
    ])("%j", (args, message) => {
      refused(args, message);
    });
  });

  describe("spans and days counted from today stay within ten years", () => {
    it.each([
      [["edit", "ana", "--cadence", "11y"], /--cadence "11y" is more than 10 years; the limit is 10y \(3,650 days\)/],
      [["edit", "ana", "--cadence", "3651"], /--cadence "3651" is more than 10 years/],
      [["add", "Cleo", "--cadence", "99999999999999999999d"], /--cadence "99999999999999999999d" is more than 10 years/],
      [["due", "--within", "100y"], /--within "100y" is more than 10 years/],
      [["due", "--within", "0"], /--within "0" is not a duration/],
      [["due", "--within", "-2w"], /--within "-2w" is not a duration/],
      [["log", "ana", "--follow-up", "8000y"], /--follow-up "8000y" is more than 10 years ahead/],
      [["log", "ana", "--follow-up", "in 500 years"], /--follow-up "in 500 years" is more than 10 years ahead/],
      [["follow-up", "ana", "11y"], /"11y" is more than 10 years ahead/],
      [["follow-up", "ana", "2040-01-01"], /"2040-01-01" is more than 10 years ahead/],
      [["snooze", "1", "in 20 years"], /"in 20 years" is more than 10 years ahead/],
      [["log", "ana", "--on", "500y"], /--on "500y" is more than 10 years back/],
      [["add", "Cleo", "--met-on", "20 years ago"], /--met-on "20 years ago" is more than 10 years back.*\n.*YYYY-MM-DD/],
      [["add", "Cleo", "--met-on", "tomorrow"], /--met-on 2026-11-25 is in the future/],
    ])("%j", (args, message) => {
      refused(args, message);
    });
  });

  describe("an id past any integer is no such id, as typed; anything else is not an id", () => {
    const huge = "99999999999999999999";
    it.each([
      [["done", huge], /no follow-up f99999999999999999999; nothing was marked done/],
      [["done", "1", "9007199254740993"], /no follow-up f9007199254740993; nothing was marked done/],
      [["snooze", huge, "monday"], /no follow-up #99999999999999999999/],
      [["asks", "close", huge, "--granted"], /no ask with id 99999999999999999999/],
      [["intros", "made", `#${huge}`], /no introduction with id 99999999999999999999/],
      [["intros", "outcome", huge, "met"], /no introduction with id 99999999999999999999/],
      [["show", huge], /no person with id 99999999999999999999/],
      [["edit", `#${huge}`, "--title", "CEO"], /no person with id 99999999999999999999/],
      [["log", huge], /no person with id 99999999999999999999/],
      [["done", "1e3"], /"1e3" is not a follow-up id/],
      [["snooze", "#12.5", "monday"], /"#12.5" is not a follow-up id/],
      [["done", "-1"], /"-1" is not a follow-up id/],
      [["asks", "close", "0x10", "--granted"], /"0x10" is not an ask id/],
      [["intros", "made", "1e3"], /"1e3" is not an introduction id/],
      [["intros", "outcome", "-1", "met"], /"-1" is not an introduction id/],
      [["done", "0"], /"0" is not a follow-up id/],
      [["done", "f0"], /"f0" is not a follow-up id/],
      [["asks", "close", "0", "--granted"], /"0" is not an ask id/],
    ])("%j", (args, message) => {
      const r = refused(args, message);
      expect(r.stderr).not.toMatch(/e\+|100000000000000000000|9007199254740992|SQLITE/);
    });
  });

  describe("a name is one visible line of at most 300 characters", () => {
    it.each([
      ["a line feed", "Ana\nEvil"],
      ["a carriage return", "Ana\rEMAIL:attacker@evil.example"],
      ["a line separator", "Ana\u2028Evil"],
      ["a paragraph separator", "Ana\u2029Evil"],
    ])("%s is refused by add, edit --name and log --add", (_, name) => {
      refused(["add", name], /the name has a line break; a name is one line/);
      refused(["edit", "ana", "--name", name], /--name has a line break/);
      refused(["log", name, "--add"], /the name has a line break/);
    });

    it.each([
      ["a zero-width space", "\u200b"],
      ["zero-width joiners and the word joiner", "\u200c\u200d\u2060"],
      ["a byte-order mark", "\ufeff"],
      ["a soft hyphen", "\u00ad"],
      ["bidi marks and overrides", "\u200e\u200f\u202e\u2066"],
      ["invisible characters and whitespace", " \t\u200b \u3000"],
    ])("a name of only %s is refused", (_, name) => {
      // A byte-order mark and plain whitespace are what String.trim removes: those names are simply empty.
      refused(["add", name], /a person needs a name(; the one given has only invisible characters \(such as zero-width spaces\))?\n/);
      refused(
        ["edit", "ana", "--name", name],
        /a person needs a name(; the one given has only invisible characters \(such as zero-width spaces\))?\n/,
      );
      refused(["log", name, "--add"], /a name is needed|an empty name was given/);
    });

    it("a name over 300 characters is refused, saying how long it is", () => {
      refused(["add", LONG_NAME], /the name is 301 characters long, over the limit of 300/);
      refused(["edit", "ben", "--name", LONG_NAME], /--name is 301 characters long, over the limit of 300/);
      refused(["log", LONG_NAME, "--add"], /the name is 301 characters long/);
    });
  });

  describe("notes and one-line fields have a size limit", () => {
    it.each([
      ["log --note", ["log", "ana", "--note", LONG_NOTE], /--note is 64.1 KB \(65,537 bytes\), over the limit of 64 KB/],
      [
        "log --follow-up-note",
        ["log", "ana", "--follow-up", "2d", "--follow-up-note", LONG_NOTE],
        /--follow-up-note is 64.1 KB \(65,537 bytes\)/,
      ],
      ["log --gave", ["log", "ana", "--gave", LONG_NOTE], /--gave is 64.1 KB \(65,537 bytes\)/],
      ["add --note", ["add", "Cleo", "--note", LONG_NOTE], /--note is 64.1 KB \(65,537 bytes\)/],
      ["edit --note", ["edit", "ana", "--note", "é".repeat(40_000)], /--note is 78.2 KB \(80,000 bytes\), over the limit of 64 KB/],
      ["follow-up text", ["follow-up", "ana", "2d", LONG_NOTE], /the follow-up's note is 64.1 KB \(65,537 bytes\)/],
      ["gave text", ["gave", "ana", LONG_NOTE], /what you gave is 64.1 KB \(65,537 bytes\)/],
      ["got text", ["got", "ana", LONG_NOTE], /what you got is 64.1 KB/],
      ["asked text", ["asked", "ben", LONG_NOTE], /what you asked for is 64.1 KB/],
      ["intro --why", ["intro", "ana", "ben", "--why", LONG_NOTE], /--why is 64.1 KB/],
      ["intros outcome --note", ["intros", "outcome", "2", "met", "--note", LONG_NOTE], /--note is 64.1 KB \(65,537 bytes\)/],
      ["add --company", ["add", "Cleo", "--company", LONG_LINE], /--company is 501 characters long, over the limit of 500/],
      ["edit --title", ["edit", "ana", "--title", LONG_LINE], /--title is 501 characters long, over the limit of 500/],
      ["edit --tag", ["edit", "ana", "--tag", LONG_LINE], /--tag is 501 characters long/],
      ["edit --email", ["edit", "ana", "--email", `${LONG_LINE}@acme.io`], /--email is 509 characters long/],
      ["edit --phone", ["edit", "ana", "--phone", "5".repeat(501)], /--phone is 501 characters long/],
      ["add --met", ["add", "Cleo", "--met", LONG_LINE], /--met is 501 characters long/],
      [
        "edit --company with a line break",
        ["edit", "ana", "--company", "Acme\nEMAIL:attacker@evil.example"],
        /--company has a line break \(it must be one line\)/,
      ],
    ])("%s", (_, args, message) => {
      refused(args, message);
    });
  });

  describe("a person is named with at least one visible character", () => {
    it.each([
      [["show", ""]],
      [["show", "   "]],
      [["show", "\u200b"]],
      [["ask", ""]],
      [["edit", "\u200b\u200d", "--title", "CEO"]],
      [["gave", "", "advice"]],
      [["archive", " "]],
      [["intro", "ana", "\ufeff"]],
      [["merge", "ana", ""]],
    ])("%j", (args) => {
      refused(args, /a name is needed/);
    });

    it.each([[["log", ""]], [["log", "\u200b", "--note", "hi"]]])("%j", (args) => {
      refused(args, /an empty name was given/);
    });
  });
});

describe("what is documented keeps working", () => {
  let temp: ReturnType<typeof tempJournal>;
  let net: ReturnType<typeof session>;
  beforeEach(() => {
    temp = tempJournal();
    net = session(temp.db, TODAY);
    net(["add", "Ana Souza"]);
  });
  afterEach(() => temp.cleanup());

  it("--on reads every documented form, and phrases chrono reads whole", () => {
    const on = (text: string) => net(["log", "ana", "--on", text, "--json"]).json().interaction.date;
    expect(on("2026-11-03")).toBe("2026-11-03");
    expect(on("yesterday")).toBe("2026-11-23");
    expect(on("friday")).toBe("2026-11-20");
    expect(on("2 weeks ago")).toBe("2026-11-10");
    expect(on("3d")).toBe("2026-11-21");
    expect(on("March 3")).toBe("2026-03-03");
    expect(on("the 5th of March")).toBe("2026-03-05");
    expect(on("March 3, 2025")).toBe("2025-03-03");
    expect(on("10y")).toBe("2016-11-24");
  });

  it("--follow-up reads every documented form, up to ten years ahead", () => {
    const due = (text: string) => net(["log", "ana", "--follow-up", text, "--again", "--json"]).json().followUps[0].due;
    expect(due("tomorrow")).toBe("2026-11-25");
    expect(due("fri")).toBe("2026-11-27");
    expect(due("in 3 days")).toBe("2026-11-27");
    expect(due("next week")).toBe("2026-12-01");
    expect(due("next month")).toBe("2026-12-24");
    expect(due("1y")).toBe("2027-11-24");
    expect(due("10y")).toBe("2036-11-24");
    expect(due("2036-11-24")).toBe("2036-11-24");
  });

  it("a past phrase with a time of day is that day, not a year before", () => {
    const r = net(["log", "ana", "--on", "tomorrow at 5pm"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--on "tomorrow at 5pm" is 2026-11-25, in the future');
  });

  it("a leap day is a birthday without a year, or in a leap year; today is a birthday too", () => {
    const birthday = (value: string) => net(["add", `Someone ${value}`, "--birthday", value, "--json"]).json().birthday;
    expect(birthday("--02-29")).toBe("--02-29");
    expect(birthday("02-29")).toBe("--02-29");
    expect(birthday("2024-02-29")).toBe("2024-02-29");
    expect(birthday(TODAY)).toBe(TODAY);
  });

  it("cadences and --within up to ten years, and a met-on written as a date however long ago", () => {
    expect(net(["edit", "ana", "--cadence", "10y", "--met-on", "1990-06-01", "--json"]).json()).toMatchObject({
      cadenceDays: 3650,
      metOn: "1990-06-01",
    });
    expect(net(["edit", "ana", "--cadence", "3650", "--json"]).json().cadenceDays).toBe(3650);
    expect(net(["due", "--within", "10y", "--json"]).json().within).toBe(3650);
  });

  it("invisible characters at the ends of a name are trimmed like spaces", () => {
    expect(net(["add", "\u200b Ben Ode\ufeff\u200e", "--json"]).json().name).toBe("Ben Ode");
    expect(net(["edit", "ben", "--name", "\u2060Ben Okafor ", "--json"]).json().name).toBe("Ben Okafor");
    expect(net(["log", "\u200bCleo Diaz", "--add", "--json"]).json().interaction.people).toEqual([{ id: 3, name: "Cleo Diaz" }]);
    expect(net(["show", "\u200bben okafor\u200b", "--json"]).json().id).toBe(2);
  });

  it("a name of 300 characters, a note of 64 KB and a line of 500 characters are kept whole", () => {
    const name = `${"N".repeat(299)}é`;
    const note = `${"a".repeat(64 * 1024 - 2)}é`;
    const added = net(["add", name, "--note", note, "--company", "c".repeat(500), "--json"]);
    expect(added.code).toBe(0);
    expect(added.json()).toMatchObject({ name, note, company: "c".repeat(500) });
    expect(net(["gave", "ana", note, "--json"]).json().entry.what).toBe(note);
  });
});

describe("imported rows are held to the same rules", () => {
  let temp: ReturnType<typeof tempJournal>;
  let net: ReturnType<typeof session>;
  beforeEach(() => {
    temp = tempJournal();
    net = session(temp.db, TODAY);
  });
  afterEach(() => temp.cleanup());

  const file = (name: string, text: string) => {
    const path = join(temp.dir, name);
    writeFileSync(path, text);
    return path;
  };
  const card = (...lines: string[]) => ["BEGIN:VCARD", "VERSION:3.0", ...lines, "END:VCARD", ""].join("\r\n");

  it("vCard: a name net cannot keep is skipped with the reason and counted; a field over its limit is left out with a warning", () => {
    const vcf = file(
      "cards.vcf",
      [
        card("FN:\u200b"),
        card(`FN:${LONG_NAME}`),
        card("FN:Good One", `NOTE:${"a".repeat(70_000)}`, `ORG:${LONG_LINE}`, "BDAY:2030-01-01", "TITLE:CTO"),
        card("FN:Plain Person", "EMAIL:plain@example.com"),
      ].join(""),
    );
    const r = net(["import", "vcard", vcf, "--json"]);
    expect(r.code).toBe(0);
    // toMatchObject: the summary may say more (the encoding it assumed…); these keys are what this rule is about.
    expect(r.json()).toMatchObject({
      created: 2,
      updated: 0,
      unchanged: 0,
      skipped: [
        { line: 1, reason: "the name has only invisible characters (such as zero-width spaces)" },
        { line: 5, reason: "the name is 301 characters long, over the limit of 300" },
      ],
      warnings: [
        {
          line: 9,
          reason:
            "the company is 501 characters long, over the limit of 500; the note is 68.4 KB (70,000 bytes), over the limit of 64 KB; the birthday 2030-01-01 is after today; imported without them",
        },
      ],
    });
    expect(r.stderr).toContain("2 created, 0 updated, 0 unchanged, 2 skipped");
    const people = net(["export", "json"]).json().people;
    expect(
      people.map((p: { name: string; company: string | null; title: string | null; note: string | null; birthday: string | null }) => [
        p.name,
        p.company,
        p.title,
        p.note,
        p.birthday,
      ]),
    ).toEqual([
      ["Good One", null, "CTO", null, null],
      ["Plain Person", null, null, null, null],
    ]);
  });

  it("vCard: a birthday on a day that does not exist is not imported", () => {
    const vcf = file(
      "leap.vcf",
      card("FN:Leap Day", "BDAY:2026-02-29") + card("FN:Real Leap", "BDAY:2024-02-29") + card("FN:Apple Leap", "BDAY:1604-02-29"),
    );
    net(["import", "vcard", vcf]);
    expect(
      net(["export", "json"])
        .json()
        .people.map((p: { birthday: string | null }) => p.birthday),
    ).toEqual([null, "2024-02-29", "--02-29"]);
  });

  it("LinkedIn: names over the limit or only invisible are skipped with their lines; a company over the limit is left out", () => {
    const csv = file(
      "Connections.csv",
      [
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        `${LONG_NAME},,https://www.linkedin.com/in/long,,Acme,CTO,01 Jan 2024`,
        "\u200b,\u200d,https://www.linkedin.com/in/blank,,Acme,CTO,01 Jan 2024",
        `Ana,Souza,https://www.linkedin.com/in/ana,,${LONG_LINE},CTO,01 Jan 2024`,
        "",
      ].join("\n"),
    );
    const r = net(["import", "linkedin", csv, "--json"]);
    expect(r.code).toBe(0);
    // toMatchObject: the summary may say more (the encoding it assumed…); these keys are what this rule is about.
    expect(r.json()).toMatchObject({
      created: 1,
      updated: 0,
      unchanged: 0,
      skipped: [
        { line: 2, reason: "the name is 301 characters long, over the limit of 300" },
        { line: 3, reason: "the name has only invisible characters (such as zero-width spaces)" },
      ],
      warnings: [{ line: 4, reason: "the company is 501 characters long, over the limit of 500; imported without it" }],
    });
    expect(
      net(["people", "--json"])
        .json()
        .map((p: { name: string; company: string | null }) => [p.name, p.company]),
    ).toEqual([["Ana Souza", null]]);
  });

  it("Google: a row whose name is only invisible characters is skipped with its line", () => {
    const csv = file("contacts.csv", ["First Name,Last Name,E-mail 1 - Value", "\u200b,,", "Ana,Souza,ana@acme.io", ""].join("\n"));
    const r = net(["import", "google", csv, "--json"]);
    expect(r.json()).toMatchObject({
      created: 1,
      skipped: [{ line: 2, reason: "the name has only invisible characters (such as zero-width spaces)" }],
    });
  });

  it("a name with a line break is skipped, in every format, not joined into one line", () => {
    const linkedin = file(
      "Connections.csv",
      [
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        '"Two\nLine",X,,,Acme,,01 Jan 2024',
        "Ana,Souza,,,,,01 Jan 2024",
        "Five\u000bLine,Y,,,,,",
        "",
      ].join("\n"),
    );
    const reason = "the name has a line break; a name is one line";
    expect(net(["import", "linkedin", linkedin, "--json"]).json()).toMatchObject({
      created: 1,
      skipped: [
        { line: 2, reason },
        { line: 5, reason },
      ],
    });
    const google = file("contacts.csv", ["First Name,Last Name,E-mail 1 - Value", '"Three\rLine",,t@x.io', ""].join("\n"));
    expect(net(["import", "google", google, "--json"]).json()).toMatchObject({ created: 0, skipped: [{ line: 2 }] });
    const vcard = file("c.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Four\\nLine\r\nEND:VCARD\r\n");
    expect(net(["import", "vcard", vcard, "--json"]).json()).toMatchObject({ created: 0, skipped: [{ line: 1 }] });
    expect(
      net(["people", "--json"])
        .json()
        .map((p: { name: string }) => p.name),
    ).toEqual(["Ana Souza"]);
  });

  it("a skipped row is not also listed as imported with something left out", () => {
    const csv = file(
      "Connections.csv",
      ["First Name,Last Name,URL,Email Address,Company,Position,Connected On", `${LONG_NAME},,,,Acme,,yesterday-ish`, ""].join("\n"),
    );
    const r = net(["import", "linkedin", csv, "--json"]);
    expect(r.json()).toMatchObject({ created: 0, skipped: [{ line: 2 }] });
    expect(r.json().warnings).toBeUndefined();
  });

  it("Google: a birthday that is not a real day is left out with a warning", () => {
    const csv = file("contacts.csv", ["First Name,Last Name,E-mail 1 - Value,Birthday", "Ana,Souza,,2026-02-29", ""].join("\n"));
    expect(net(["import", "google", csv, "--json"]).json()).toMatchObject({
      created: 1,
      warnings: [{ line: 2, reason: 'Birthday "2026-02-29" is not a real date; imported without it' }],
    });
  });

  it("a restore (net import json) is all or nothing: a record that breaks a rule refuses the whole file, naming it", () => {
    net(["add", "Ana Souza"]);
    net(["add", "Ben Ode"]);
    const doc = net(["export", "json"]).json();
    const restore = (change: (d: typeof doc) => void) => {
      const copy = structuredClone(doc);
      change(copy);
      const target = join(temp.dir, `restore-${Math.random().toString(36).slice(2)}.db`);
      const r = net(["--db", target, "import", "json", file("doc.json", JSON.stringify(copy))]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("nothing was imported");
      expect(existsSync(target)).toBe(false);
      return r.stderr;
    };
    const lineBreak = restore((d) => (d.people[1].name = "Ben\nEMAIL:attacker@evil.example"));
    expect(lineBreak).toContain("people[1].name has a line break; a name is one line");
    expect(lineBreak).toContain("shorten or mend that field in the file");
    expect(restore((d) => (d.people[1].name = "\u200b"))).toContain("people[1].name has only invisible characters");
    expect(restore((d) => (d.people[0].name = LONG_NAME))).toContain("people[0].name is 301 characters long, over the limit of 300");
    expect(restore((d) => (d.people[0].note = LONG_NOTE))).toMatch(
      /people\[0\]\.note is 64.1 KB \(65,537 bytes\), over the limit of 64 KB \(found "a{79}…\)/,
    );
    expect(restore((d) => (d.people[0].company = LONG_LINE))).toContain("people[0].company is 501 characters long");
    expect(restore((d) => (d.people[0].birthday = "2026-02-29"))).toContain("people[0].birthday must be a real day");
  });
});
