import ICAL from "ical.js";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/formats/contact.js";
import { parseVCard, vcards } from "../../src/formats/vcard.js";

const read = (path: string) => readFileSync(new URL(`../fixtures/vcard/${path}`, import.meta.url));
const contacts = (path: string) => parseVCard(read(path)).contacts.map((c) => c.contact);

describe("vCard import", () => {
  it("reads every real fixture without throwing; photos are never fatal", () => {
    for (const dir of ["aosp-vcard", "ez-vcard", "sabre-vobject"]) {
      for (const f of readdirSync(new URL(`../fixtures/vcard/${dir}`, import.meta.url)).filter((f) => f.endsWith(".vcf"))) {
        const parsed = parseVCard(read(`${dir}/${f}`));
        expect(parsed.contacts.length + parsed.skipped.length, f).toBeGreaterThan(0);
      }
    }
  });

  it("Gmail 3.0: item1. groups, several phones, birthday, escaped URL and folded note", () => {
    const [c] = contacts("ez-vcard/gmail-single.vcf");
    expect(c).toMatchObject({ name: "Greg Dartmouth", company: "TheCompany", title: "TheJobTitle", emails: ["gdartmouth@hotmail.com"], phones: ["555 555 1111", "555 555 2222"], links: ["http://TheProfile.com"], birthday: "1960-09-10" });
    expect(c!.note).toBe("This is GMail's note field.\nIt should be added as a NOTE type.\nACustomField: CustomField");
    expect(contacts("ez-vcard/gmail-list.vcf").map((x) => x.name)).toEqual(["Arnold Smith", "Chris Beatle", "Doug White"]);
  });

  it("Outlook 2.1: QUOTED-PRINTABLE with soft breaks, commas kept, base64 key skipped", () => {
    const [c] = contacts("ez-vcard/outlook-2003.vcf");
    expect(c).toMatchObject({ name: "John Doe III", company: "Company, The", title: "The Job Title", emails: ["jdoe@hotmail.com"], birthday: "1980-03-21" });
    expect(c!.note).toBe("This is the note field!!\nSecond line\n\nThird line is empty");
  });

  it("Android 2.1: SHIFT_JIS and QP in SHIFT_JIS, several cards, a nested card, # comments", () => {
    expect(contacts("aosp-vcard/v21_japanese_1.vcf")[0]!.name).toBe("安藤ロイド");
    const [jp] = contacts("aosp-vcard/v21_japanese_2.vcf");
    expect(jp).toMatchObject({ name: "安藤 ロイド 1", note: "メモ" });
    expect(contacts("aosp-vcard/v21_multiple_entry.vcf").map((x) => x.name)).toEqual(["安藤ロイド3", "安藤ロイド4", "安藤ロイド5"]);
    expect(contacts("aosp-vcard/v21_nest.vcf").map((x) => x.name)).toEqual(["parent", "nest1", "nest2"]);
    expect(contacts("aosp-vcard/v21_invalid_comment_line.vcf")[0]!.note).toBe("This is an (sharp ->#<- sharp) example. This message must NOT be ignored.");
  });

  it("iOS CR CR LF endings, missing VERSION, 4.0 and Thunderbird mixed endings", () => {
    expect(contacts("aosp-vcard/v30_ios_613_multiline.vcf")[0]).toMatchObject({ name: "Bob Smith", company: "Smith Auto Repair", emails: ["bob@smithauto.com"], phones: ["(650) 555-1212"] });
    expect(contacts("aosp-vcard/v21_simple_1.vcf")[0]!.name).toBe("Roid Ando");
    expect(contacts("ez-vcard/rfc6350-example.vcf")[0]).toMatchObject({ name: "Simon Perreault", company: "Viagenie", birthday: "--02-03" });
    const [tb] = contacts("ez-vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf");
    expect(tb).toMatchObject({ name: "John Doe", tags: ["category1", "category2", "category3"], birthday: "1970-09-21" });
    expect(tb!.emails).toHaveLength(5);
  });

  it("skips a card with no name, organisation or e-mail, with its line", () => {
    const parsed = parseVCard(read("sabre-vobject/issue64.vcf"));
    expect(parsed.contacts).toEqual([]);
    expect(parsed.skipped).toEqual([{ line: 1, reason: "a card with no name, organisation or e-mail" }]);
  });

  it("falls back to the organisation, then the e-mail, for a card's name", () => {
    const text = "BEGIN:VCARD\nVERSION:3.0\nORG:Globex;Sales\nEND:VCARD\nbegin:vcard\nversion:3.0\nemail:x@y.io\nend:vcard\n";
    expect(parseVCard(Buffer.from(text)).contacts.map((c) => c.contact.name)).toEqual(["Globex", "x@y.io"]);
  });

  it("decodes windows-1252 and UTF-8 folded inside a character", () => {
    const cp1252 = Buffer.concat([Buffer.from("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=windows-1252:Ren"), Buffer.from([0xe9]), Buffer.from("\r\nEND:VCARD\r\n")]);
    expect(parseVCard(cp1252).contacts[0]!.contact.name).toBe("René");
    const e = Buffer.from("é"); // two bytes, folded between them
    const folded = Buffer.concat([Buffer.from("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ren"), e.subarray(0, 1), Buffer.from("\r\n "), e.subarray(1), Buffer.from("e\r\nEND:VCARD\r\n")]);
    expect(parseVCard(folded).contacts[0]!.contact.name).toBe("Renée");
  });

  it("refuses a file with no card at all", () => {
    expect(() => parseVCard(Buffer.from("First Name,Last Name\nAna,Souza\n"))).toThrow(FormatError);
  });
});

describe("vCard export", () => {
  const people = [
    { name: "Ana de Souza", company: "Acme, Inc.", title: "CTO", emails: ["ana@acme.io"], phones: ["+1 555 0100"], tags: ["design", "climate"], links: ["https://ana.dev"], note: `Met at a conference.\nLikes tea, cats; ${"long ".repeat(30).trim()}`, birthday: "--03-15", linkedinUrl: "https://www.linkedin.com/in/ana" },
    { name: "Zoë", company: null, title: null, emails: [], phones: [], tags: [], links: [], note: null, birthday: "1980-01-02", linkedinUrl: null },
  ];

  it("writes 4.0 cards that ical.js and the importer read back identically", () => {
    const text = [...vcards(people)].join("");
    expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    expect(text.split("\r\n").every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const parsed = ICAL.parse(text) as unknown[];
    expect(parsed).toHaveLength(2);
    const card = new ICAL.Component(parsed[0] as never);
    expect(card.getFirstPropertyValue("fn")).toBe("Ana de Souza");
    expect(card.getFirstProperty("categories")!.getValues()).toEqual(["design", "climate"]);
    const back = parseVCard(Buffer.from(text)).contacts.map((c) => c.contact);
    expect(back).toEqual(people.map((p) => ({ ...p, metOn: null })));
  });
});
