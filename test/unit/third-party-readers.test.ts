import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { type CalendarFollowUp, calendarEntries, publish } from "../../src/domain/calendar.js";
import { calendar } from "../../src/formats/ics.js";
import { structuredName } from "../../src/domain/structured-name.js";
import { vcards, type CardPerson } from "../../src/formats/vcard.js";
import { asLf, hostilePerson, hostileText } from "../support/hostile-text.js";
import { ICALENDAR, readWith as readFileWith, skippedWithout, VOBJECT } from "../support/python-readers.js";

// Files net writes, read by libraries other programs use: python-vobject for vCard, python-icalendar and ical.js for
// iCalendar (test/support/python-readers.ts says how a missing Python module is reported).

const dir = mkdtempSync(join(tmpdir(), "net-readers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text written to a file and read by a Python script in test/support. */
function readWith(script: "read-vcard.py" | "read-ics.py", text: string): any {
  const file = join(dir, `file-${Math.random().toString(36).slice(2)}`);
  writeFileSync(file, text);
  return readFileWith(script, file);
}

/** Many hostile samples, always the same ones (one file, one reader process). */
const sample = <T>(arbitrary: fc.Arbitrary<T>, n: number) => fc.sample(arbitrary, { numRuns: n, seed: 20261122 });

/** What a vCard reader should find: each value exactly, with its line breaks as LF. */
function expectedCard(p: CardPerson) {
  const sn = structuredName(p.name);
  const n = [sn.family, sn.given, sn.additional.join(" "), sn.prefixes.join(" "), sn.suffixes.join(" ")];
  const urls = [...(p.linkedinUrl ? [p.linkedinUrl] : []), ...p.links];
  const bday = p.birthday ? [p.birthday.startsWith("--") ? `--${p.birthday.slice(2).replace("-", "")}` : p.birthday.replace(/-/g, "")] : [];
  const properties = [
    "VERSION",
    "PRODID",
    "UID",
    "FN",
    "N",
    ...(p.company ? ["ORG"] : []),
    ...(p.title ? ["TITLE"] : []),
    ...p.emails.map(() => "EMAIL"),
    ...p.phones.map(() => "TEL"),
    ...(p.tags.length > 0 ? ["CATEGORIES"] : []),
    ...bday.map(() => "BDAY"),
    ...urls.map(() => "URL"),
    ...(p.note ? ["NOTE"] : []),
    ...p.needs.map(() => "X-NET-NEED"),
    ...p.offers.map(() => "X-NET-OFFER"),
  ];
  return {
    properties: properties.sort(),
    uid: [asLf(p.uid)],
    fn: [asLf(p.name)],
    n: n.map(asLf),
    org: p.company ? [[asLf(p.company)]] : [],
    title: p.title ? [asLf(p.title)] : [],
    email: p.emails.map(asLf),
    tel: p.phones.map(asLf),
    url: urls.map(asLf),
    categories: p.tags.map(asLf),
    bday,
    note: p.note ? [asLf(p.note)] : [],
  };
}

describe("vCard export, read by python-vobject", () => {
  it.skipIf(!VOBJECT)(
    `a card with a CR, an LF or a CRLF in its note has exactly its own properties and the exact note${skippedWithout("vobject")}`,
    () => {
      const ana: CardPerson = {
        name: "Ana Souza",
        company: "Acme; Labs, Inc.",
        title: "CTO\\Founder",
        emails: ["ana@acme.io"],
        phones: [],
        tags: [],
        links: [],
        note: "hi\rEMAIL:attacker@evil.example\r\nTEL:+1 555\nEND:VCARD",
        birthday: null,
        linkedinUrl: null,
        uid: "urn:uuid:0b7d5e1c-4f3a-4c55-9d1e-6f2b8a9c0d11",
        cardN: null,
        needs: [],
        offers: [],
      };
      const [card] = readWith("read-vcard.py", [...vcards([ana])].join(""));
      expect(card.properties.sort()).toEqual(["EMAIL", "FN", "N", "NOTE", "ORG", "PRODID", "TITLE", "UID", "VERSION"]);
      expect(card.email).toEqual(["ana@acme.io"]);
      expect(card.org).toEqual([["Acme; Labs, Inc."]]);
      expect(card.title).toEqual(["CTO\\Founder"]);
      expect(card.note).toEqual(["hi\nEMAIL:attacker@evil.example\nTEL:+1 555\nEND:VCARD"]);
    },
  );

  it.skipIf(!VOBJECT)(
    `300 people with hostile text in every field: each card has exactly its properties and values${skippedWithout("vobject")}`,
    () => {
      const people = sample(hostilePerson, 300);
      const cards = readWith("read-vcard.py", [...vcards(people)].join(""));
      expect(cards).toHaveLength(people.length);
      for (const [i, card] of (cards as any[]).entries())
        expect({ ...card, properties: card.properties.sort() }, `card ${i}`).toEqual(expectedCard(people[i]!));
    },
  );
});

describe("iCalendar export, read by python-icalendar and ical.js", () => {
  const hostileFollowUp = fc.record({
    id: fc.integer({ min: 1, max: 1_000_000 }),
    due: fc.constantFrom("2026-11-25", "2027-02-28"),
    note: fc.option(hostileText, { nil: null }),
    person: hostileText.map((t) => `A${t}`),
    intro: fc.option(fc.record({ id: fc.nat(), a: hostileText, b: hostileText }), { nil: null }),
    doneOn: fc.option(fc.constant("2026-11-20"), { nil: null }),
  }) as fc.Arbitrary<CalendarFollowUp>;
  const followUps = sample(hostileFollowUp, 200).map((f, i) => ({ ...f, id: i + 1 }));
  const birthdays = sample(
    hostileText.map((t) => `B${t}`),
    50,
  ).map((name, i) => ({ personId: i + 1, name, birthday: i % 2 ? "1985-03-15" : "--02-29" }));
  // Events, and the same follow-ups as to-dos; what the domain hands the file is what every reader must find.
  const events = publish(calendarEntries(followUps, birthdays, { todos: false }), [], "2026-11-22").entries;
  const todos = publish(calendarEntries(followUps, [], { todos: true }), [], "2026-11-22").entries;
  const text = calendar([...events, ...todos]);
  const expected = [...events, ...todos].map((e) => ({ uid: e.uid, summary: e.summary, description: e.description }));

  it("every physical line is CRLF-ended, within 75 octets, and holds no bare CR or LF", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    for (const line of text.split("\r\n").slice(0, -1)) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    }
  });

  it("no follow-up's description starts with the note its summary shows", () => {
    const shown = (e: (typeof events)[number], person: string) => e.summary.slice(`Follow up with ${person}: `.length).replace(/…$/, "");
    let checked = 0;
    [...events, ...todos].forEach((e) => {
      const f = followUps.find((f) => e.uid.startsWith(`followup-${f.id}@`) || e.uid.startsWith(`todo-${f.id}@`));
      if (!f || f.intro || !e.summary.startsWith(`Follow up with ${f.person}: `)) return;
      const note = shown(e, f.person);
      if (note === "") return;
      expect(e.description!.startsWith(`${note}\n`), e.uid).toBe(false);
      checked++;
    });
    expect(checked).toBeGreaterThan(20);
  });

  it("ical.js finds each event and to-do with exactly its summary and description", () => {
    const components = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents();
    expect(
      components.map((e) => ({
        uid: e.getFirstPropertyValue("uid"),
        summary: e.getFirstPropertyValue("summary"),
        description: e.getFirstPropertyValue("description"),
      })),
    ).toEqual(expected);
  });

  it.skipIf(!ICALENDAR)(
    `python-icalendar finds each event and to-do with exactly its summary, description and properties${skippedWithout("icalendar")}`,
    () => {
      const read = readWith("read-ics.py", text);
      expect(read.map((e: any) => e.uid)).toEqual(expected.map((e) => e.uid));
      let exact = 0;
      read.forEach((e: any, i: number) => {
        const entry = [...events, ...todos][i]!;
        const properties =
          entry.kind === "todo"
            ? ["DUE", "STATUS", ...(entry.completedOn ? ["COMPLETED", "PERCENT-COMPLETE"] : [])]
            : ["DTSTART", "STATUS", "TRANSP", ...(entry.rrule ? ["RRULE"] : [])];
        properties.push("DTSTAMP", "LAST-MODIFIED", "SEQUENCE", "SUMMARY", "UID", ...(entry.description === null ? [] : ["DESCRIPTION"]));
        expect(e.properties.sort(), e.uid).toEqual(properties.sort());
        expect(e.status, e.uid).toBe(entry.kind === "todo" ? (entry.completedOn ? "COMPLETED" : "NEEDS-ACTION") : "CONFIRMED");
        // python-icalendar 4 undoes escapes one kind at a time, so a text with a backslash of its own comes back changed:
        // its bug, not the file's (ical.js, above, reads those exactly).
        if (`${expected[i]!.summary}${expected[i]!.description}`.includes("\\")) return;
        expect({ uid: e.uid, summary: e.summary, description: e.description }).toEqual(expected[i]);
        exact++;
      });
      expect(exact).toBeGreaterThan(read.length / 2);
    },
  );
});
