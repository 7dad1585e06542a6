import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { journalRecords } from "../../src/db/export.js";
import { restoreJournal } from "../../src/db/import.js";
import { openJournal } from "../../src/db/open.js";
import { addDays, isIsoDate, parseDay, parseDuration } from "../../src/domain/dates.js";
import { nameKey, resolveName, searchNames } from "../../src/domain/names.js";
import { FormatError, type ContactFile } from "../../src/formats/contact.js";
import { parseGoogle } from "../../src/formats/google.js";
import { parseJournal, type JournalDocument } from "../../src/formats/json.js";
import { parseLinkedIn } from "../../src/formats/linkedin.js";
import { parseVCard } from "../../src/formats/vcard.js";
import { jsonDocumentBlocks } from "../../src/ui/output.js";

/** What `net export json` writes for this document. */
const exportText = (doc: object) => Buffer.concat([...jsonDocumentBlocks(doc)]).toString("utf8");

// Properties that must hold for any input a user or a file can throw at net.

const today = "2026-11-22";
const anyText = fc.string({ unit: "grapheme", maxLength: 40 });
const day = fc.integer({ min: -4000, max: 400 }).map((n) => addDays(today, n));

describe("the date parser", () => {
  const phrases = fc.oneof(
    anyText,
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.tuple(fc.nat(100_000), fc.constantFrom("d", "w", "m", "y", " days", " weeks", " months", "")).map(([n, u]) => `${n}${u}`),
    fc.tuple(fc.constantFrom("in", "next", "last", ""), fc.nat(50), fc.constantFrom("days", "weeks", "month", "friday", "Monday", "year")).map((p) => p.join(" ")),
    fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(
      ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    ),
  );

  it("never throws: any text is a real calendar day or null", () => {
    fc.assert(
      fc.property(phrases, fc.constantFrom("past" as const, "future" as const), (text, lean) => {
        const parsed = parseDay(text, today, lean);
        expect(parsed === null || isIsoDate(parsed)).toBe(true);
      }),
      // Found by this property: amounts that leave the years 1000-9999 gave "0099-11-22" or "10026-11-22".
      { numRuns: 2000, examples: [["1927y", "past"], ["8000y", "future"], ["23123 months", "past"]] },
    );
  });

  it("a bare amount counts forward for a follow-up and backward for a conversation", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.constantFrom("d", "w", "m", "y"), (n, unit) => {
        expect(parseDay(`${n}${unit}`, today, "future")! > today).toBe(true);
        expect(parseDay(`${n}${unit}`, today, "past")! < today).toBe(true);
      }),
    );
  });

  it("an ISO date reads as itself", () => {
    fc.assert(
      fc.property(day, fc.constantFrom("past" as const, "future" as const), (d, lean) => {
        expect(parseDay(d, today, lean)).toBe(d);
      }),
    );
  });

  it("a duration is a positive whole number of days or null", () => {
    fc.assert(
      fc.property(phrases, (text) => {
        const days = parseDuration(text);
        expect(days === null || (Number.isSafeInteger(days) && days > 0)).toBe(true);
      }),
      // Found by this property: names of Object.prototype's properties were read as named durations.
      { numRuns: 2000, examples: [["__proto__"], ["constructor"], ["toString"]] },
    );
  });
});

describe("name resolution", () => {
  const names = fc.uniqueArray(
    fc.oneof(anyText, fc.tuple(fc.constantFrom("Ana", "Ána", "Ben", "José", "Zoë", "ana"), fc.constantFrom(" Souza", " Ode", " Lee", "", "  souza")).map(([a, b]) => a + b)),
    { maxLength: 30 },
  );
  const people = names.map((list) => list.filter((n) => n.trim() !== "").map((name, i) => ({ id: i + 1, name })));

  it("never throws, and whatever it finds is someone in the journal", () => {
    fc.assert(
      fc.property(people, fc.oneof(anyText, fc.constantFrom("ana", "#2", "3", "Souza", "jose", "")), (list, query) => {
        const r = resolveName(query, list);
        if (r.kind === "found") expect(list).toContain(r.person);
        if (r.kind === "ambiguous") for (const c of r.candidates) expect(list).toContain(c);
        for (const p of searchNames(query, list)) expect(list).toContain(p);
      }),
      { numRuns: 1000 },
    );
  });

  it("someone's exact name (in any case or accents) finds them, unless another person has the same name", () => {
    fc.assert(
      fc.property(people.filter((l) => l.length > 0), fc.nat(), (list, k) => {
        const target = list[k % list.length]!;
        const r = resolveName(target.name.toUpperCase(), list);
        const sameName = list.filter((p) => nameKey(p.name) === nameKey(target.name));
        if (nameKey(target.name) === "" || /^#?\d+$/.test(target.name.trim())) return;
        expect(r.kind).toBe(sameName.length === 1 ? "found" : "ambiguous");
        if (r.kind === "found") expect(r.person).toBe(target);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the contact importers on arbitrary files", () => {
  /** A file either reads (every contact has a name) or is refused with a FormatError: never another exception. */
  function readsOrRefuses(parse: () => ContactFile): void {
    let file: ContactFile;
    try {
      file = parse();
    } catch (e) {
      expect(e).toBeInstanceOf(FormatError);
      return;
    }
    for (const c of file.contacts) expect(c.contact.name.trim()).not.toBe("");
    for (const s of file.skipped) expect(s.reason).not.toBe("");
  }

  const csvPieces = fc.constantFrom(
    ",", ";", '"', '""', "\n", "\r\n", "\r", " ", "Notes:", "First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On",
    "Name", "Given Name", "E-mail 1 - Value", "Labels", " ::: ", "* myContacts", "Ana", "https://www.linkedin.com/in/ana", "05 Jan 2026", "1/8/18, 6:14 PM", "\uFEFF", "é", "🙂",
  );
  const csvLike = fc.array(fc.oneof(csvPieces, anyText), { maxLength: 80 }).map((parts) => parts.join(""));
  const headed = (header: string) => csvLike.map((body) => `${header}\n${body}`);

  it("LinkedIn: any text", () => {
    fc.assert(
      fc.property(fc.oneof(csvLike, fc.string({ unit: "binary" }), headed("First Name,Last Name,URL,Email Address,Company,Position,Connected On")), (text) =>
        readsOrRefuses(() => parseLinkedIn(Buffer.from(text))),
      ),
      // Found by this property: a quote left open at the end of the file escaped as csv-parse's own error.
      { numRuns: 1500, examples: [['First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"']] },
    );
  });

  it("Google Contacts: any text", () => {
    fc.assert(
      fc.property(fc.oneof(csvLike, fc.string({ unit: "binary" }), headed("First Name,Middle Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value"), headed("Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value")), (text) =>
        readsOrRefuses(() => parseGoogle(Buffer.from(text))),
      ),
      { numRuns: 1500 },
    );
  });

  it("vCard: any bytes", () => {
    const lines = fc.constantFrom(
      "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:3.0", "VERSION:4.0", "FN:Ana Souza", "N:Souza;Ana;;;", "EMAIL;TYPE=work:ana@acme.io",
      "TEL:+1 555 0100", "ORG:Acme;R&D", "NOTE;ENCODING=QUOTED-PRINTABLE:caf=C3=A9=", "NOTE;CHARSET=SHIFT_JIS:\x82\xa0", "item1.EMAIL:x@y.z",
      "PHOTO;ENCODING=BASE64:AAAA", " folded", "\tfolded", "BDAY:1990-02-30", "CATEGORIES:a,b", "fn:lower", "BEGIN:VCARD\r\r\nFN:x", "=", ":", ";",
    );
    const cardLike = fc
      .array(fc.oneof(lines, anyText), { maxLength: 40 })
      .chain((ls) => fc.constantFrom("\n", "\r\n", "\r\r\n").map((eol) => Buffer.from(ls.join(eol), "latin1")));
    fc.assert(
      fc.property(fc.oneof(cardLike, fc.uint8Array({ maxLength: 400 }).map((a) => Buffer.from(a))), (bytes) => readsOrRefuses(() => parseVCard(bytes))),
      { numRuns: 1500 },
    );
  });
});

describe("the JSON export", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  // A consistent journal: ids unique, references to records that exist, lists as the exporter orders them.
  const text = fc.string({ unit: "grapheme", maxLength: 30 });
  const ascending = (ids: number[]) => [...ids].sort((a, b) => a - b);
  const orNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
  const document = fc
    .record({
      people: fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 8 }).map(ascending),
      interactions: fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { maxLength: 10 }).map(ascending),
      followUps: fc.nat(6),
      asks: fc.nat(4),
      intros: fc.nat(4),
      ledger: fc.nat(6),
    })
    .chain((ids) => {
      const person = fc.constantFrom(...ids.people);
      const interaction = ids.interactions.length > 0 ? orNull(fc.constantFrom(...ids.interactions)) : fc.constant(null);
      const uniqueSorted = (a: fc.Arbitrary<string>) => fc.uniqueArray(a, { maxLength: 3 }).map((l) => [...l].sort());
      const people = fc.tuple(
        ...ids.people.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: text.filter((n) => n.trim() !== ""),
            company: orNull(text),
            title: orNull(text),
            emails: fc.uniqueArray(fc.emailAddress(), { maxLength: 2 }),
            phones: fc.uniqueArray(fc.stringMatching(/^\+?[0-9 ]{3,12}$/), { maxLength: 2 }),
            tags: uniqueSorted(fc.stringMatching(/^[a-z][a-z-]{0,9}$/)),
            links: fc.uniqueArray(fc.webUrl(), { maxLength: 2 }),
            met: orNull(text),
            metOn: orNull(day),
            birthday: orNull(fc.constantFrom("1990-02-14", "--07-01", "1975-12-31")),
            linkedinUrl: fc.constant(`https://www.linkedin.com/in/p${id}`).chain((u) => orNull(fc.constant(u))),
            note: orNull(text),
            cadenceDays: orNull(fc.integer({ min: 1, max: 400 })),
            archived: fc.boolean(),
            created: day,
          }),
        ),
      );
      const interactions = fc.tuple(
        ...ids.interactions.map((id) =>
          fc.record({
            id: fc.constant(id),
            date: day,
            channel: fc.constantFrom("meeting" as const, "video" as const, "call" as const, "email" as const, "message" as const, "social" as const),
            initiatedBy: fc.constantFrom("me" as const, "them" as const),
            note: orNull(text),
            created: day,
            people: fc.uniqueArray(person, { minLength: 1, maxLength: 3 }).map((l) => [...l].sort((a, b) => a - b)),
          }),
        ),
      );
      const intros = ids.people.length < 2
        ? fc.constant([])
        : fc.tuple(
            ...Array.from({ length: ids.intros }, (_, i) =>
              fc.tuple(person, person).filter(([a, b]) => a !== b).chain(([a, b]) =>
                fc.record({
                  id: fc.constant(i + 1), a: fc.constant(a), b: fc.constant(b), why: orNull(text),
                  status: fc.constantFrom("proposed" as const, "made" as const), proposedOn: orNull(day), madeOn: orNull(day),
                  outcome: orNull(fc.constantFrom("met" as const, "fizzled" as const)), outcomeNote: orNull(text), outcomeOn: orNull(day),
                }),
              ),
            ),
          );
      return fc.tuple(fc.constant(ids), people, interactions, intros);
    })
    .chain(([ids, people, interactions, intros]) => {
      const person = fc.constantFrom(...ids.people);
      const interaction = ids.interactions.length > 0 ? fc.option(fc.constantFrom(...ids.interactions), { nil: null }) : fc.constant(null);
      const intro = intros.length > 0 ? fc.option(fc.constantFrom(...intros.map((i) => i.id)), { nil: null }) : fc.constant(null);
      const size = fc.constantFrom("small" as const, "medium" as const, "large" as const);
      const asks = fc.tuple(
        ...Array.from({ length: ids.asks }, (_, i) =>
          fc.record({ id: fc.constant(i + 1), person, what: text.filter((t) => t.trim() !== ""), size, date: day, status: fc.constantFrom("open" as const, "granted" as const, "declined" as const), closed: orNull(day), interaction }),
        ),
      );
      return asks.chain((askList) => {
        const ask = askList.length > 0 ? fc.option(fc.constantFrom(...askList.map((a) => a.id)), { nil: null }) : fc.constant(null);
        return fc.record({
          format: fc.constant("net-journal" as const),
          version: fc.constant(1 as const),
          people: fc.constant(people),
          interactions: fc.constant(interactions),
          followUps: fc.tuple(
            ...Array.from({ length: ids.followUps }, (_, i) =>
              fc.record({ id: fc.constant(i + 1), person, due: day, note: orNull(text), interaction, intro, created: day, done: orNull(day) }),
            ),
          ),
          asks: fc.constant(askList),
          intros: fc.constant(intros),
          ledger: fc.tuple(
            ...Array.from({ length: ids.ledger }, (_, i) =>
              fc.record({ id: fc.constant(i + 1), person, direction: fc.constantFrom("gave" as const, "got" as const), what: text.filter((t) => t.trim() !== ""), size, date: day, interaction, intro, ask }),
            ),
          ),
        });
      });
    }) as fc.Arbitrary<JournalDocument>;

  async function restoreAndExport(doc: JournalDocument): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), "net-prop-"));
    dirs.push(dir);
    const journal = await openJournal(join(dir, "journal.db"));
    try {
      await journal.write(async () => restoreJournal(journal.sqlite, doc));
      // As `net export json` writes it: the records read as they are written.
      return exportText(journalRecords(journal.sqlite).document);
    } finally {
      await journal.close();
    }
  }

  it("reads back as it was written, and restore then export gives the identical document", async () => {
    await fc.assert(
      fc.asyncProperty(document, async (doc) => {
        const text = exportText(doc);
        expect(parseJournal(text)).toEqual(doc);
        const exported = await restoreAndExport(parseJournal(text));
        expect(exported).toBe(text);
        expect(await restoreAndExport(parseJournal(exported))).toBe(exported);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
