import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { peopleCsv, type CsvPerson } from "../../src/formats/csv.js";

// The spreadsheet export is written a thousand rows at a time: the pieces must make one sheet, header once.

function person(n: number): CsvPerson {
  return {
    id: n,
    name: n % 7 === 0 ? `Quote "${n}", comma` : `Person ${n}`,
    company: n % 3 === 0 ? "Acme, Inc." : null,
    title: null,
    emails: n % 2 === 0 ? [`p${n}@example.com`, `x${n}@example.org`] : [],
    phones: [],
    tags: n % 5 === 0 ? ["climate", "investor"] : [],
    links: [],
    needs: n % 4 === 0 ? ["a designer; part-time"] : [],
    offers: [],
    met: null,
    metOn: null,
    birthday: null,
    linkedinUrl: null,
    cadenceDays: n % 11 === 0 ? 30 : null,
    archived: n % 13 === 0,
    note: null,
    created: "2026-01-01",
    uid: `urn:uuid:${n}`,
    cardN: null,
    tier: "contact",
    depth: n % 101,
    given: n % 4,
    received: n % 3,
    balance: (n % 4) - (n % 3),
    lastContact: n % 2 === 0 ? "2026-11-01" : null,
  };
}

describe("the CSV export", () => {
  it("comes in pieces of a thousand rows that join into one sheet with its header once", () => {
    const people = Array.from({ length: 2_500 }, (_, n) => person(n + 1));
    const pieces = [...peopleCsv(people)];
    expect(pieces).toHaveLength(3);
    const rows = parse(pieces.join(""), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2_500);
    expect(rows[6]).toMatchObject({ id: "7", name: 'Quote "7", comma', emails: "", archived: "no" });
    expect(rows[1]).toMatchObject({ id: "2", emails: "p2@example.com; x2@example.org", last_contact: "2026-11-01" });
    expect(rows[2_499]!.id).toBe("2500");
    expect(pieces.join("").split("\n")[0]).toBe(
      "id,name,company,title,emails,phones,tags,links,needs,offers,met,met_on,birthday,linkedin_url,note,cadence_days,archived,created,uid,vcard_n,tier,depth,given,received,balance,last_contact",
    );
  });

  it("is the header alone for no one", () => {
    expect([...peopleCsv([])].join("")).toMatch(/^id,name,.*,last_contact\n$/);
  });
});
