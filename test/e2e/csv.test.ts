import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { journalPerTest } from "../support/journal-per-test.js";
import { net } from "../support/net.js";

// The spreadsheet round trip: net export csv carries everything a person has, guarded against formulas, and net import
// csv reads it back exactly; it also reads Google's and Outlook's CSV, each recognised by its header.

const TODAY = "2026-12-04";
const journal = journalPerTest(TODAY);
const OUTLOOK = new URL("../fixtures/outlook/", import.meta.url).pathname;
const CSVCLEAN = spawnSync("sh", ["-c", "command -v csvclean"]).status === 0;
const skippedWithoutCsvkit = CSVCLEAN ? "" : " [SKIPPED: csvclean is not installed: apt-get install csvkit]";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "net-csv-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function people() {
  journal.ok([
    "add",
    "Ana Souza",
    "--company",
    "Smith; Jones, LLP",
    "--title",
    "=CTO",
    "--email",
    "ana@sj.example",
    "--phone",
    "+351 912 345 678",
    "--tag",
    "a,b",
    "--tag",
    "x;y",
    "--met",
    "@web summit",
    "--met-on",
    "2025-03-01",
    "--birthday",
    "03-15",
    "--cadence",
    "monthly",
    "--note",
    'line one\nline "two", with \\ a backslash\r\n\tthree 🙂',
  ]);
  journal.ok(["add", "山田 太郎", "--company", "株式会社サンプル", "--phone", "-81 3 1234 5678"]);
  journal.ok(["archive", "山田 太郎"]);
}

const rows = (text: string) => parse(text.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
const peopleOf = (exported: string) => (JSON.parse(exported) as { people: unknown[] }).people;

describe("net export csv", () => {
  it("carries every field, lists joined by '; ' with ; escaped, and a ' before every cell a spreadsheet would run", () => {
    people();
    const r = journal.ok(["export", "csv"]);
    const [ana, taro] = rows(r.stdout);
    expect(ana).toMatchObject({
      id: "1",
      name: "Ana Souza",
      company: "Smith; Jones, LLP",
      title: "'=CTO",
      emails: "ana@sj.example",
      phones: "'+351 912 345 678",
      tags: "a,b; x\\;y",
      met: "'@web summit",
      met_on: "2025-03-01",
      birthday: "'--03-15",
      note: 'line one\nline "two", with \\ a backslash\r\n\tthree 🙂',
      cadence_days: "30",
      archived: "no",
      created: TODAY,
    });
    expect(ana!.uid).toMatch(/^urn:uuid:/);
    expect(taro).toMatchObject({ name: "山田 太郎", company: "株式会社サンプル", phones: "'-81 3 1234 5678", archived: "yes" });
    expect(r.stdout.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("--bom starts the file with UTF-8's byte order mark, for Excel; other formats have no --bom", () => {
    people();
    const out = join(dir, "people.csv");
    journal.ok(["export", "csv", "--bom", "--out", out]);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3, 7).toString()).toBe("id,n");
    const refused = journal.net(["export", "vcard", "--bom"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("unknown option '--bom'");
  });

  it(`is a clean CSV to csvkit${skippedWithoutCsvkit}`, { skip: !CSVCLEAN }, () => {
    people();
    const out = join(dir, "people.csv");
    journal.ok(["export", "csv", "--out", out]);
    const clean = spawnSync("csvclean", ["-n", out], { encoding: "utf8" });
    expect(clean.stdout.trim()).toBe("No errors.");
    const json = spawnSync("csvjson", [out], { encoding: "utf8" });
    expect(json.status, json.stderr).toBe(0);
    const [ana] = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(ana).toMatchObject({ name: "Ana Souza", company: "Smith; Jones, LLP", phones: "'+351 912 345 678" });
    // Python's csv module, under csvkit, reads the CRLF inside the quoted note as LF.
    expect(ana!.note).toBe('line one\nline "two", with \\ a backslash\n\tthree 🙂');
  });
});

describe("net import csv", () => {
  it("reads net's own CSV back: a new journal exports the same people, and the same CSV again", () => {
    people();
    const out = join(dir, "people.csv");
    journal.ok(["export", "csv", "--bom", "--out", out]);
    const fresh = join(dir, "fresh.db");
    const imported = net(["import", "csv", out, "--json"], { db: fresh, today: TODAY });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.json()).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: [], layout: "net-csv" });
    expect(net(["import", "csv", out], { db: join(dir, "other.db"), today: TODAY }).stderr).toContain(
      "Imported people.csv (net export csv): 2 created, 0 updated, 0 unchanged, 0 skipped.",
    );
    expect(peopleOf(net(["export", "json"], { db: fresh, today: TODAY }).stdout)).toEqual(peopleOf(journal.exported()));
    expect(net(["export", "csv", "--bom"], { db: fresh, today: TODAY }).stdout).toBe(readFileSync(out, "utf8"));
    // Again into the same journal: everyone is found by their UID, and nothing changes.
    expect(net(["import", "csv", out, "--json"], { db: fresh, today: TODAY }).json()).toMatchObject({ created: 0, unchanged: 2 });
  });

  it("keeps the numbers of a journal with gaps (someone deleted), so references stay as they were", () => {
    people();
    journal.ok(["add", "Third Person", "--email", "third@example.org"]);
    journal.ok(["rm", "Ana Souza", "--yes"]);
    const out = join(dir, "people.csv");
    journal.ok(["export", "csv", "--out", out]);
    const fresh = join(dir, "fresh.db");
    expect(net(["import", "csv", out], { db: fresh, today: TODAY }).code).toBe(0);
    expect(peopleOf(net(["export", "json"], { db: fresh, today: TODAY }).stdout)).toEqual(peopleOf(journal.exported()));
    expect(net(["show", "3", "--json"], { db: fresh, today: TODAY }).json()).toMatchObject({ id: 3, name: "Third Person" });
  });

  it("reads Outlook for Windows' export (Windows-1252, quoted, CRLF) and says which layout it recognised", () => {
    const file = join(OUTLOOK, "outlook-desktop.csv");
    const r = journal.net(["import", "csv", file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Imported outlook-desktop.csv (Outlook CSV): 4 created, 0 updated, 0 unchanged, 1 skipped.");
    expect(r.stderr).toContain("read as Windows-1252");
    const ppl = peopleOf(journal.exported()) as Record<string, unknown>[];
    expect(ppl.map((p) => p.name)).toEqual(["Dr. Inês Gonçalves", "François X. Dupont Jr.", "Northwind Traders", "Sam Lee"]);
    expect(ppl[0]).toMatchObject({
      company: "Smith; Jones, LLP",
      title: "Partner",
      emails: ["ines@smithjones.example", "ines.g@example.pt"],
      phones: ["+351 912 000 002", "+351 21 000 0001"],
      tags: ["lawyers", "lisbon"],
      birthday: "1979-03-15",
      linkedinUrl: "https://www.linkedin.com/in/ines-goncalves-example",
      note: "Met at Web Summit.\r\nPrefers calls before 10.",
    });
    // The Exchange address is not one anybody can write to; "0/0/00" is Outlook's empty date.
    expect(ppl[1]).toMatchObject({ emails: ["francois@cafe-muller.example"], birthday: null, tags: ["suppliers"] });
    expect(ppl[3]).toMatchObject({ birthday: "1990-12-31", phones: ["=1+1"], note: '@mention, "quoted"' });
    expect(journal.net(["import", "csv", file, "--json"]).json()).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 4,
      layout: "outlook",
    });
  });

  it("reads outlook.com's export and Google's Outlook CSV, without Google's system groups as tags", () => {
    expect(journal.ok(["import", "csv", join(OUTLOOK, "outlook-com.csv")]).stderr).toContain("(Outlook CSV): 2 created");
    expect(journal.ok(["import", "csv", join(OUTLOOK, "google-outlook.csv")]).stderr).toContain("(Outlook CSV): 2 created");
    const ppl = peopleOf(journal.exported()) as Record<string, unknown>[];
    expect(ppl.map((p) => [p.name, p.company, p.tags])).toEqual([
      ["Yuki Tanaka", "株式会社サンプル", []],
      ["Ziggy", null, []],
      ["Olu Adeyemi", "Lagos Labs", ["investors"]],
      ["Jane Doe", null, []],
    ]);
    expect(ppl[0]).toMatchObject({ birthday: "1992-07-08", note: "会議で会った 🎉", emails: ["yuki@example.jp"] });
  });

  it("reads a Google Contacts CSV as net import google does", () => {
    const file = join(dir, "google.csv");
    writeFileSync(file, "First Name,Last Name,Labels,E-mail 1 - Value\nAna,Souza,* myContacts ::: Friends ::: starred,ana@example.com\n");
    const r = journal.net(["import", "csv", file, "--json"]);
    expect(r.json()).toMatchObject({ created: 1, layout: "google" });
    expect(peopleOf(journal.exported())).toMatchObject([{ name: "Ana Souza", tags: ["friends"], emails: ["ana@example.com"] }]);
  });

  it("refuses a header it does not know, listing the layouts it reads: exit 2, no journal written", () => {
    const file = join(dir, "other.csv");
    writeFileSync(file, "Vorname,Nachname\nAna,Souza\n");
    const r = journal.net(["import", "csv", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("other.csv: this CSV is not one net can read");
    expect(r.stderr).toContain("nothing was imported");
    for (const layout of ["net export csv", "Google CSV", "Outlook CSV"]) expect(r.stderr).toContain(layout);
    expect(existsSync(journal.db)).toBe(false);
  });

  it("points LinkedIn's Connections.csv to net import linkedin: exit 2, nothing written", () => {
    const file = join(dir, "Connections.csv");
    writeFileSync(file, "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Souza,,,Acme,CTO,05 Jan 2024\n");
    const r = journal.net(["import", "csv", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("this is LinkedIn's Connections.csv, which net import linkedin reads");
    expect(r.stderr).toContain(`net import linkedin ${file}`);
    expect(existsSync(journal.db)).toBe(false);
  });

  it("net import google still refuses what is not Google's, Outlook's CSV included", () => {
    const r = journal.net(["import", "google", join(OUTLOOK, "outlook-com.csv")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("this is not a Google Contacts CSV");
  });

  it("warns about a value it cannot read in net's CSV and imports the rest of the row", () => {
    const file = join(dir, "edited.csv");
    writeFileSync(file, "id,name,emails,phones,tags,birthday,cadence_days,archived\n1,Ana,a@x.example,,,02-30,often,maybe\n");
    const r = journal.net(["import", "csv", file, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const doc = r.json() as { created: number; warnings: { line: number; reason: string }[] };
    expect(doc.created).toBe(1);
    expect(doc.warnings).toEqual([
      {
        line: 2,
        reason:
          'birthday "02-30" is not a real date; cadence_days "often" is not a number of days from 1 to 3650 (or 0: none); archived "maybe" is not yes or no; imported without them',
      },
    ]);
    expect(peopleOf(journal.exported())).toMatchObject([{ name: "Ana", emails: ["a@x.example"], birthday: null, archived: false }]);
  });
});

describe("net import csv of Outlook Express and Windows Live Mail", () => {
  it("reads their one Name column", () => {
    const file = join(dir, "wlm.csv");
    writeFileSync(file, "Name,E-mail Address,Mobile Phone,Company\r\nMary Jones,mjones@example.com,+1 555 0100,Acme\r\n");
    expect(journal.net(["import", "csv", file]).stderr).toContain("(Outlook CSV): 1 created");
    expect(peopleOf(journal.exported())).toMatchObject([{ name: "Mary Jones", emails: ["mjones@example.com"], company: "Acme" }]);
  });
});
