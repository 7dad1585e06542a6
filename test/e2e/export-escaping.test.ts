import ICAL from "ical.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { net as runNet, session, tempJournal } from "../support/net.js";
import { ICALENDAR, readWith, skippedWithout, VOBJECT } from "../support/python-readers.js";

// Nothing a note or a name holds can become a property of its own in a file net writes, read back by net or by another
// program (python-vobject, python-icalendar, ical.js).

let t: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(() => {
  t = tempJournal();
  net = session(t.db);
});
afterEach(() => t.cleanup());

const NOTE = "hi\rEMAIL:attacker@evil.example\r\nTEL:+1 555 0100\nEND:VCARD";

/** Ana, whose note tries to add an e-mail, a phone and a card end, with a company and title full of separators. */
function addAna(): string {
  const r = net([
    "add",
    "Ana Souza",
    "--email",
    "ana@acme.io",
    "--company",
    "Acme; Labs, Inc.",
    "--title",
    "CTO\\Founder: R&D",
    "--note",
    NOTE,
  ]);
  expect(r.code).toBe(0);
  const out = join(t.dir, "net.vcf");
  expect(net(["export", "vcard", "--out", out]).code).toBe(0);
  return out;
}

describe("net export vcard with a hostile note", () => {
  it("net's own importer finds exactly Ana's e-mail and her exact note", () => {
    const out = addAna();
    expect(readFileSync(out, "utf8")).toContain("\r\nNOTE:hi\\nEMAIL:attacker@evil.example\\nTEL:+1 555 0100\\nEND:VCARD\r\n");
    const other = join(t.dir, "other.db");
    const r = runNet(["import", "vcard", out, "--json"], { db: other });
    expect(r.json()).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: [] });
    const [ana] = runNet(["export", "json"], { db: other }).json().people;
    expect(ana).toMatchObject({
      name: "Ana Souza",
      emails: ["ana@acme.io"],
      phones: [],
      company: "Acme; Labs, Inc.",
      title: "CTO\\Founder: R&D",
      note: "hi\nEMAIL:attacker@evil.example\nTEL:+1 555 0100\nEND:VCARD",
    });
  });

  it.skipIf(!VOBJECT)(
    `python-vobject reads one card with exactly its properties, the exact note and the whole company${skippedWithout("vobject")}`,
    () => {
      const cards = readWith("read-vcard.py", addAna());
      expect(cards).toHaveLength(1);
      expect(cards[0]).toMatchObject({
        email: ["ana@acme.io"],
        tel: [],
        org: [["Acme; Labs, Inc."]],
        title: ["CTO\\Founder: R&D"],
        note: ["hi\nEMAIL:attacker@evil.example\nTEL:+1 555 0100\nEND:VCARD"],
      });
      expect(cards[0].properties.sort()).toEqual(["EMAIL", "FN", "N", "NOTE", "ORG", "PRODID", "TITLE", "UID", "VERSION"]);
    },
  );
});

describe("net export ics with hostile follow-up notes", () => {
  const notes = ["hi\rDTSTART:19700101", "two\r\nEND:VEVENT\r\nBEGIN:VEVENT", "a;b,c\\d\nSUMMARY:evil"];
  function exportIcs(): { text: string; file: string } {
    expect(net(["add", "Ana; Souza, Jr."]).code).toBe(0);
    for (const note of notes) expect(net(["follow-up", "ana", "friday", note]).code).toBe(0);
    const file = join(t.dir, "net.ics");
    expect(net(["export", "ics", "--out", file]).code).toBe(0);
    return { text: readFileSync(file, "utf8"), file };
  }
  // The note's first line goes in the summary, the rest in the description: a CR, alone or before LF, is a line break.
  const expected = [
    ["hi", "DTSTART:19700101"],
    ["two", "END:VEVENT\nBEGIN:VEVENT"],
    ["a;b,c\\d", "SUMMARY:evil"],
  ].map(([first, rest], i) => ({
    uid: `followup-${i + 1}@net-journal`,
    summary: `Follow up with Ana; Souza, Jr.: ${first}`,
    description: `${rest}\nnet done f${i + 1} when it is done`,
  }));

  it("ical.js reads three events with exactly their text, and no line of the file holds a bare CR or LF", () => {
    const { text } = exportIcs();
    expect(text.split("\r\n").every((l) => !/[\r\n]/.test(l))).toBe(true);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
    expect(
      events.map((e) => ({
        uid: e.getFirstPropertyValue("uid"),
        summary: e.getFirstPropertyValue("summary"),
        description: e.getFirstPropertyValue("description"),
      })),
    ).toEqual(expected);
    expect(events.map((e) => e.getAllProperties("dtstart").length)).toEqual([1, 1, 1]);
  });

  it.skipIf(!ICALENDAR)(`python-icalendar reads three events with exactly their text and properties${skippedWithout("icalendar")}`, () => {
    const events = readWith("read-ics.py", exportIcs().file);
    // python-icalendar 4 mis-reads a backslash of the text's own (it undoes escapes one kind at a time), so the third note is compared without it.
    const third = expected[2]!;
    expect(events.map((e: any) => ({ uid: e.uid, summary: e.summary, description: e.description }))).toEqual([
      expected[0],
      expected[1],
      { ...third, summary: expect.any(String) },
    ]);
    expect(events[2].summary.replace("\\", "")).toBe(third.summary.replace("\\", ""));
    for (const e of events)
      expect(e.properties.sort()).toEqual([
        "DESCRIPTION",
        "DTSTAMP",
        "DTSTART",
        "LAST-MODIFIED",
        "SEQUENCE",
        "STATUS",
        "SUMMARY",
        "TRANSP",
        "UID",
      ]);
  });
});
