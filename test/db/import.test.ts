import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importContacts, isEmptyJournal, restoreJournal } from "../../src/db/import.js";
import { openJournal, type Journal } from "../../src/db/open.js";
import { getPerson, insertPerson, updatePerson } from "../../src/db/people.js";
import { duplicatePairs } from "../../src/domain/matching.js";
import { parseJournal } from "../../src/formats/json.js";
import { parseLinkedIn } from "../../src/formats/linkedin.js";
import { readJournal } from "../support/journal.js";
import { tempJournal } from "../support/net.js";

const TODAY = "2026-11-22";
const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

/** A LinkedIn-like export: many shared first/last names and companies, one hidden member in a hundred. */
function linkedInFile(rows: number, company = (i: number) => `Company ${i % 400}`): string {
  const first = ["Ana", "Ben", "Chloé", "Dmitri", "Eve", "Farid", "Grace", "Hiro", "Inès", "José", "Kai", "Lena"];
  const last = ["Souza", "Müller", "O'Brien", "Nakamura", "Smith", "García", "Kowalski", "Nguyen"];
  const lines = [
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    "",
    HEADER,
  ];
  for (let i = 0; i < rows; i++) {
    if (i % 100 === 99) lines.push(",,,,,,05 Jan 2026");
    else
      lines.push(
        [
          first[i % 12],
          ` ${last[i % 8]} `,
          `https://www.linkedin.com/in/member-${i}`,
          i % 10 ? "" : `m${i}@example.com`,
          `"${company(i)}"`,
          "Engineer",
          "05 Jan 2026",
        ].join(","),
      );
  }
  return lines.join("\n");
}

let t: ReturnType<typeof tempJournal>;
let journal: Journal;
beforeEach(async () => {
  t = tempJournal();
  journal = await openJournal(t.db);
});
afterEach(async () => {
  await journal.close();
  t.cleanup();
});

const run = (text: string) =>
  journal.write((w) => importContacts(w, journal.sqlite, parseLinkedIn(Buffer.from(text)).contacts, TODAY, "linkedin"));

describe("importing contacts", () => {
  it("imports 12,000 LinkedIn rows in one transaction, and a second import changes nothing", async () => {
    const text = linkedInFile(12_000);
    expect(await run(text)).toEqual({ created: 11_880, updated: 0, unchanged: 0 });
    expect(await run(text)).toEqual({ created: 0, updated: 0, unchanged: 11_880 });
    const count = journal.sqlite.prepare("SELECT count(*) AS n FROM people").get() as { n: number };
    expect(count.n).toBe(11_880);
    const tagged = journal.sqlite.prepare("SELECT count(*) AS n FROM person_tags WHERE tag = 'linkedin'").get() as { n: number };
    expect(tagged.n).toBe(11_880);
  });

  it("a newer export adds new facts and never overwrites what the user wrote", async () => {
    const ana = await journal.write((trx) =>
      insertPerson(
        trx,
        { name: "Ana Souza", company: "Acme", emails: ["ana@acme.io"], note: "her kids: Leo and Mia", tags: ["climate"], cadenceDays: 30 },
        TODAY,
      ),
    );
    const file = (company: string, email: string) =>
      `${HEADER}\nAna,Souza,https://www.linkedin.com/in/ana-souza,${email},${company},CTO,05 Jan 2020`;
    // Matched by e-mail the first time; from then on by the LinkedIn URL, even after she changes job and address.
    expect(await run(file("Acme", "ANA@acme.io"))).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await run(file("Globex", "ana@globex.com"))).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await run(file("Globex", "ana@globex.com"))).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const person = (await getPerson(journal.db, ana))!;
    expect(person).toMatchObject({
      company: "Globex",
      title: "CTO",
      emails: ["ana@acme.io", "ana@globex.com"],
      note: "her kids: Leo and Mia",
      tags: ["climate", "linkedin"],
      cadenceDays: 30,
      metOn: "2020-01-05",
      linkedinUrl: "https://www.linkedin.com/in/ana-souza",
    });
  });

  it("a re-import changes a company or title only when the file's own value changed, never the user's edit", async () => {
    const file = (company: string, title: string) =>
      `${HEADER}\nAna,Souza,https://www.linkedin.com/in/ana-souza,,${company},${title},05 Jan 2020`;
    expect(await run(file("Acme", "CTO"))).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const id = (journal.sqlite.prepare("SELECT id FROM people").get() as { id: number }).id;
    // The user corrects her title (net edit); the next export still says CTO.
    await journal.write((trx) => updatePerson(trx, id, { title: "Chief Technology Officer" }));
    expect(await run(file("Acme", "CTO"))).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await getPerson(journal.db, id)).toMatchObject({ company: "Acme", title: "Chief Technology Officer" });
    // She moves on: the file's values changed, so they are new facts.
    expect(await run(file("Globex", "CEO"))).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await getPerson(journal.db, id)).toMatchObject({ company: "Globex", title: "CEO" });
  });

  it("a person the user entered keeps their company on a first import; blanks are filled", async () => {
    const ben = await journal.write((trx) =>
      insertPerson(trx, { name: "Ben Okafor", company: "Globex (consulting)", emails: ["ben@globex.com"] }, TODAY),
    );
    expect(await run(`${HEADER}\nBen,Okafor,https://www.linkedin.com/in/ben,ben@globex.com,Globex,VP,05 Jan 2020`)).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
    });
    expect(await getPerson(journal.db, ben)).toMatchObject({ company: "Globex (consulting)", title: "VP" });
  });

  it("people with the same name at the same company but different profiles stay two people", async () => {
    const text = `${HEADER}\nJohn,Smith,https://www.linkedin.com/in/john-smith-1,,Acme,,\nJohn,Smith,https://www.linkedin.com/in/john-smith-2,,Acme,,\nJane,Doe,,,Acme,,\nJane,Doe,,,Acme,,`;
    expect(await run(text)).toEqual({ created: 3, updated: 0, unchanged: 0 });
  });
});

describe("restoring an export", () => {
  it("writes every table with its ids, and reading it back gives the same document", async () => {
    const doc = parseJournal(
      JSON.stringify({
        format: "net-journal",
        version: 1,
        people: [
          {
            id: 3,
            name: "Ana Souza",
            company: "Acme",
            title: null,
            emails: ["ana@acme.io"],
            phones: ["+1 555 0100"],
            tags: ["climate", "design"],
            links: [],
            met: "PyCon",
            metOn: "2020-01-05",
            birthday: "--03-15",
            linkedinUrl: null,
            note: "tea",
            cadenceDays: 30,
            archived: false,
            created: "2026-01-01",
            uid: "urn:uuid:0b5c2d8e-1f1e-4a5e-9d6c-3a2b1c0d9e8f",
            cardN: "Souza;Ana;;;",
          },
          {
            id: 7,
            name: "Ben Okafor",
            company: null,
            title: null,
            emails: [],
            phones: [],
            tags: [],
            links: ["https://ben.dev"],
            met: null,
            metOn: null,
            birthday: null,
            linkedinUrl: "https://www.linkedin.com/in/ben",
            note: null,
            cadenceDays: null,
            archived: true,
            created: "2026-01-02",
            uid: "ben-okafor@contacts.example",
            cardN: null,
          },
        ],
        interactions: [
          { id: 10, date: "2026-02-01", channel: "video", initiatedBy: "them", note: "catch-up", created: "2026-02-01", people: [3, 7] },
        ],
        followUps: [
          { id: 4, person: 3, due: "2026-12-01", note: "send deck", interaction: 10, intro: 2, created: "2026-02-01", done: null },
        ],
        asks: [{ id: 5, person: 7, what: "a referral", size: "medium", date: "2026-02-01", status: "open", closed: null, interaction: 10 }],
        intros: [
          {
            id: 2,
            a: 3,
            b: 7,
            why: "both in climate",
            status: "made",
            proposedOn: "2026-01-20",
            madeOn: "2026-02-01",
            outcome: null,
            outcomeNote: null,
            outcomeOn: null,
          },
        ],
        ledger: [
          {
            id: 9,
            person: 3,
            direction: "gave",
            what: "intro to Ben",
            size: "large",
            date: "2026-02-01",
            interaction: null,
            intro: 2,
            ask: null,
          },
        ],
      }),
    );
    expect(isEmptyJournal(journal.sqlite)).toBe(true);
    await journal.write((w) => restoreJournal(w, journal.sqlite, doc));
    expect(isEmptyJournal(journal.sqlite)).toBe(false);
    expect(readJournal(journal.sqlite)).toEqual(doc);
  });
});

describe("duplicates", () => {
  it("groups by shared keys; near-identical names rank below them, higher at one company", () => {
    const person = (id: number, name: string, company: string | null, extra: object = {}) => ({
      id,
      name,
      company,
      linkedinUrl: null,
      emails: [],
      phones: [],
      ...extra,
    });
    const pairs = duplicatePairs([
      person(1, "Ana Souza", "Acme"),
      person(2, "Ana Sousa", "Acme Inc."),
      person(3, "Ana Souza", "Globex"),
      person(4, "Ben", null, { emails: ["b@x.io"] }),
      person(5, "Benjamin", null, { emails: ["B@X.io"], phones: ["+1 (555) 010-0200"] }),
      person(6, "Other", null, { phones: ["555 010 0200"] }),
    ]);
    expect(pairs.map((p) => [p.a, p.b, p.reasons])).toEqual([
      [4, 5, ["same e-mail b@x.io"]],
      [5, 6, ["same phone …0200"]],
      [1, 2, ["near-identical names at Acme"]],
      [1, 3, ["same name"]],
      [2, 3, ["names differ by 1 letter"]],
    ]);
  });

  it("pairs a short first name with the full one at the same company, and only there", () => {
    const person = (id: number, name: string, company: string | null) => ({ id, name, company, linkedinUrl: null, emails: [], phones: [] });
    const pairs = duplicatePairs([
      person(1, "Benjamin Carter", "Acme"),
      person(2, "Ben Carter", "Acme Inc"),
      person(3, "Bob Lee", "Globex"),
      person(4, "Robert Lee", "Globex"),
      person(5, "Ben Carter", "Initech"),
      person(6, "Carla Carter", "Acme"),
    ]);
    expect(pairs.map((p) => [p.a, p.b, p.reasons])).toEqual([
      [1, 2, ["same last name and a short first name at Acme"]],
      [3, 4, ["same last name and a short first name at Globex"]],
      [2, 5, ["same name"]],
    ]);
  });

  it("finds pairs among 30,000 people without comparing every pair", () => {
    const first = ["Ana", "Ben", "Chloé", "Dmitri", "Eve", "Farid", "Grace", "Hiro", "Inès", "José", "Kai", "Lena"];
    const people = Array.from({ length: 30_000 }, (_, i) => ({
      id: i + 1,
      name: `${first[i % 12]} Surname${Math.floor(i / 12) % 2000}`,
      // Half of everyone at one very large company: blocks by first and last name keep that cheap.
      company: i % 2 ? "Bigco" : `Company ${i % 400}`,
      linkedinUrl: null,
      emails: [],
      phones: [],
    }));
    const pairs = duplicatePairs(people);
    // Every 24,000th person has the same name at the same company.
    expect(pairs).toContainEqual(expect.objectContaining({ a: 1, b: 24_001, reasons: ["same name", "same name at Company 0"] }));
  });

  it("finds a name one or two letters off at another company among 30,000 people, in blocks rather than every pair", () => {
    const first = [
      "Ana",
      "Ben",
      "Chloé",
      "Dmitri",
      "Eve",
      "Farid",
      "Grace",
      "Hiro",
      "Inès",
      "José",
      "Kai",
      "Lena",
      "Maria",
      "Noah",
      "Olga",
    ];
    const syllables = ["ka", "ro", "mi", "ten", "sal", "vo", "ber", "lin", "dra", "ous", "ne", "ta", "th", "son", "ez", "ski"];
    // Every surname a different spelled-out number in base 16: no two people share a name.
    const surname = (i: number) => [...i.toString(16).padStart(4, "0")].map((digit) => syllables[parseInt(digit, 16)]).join("");
    const people = Array.from({ length: 30_000 }, (_, i) => ({
      id: i + 1,
      name: `${first[i % first.length]} ${surname(i).replace(/^./, (c) => c.toUpperCase())}`,
      company: `Company ${i % 700}`,
      linkedinUrl: null,
      emails: [],
      phones: [],
    }));
    // A typo in each name of one person, at another company: neither the first nor the last name is shared.
    people.push({
      id: 30_001,
      name: people[12_345]!.name.replace("a", "").replace(/.$/, ""),
      company: "Elsewhere",
      linkedinUrl: null,
      emails: [],
      phones: [],
    });
    const started = performance.now();
    const pairs = duplicatePairs(people);
    const took = performance.now() - started;
    expect(pairs).toContainEqual(expect.objectContaining({ a: 12_346, b: 30_001, reasons: ["names differ by 2 letters"] }));
    expect(pairs.every((p) => p.strength < 90)).toBe(true);
    // About a second on a shared machine; comparing every pair would take minutes.
    expect(took).toBeLessThan(15_000);
  });
});
