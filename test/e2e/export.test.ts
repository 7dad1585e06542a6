import ICAL from "ical.js";
import { parse } from "csv-parse/sync";
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { net as runNet, session, tempJournal } from "../support/net.js";

let t: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(() => {
  t = tempJournal();
  net = session(t.db);
});
afterEach(() => t.cleanup());

/** A second process writing to the journal as net does: one BEGIN IMMEDIATE transaction per person, WAL, a busy timeout. */
const WRITER = `
const Database = require(${JSON.stringify(new URL("../../node_modules/better-sqlite3", import.meta.url).pathname)});
const db = new Database(process.argv[1], { timeout: 5000 });
db.pragma("journal_mode = WAL");
const person = db.prepare("INSERT INTO people (name, name_key, created_on) VALUES (?, ?, '2026-11-22')");
const email = db.prepare("INSERT INTO person_emails (person_id, email) VALUES (?, ?)");
const add = db.transaction((i) => { const id = person.run("Writer " + i, "writer " + i).lastInsertRowid; email.run(id, "writer" + i + "@example.com"); });
for (let i = 0; ; i++) { add.immediate(i); if (i === 20) process.stdout.write("writing\\n"); }
`;

/** A small journal with every kind of record, written through net import json. */
const DOC = {
  format: "net-journal",
  version: 2,
  me: { needs: ["a seed investor"], offers: ["product strategy"] },
  people: [
    {
      id: 1,
      name: "Ana Souza",
      company: "Acme, Inc.",
      title: "CTO",
      emails: ["ana@acme.io"],
      phones: ["+1 555 0100"],
      tags: ["climate", "design"],
      links: [],
      needs: ["a product designer"],
      offers: [],
      met: "PyCon",
      metOn: "2020-01-05",
      birthday: "--03-15",
      linkedinUrl: "https://www.linkedin.com/in/ana",
      note: 'tea, not coffee; "really"',
      cadenceDays: 30,
      archived: false,
      created: "2026-01-01",
      uid: "urn:uuid:5e0c7c1a-0000-4000-8000-000000000001",
      cardN: null,
    },
    {
      id: 2,
      name: "Ben Okafor",
      company: null,
      title: null,
      emails: [],
      phones: [],
      tags: [],
      links: ["https://ben.dev"],
      needs: [],
      offers: ["intros to banks", "fintech"],
      met: null,
      metOn: null,
      birthday: "1980-02-29",
      linkedinUrl: null,
      note: null,
      cadenceDays: null,
      archived: false,
      created: "2026-01-02",
      uid: "urn:uuid:5e0c7c1a-0000-4000-8000-000000000002",
      cardN: null,
    },
    {
      id: 4,
      name: "Cara Lind",
      company: "Globex",
      title: null,
      emails: [],
      phones: [],
      tags: [],
      links: [],
      needs: [],
      offers: [],
      met: null,
      metOn: null,
      birthday: null,
      linkedinUrl: null,
      note: null,
      cadenceDays: null,
      archived: true,
      created: "2026-01-03",
      uid: "google-c4a9",
      cardN: "Lind;Cara;;;",
    },
  ],
  interactions: [
    { id: 1, date: "2026-11-01", channel: "video", initiatedBy: "them", note: "catch-up", created: "2026-11-01", people: [1, 2] },
    { id: 2, date: "2026-11-10", channel: "meeting", initiatedBy: "me", note: null, created: "2026-11-10", people: [1] },
  ],
  followUps: [
    {
      id: 1,
      person: 1,
      due: "2026-11-25",
      note: "send her the deck with a very long explanation that will need folding in the calendar file",
      interaction: 1,
      intro: null,
      created: "2026-11-01",
      done: null,
    },
    { id: 2, person: 2, due: "2026-11-20", note: null, interaction: null, intro: null, created: "2026-11-01", done: "2026-11-21" },
    { id: 3, person: 1, due: "2026-12-04", note: null, interaction: null, intro: 1, created: "2026-11-20", done: null },
  ],
  asks: [{ id: 1, person: 2, what: "a referral", size: "medium", date: "2026-11-01", status: "open", closed: null, interaction: 1 }],
  intros: [
    {
      id: 1,
      a: 1,
      b: 2,
      why: "both in climate",
      status: "made",
      proposedOn: "2026-11-15",
      madeOn: "2026-11-20",
      outcome: null,
      outcomeNote: null,
      outcomeOn: null,
    },
  ],
  ledger: [
    {
      id: 1,
      person: 1,
      direction: "gave",
      what: "intro to Ben",
      size: "large",
      date: "2026-11-20",
      interaction: null,
      intro: 1,
      ask: null,
    },
    { id: 2, person: 2, direction: "got", what: "advice", size: "small", date: "2026-11-01", interaction: 1, intro: null, ask: null },
  ],
};

function seed(): string {
  const file = join(t.dir, "seed.json");
  writeFileSync(file, JSON.stringify(DOC));
  const r = net(["import", "json", file, "--json"]);
  expect(r.code).toBe(0);
  expect(r.json()).toEqual({ created: 3, updated: 0, unchanged: 0, skipped: [] });
  return file;
}

describe("net export json", () => {
  it("round-trips: export, import into an empty journal, export again gives the identical document", () => {
    seed();
    const first = net(["export", "json"]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual(DOC);
    const out = join(t.dir, "export.json");
    expect(net(["export", "json", "--out", out]).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const other = join(t.dir, "other.db");
    expect(runNet(["import", "json", out], { db: other }).code).toBe(0);
    expect(runNet(["export", "json"], { db: other }).stdout).toBe(first.stdout);
  });

  it("reads a version 1 export (before needs and offers) and writes it back as version 2 with none", () => {
    const v1 = {
      ...DOC,
      version: 1,
      me: undefined,
      people: DOC.people.map(({ needs, offers, ...p }) => p),
    };
    const file = join(t.dir, "v1.json");
    writeFileSync(file, JSON.stringify(v1));
    expect(net(["import", "json", file]).code).toBe(0);
    expect(net(["export", "json"]).json()).toEqual({
      ...DOC,
      me: { needs: [], offers: [] },
      people: DOC.people.map((p) => ({ ...p, needs: [], offers: [] })),
    });
    const v3 = join(t.dir, "v3.json");
    writeFileSync(v3, JSON.stringify({ ...DOC, version: 3 }));
    const refused = runNet(["import", "json", v3], { db: join(t.dir, "three.db") });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("this export is version 3; this net reads versions 1 and 2");
  });

  it("refuses to restore into a journal that has entries, and a broken document changes nothing", () => {
    const file = seed();
    const again = net(["import", "json", file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("restores an export into an empty journal");
    const fresh = join(t.dir, "fresh.db");
    const broken = join(t.dir, "broken.json");
    writeFileSync(broken, JSON.stringify({ ...DOC, ledger: [{ ...DOC.ledger[0], person: 99 }] }));
    const r = runNet(["import", "json", broken], { db: fresh });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ledger[0].person refers to a record that is not in the file");
    expect(runNet(["export", "json"], { db: fresh }).json().people).toEqual([]);
  });
});

describe("net export csv, vcard and ics", () => {
  it("csv: one properly quoted row per person with tier, depth, balance and last contact", () => {
    seed();
    const r = net(["export", "csv"]);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      id: "1",
      name: "Ana Souza",
      company: "Acme, Inc.",
      emails: "ana@acme.io",
      tags: "climate; design",
      last_contact: "2026-11-10",
      archived: "no",
    });
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(["tier", "depth", "given", "received", "balance", "last_contact"]));
  });

  it("vcard: 4.0 that ical.js and net's importer read back", () => {
    seed();
    const out = join(t.dir, "net.vcf");
    expect(net(["export", "vcard", "--out", out]).code).toBe(0);
    const text = readFileSync(out, "utf8");
    const cards = (ICAL.parse(text) as unknown[]).map((c) => new ICAL.Component(c as never));
    expect(cards.map((c) => c.getFirstPropertyValue("fn"))).toEqual(["Ana Souza", "Ben Okafor", "Cara Lind"]);
    const other = join(t.dir, "other.db");
    const r = runNet(["import", "vcard", out, "--json"], { db: other });
    expect(r.json()).toEqual({ created: 3, updated: 0, unchanged: 0, skipped: [] });
    const ana = runNet(["export", "json"], { db: other }).json().people[0];
    expect(ana).toMatchObject({
      name: "Ana Souza",
      company: "Acme, Inc.",
      emails: ["ana@acme.io"],
      tags: ["climate", "design"],
      birthday: "--03-15",
      linkedinUrl: "https://www.linkedin.com/in/ana",
      note: DOC.people[0]!.note,
    });
  });

  it("ics: open follow-ups, intro check-ins and birthdays as all-day events with stable UIDs, CRLF, folded", () => {
    seed();
    const r = net(["export", "ics"]);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .split("\r\n")
        .slice(0, -1)
        .every((l) => !l.includes("\n") && Buffer.byteLength(l) <= 75),
    ).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    const events = cal.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.startDate.isDate, e.summary])).toEqual([
      [
        "followup-1@net-journal",
        "2026-11-25",
        true,
        // A long note is cut at a word in the summary and goes on in the description.
        "Follow up with Ana Souza: send her the deck with a very long explanation that will…",
      ],
      ["followup-3@net-journal", "2026-12-04", true, "Check in on the intro: Ana Souza and Ben Okafor"],
      // Birthdays recur from the birth date (a year not known is 2000's); 29 February is the 28th in other years.
      ["birthday-1@net-journal", "2000-03-15", true, "Ana Souza's birthday"],
      ["birthday-2@net-journal", "1980-02-29", true, "Ben Okafor's birthday"],
    ]);
    expect(events[0]!.description).toBe("…need folding in the calendar file\nnet done f1 when it is done");
    const next = (e: ICAL.Event) => {
      const it = e.iterator();
      let day = it.next();
      while (day && day.compare(ICAL.Time.fromDateString("2026-12-04")) < 0) day = it.next();
      return day?.toString();
    };
    expect([next(events[2]!), next(events[3]!)]).toEqual(["2027-03-15", "2027-02-28"]);
    expect(cal.getAllSubcomponents("vevent").every((e) => e.getFirstPropertyValue("dtstamp") !== null)).toBe(true);
    expect(net(["export", "ics"]).stdout).toBe(r.stdout);
  });
});

describe("net export --json", () => {
  it("with --out prints {format, out, count}; without it wraps csv, vcard and ics text; json stays the document", () => {
    seed();
    const out = join(t.dir, "people.csv");
    const written = net(["export", "csv", "--out", out, "--json"]);
    expect(written.code).toBe(0);
    expect(written.json()).toEqual({ format: "csv", out, count: 3 });
    expect(readFileSync(out, "utf8")).toBe(net(["export", "csv"]).stdout);
    expect(net(["export", "ics", "--out", join(t.dir, "f.ics"), "--json"]).json()).toEqual({
      format: "ics",
      out: join(t.dir, "f.ics"),
      count: 4,
    });
    expect(net(["export", "json", "--out", join(t.dir, "j.json"), "--json"]).json()).toMatchObject({ format: "json", count: 3 });
    const card = net(["export", "vcard", "--json"]);
    expect(card.json()).toEqual({ format: "vcard", count: 3, text: net(["export", "vcard"]).stdout });
    expect(net(["export", "json", "--json"]).json()).toEqual(DOC);
  });
});

describe("net backup", () => {
  it("writes a private, consistent copy and refuses to overwrite without --force", () => {
    seed();
    const file = join(t.dir, "copy.db");
    const r = net(["backup", file]);
    expect(r.code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(runNet(["export", "json"], { db: file }).json()).toEqual(DOC);
    const again = net(["backup", file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists");
    expect(net(["backup", file, "--force"]).code).toBe(0);
    const none = runNet(["backup", join(t.dir, "x.db")], { db: join(t.dir, "missing.db") });
    expect(none.code).toBe(1);
    expect(existsSync(join(t.dir, "missing.db"))).toBe(false);
  });

  it("refuses to back the journal up over itself, even by another path or a link, and changes nothing", () => {
    seed();
    const link = join(t.dir, "link.db");
    symlinkSync(t.db, link);
    const before = readFileSync(t.db);
    for (const target of [t.db, join(t.dir, ".", "journal.db"), link]) {
      const r = net(["backup", target, "--force"]);
      expect(r.code, target).toBe(2);
      expect(r.stderr).toContain("is the journal itself; the backup was not written");
    }
    expect(readFileSync(t.db).equals(before)).toBe(true);
    expect(readdirSync(t.dir).sort()).toEqual(["journal.db", "link.db", "seed.json"]);
    expect(net(["export", "json"]).json()).toEqual(DOC);
  });

  it("takes a consistent copy while another process is writing", async () => {
    seed();
    // Another process adds a person and their e-mail in one transaction, over and over, until it is stopped.
    const writer = spawn(process.execPath, ["-e", WRITER, t.db], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise<void>((resolve, reject) => {
        writer.stdout.once("data", () => resolve());
        writer.once("exit", (code) => reject(new Error(`the writer stopped early (${code})`)));
      });
      const file = join(t.dir, "copy.db");
      const r = net(["backup", file]);
      expect(r.code, r.stderr).toBe(0);
      const copy = new Database(file, { readonly: true });
      try {
        expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
        const count = (sql: string) => (copy.prepare(sql).get() as { n: number }).n;
        const written = count("SELECT count(*) AS n FROM people WHERE name LIKE 'Writer %'");
        expect(written).toBeGreaterThan(0);
        // Never half a transaction: every person the copy holds has their e-mail.
        expect(count("SELECT count(*) AS n FROM person_emails WHERE email LIKE 'writer%'")).toBe(written);
      } finally {
        copy.close();
      }
    } finally {
      writer.kill();
    }
  });
});
