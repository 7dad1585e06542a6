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
    expect(c).toMatchObject({
      name: "Greg Dartmouth",
      company: "TheCompany",
      title: "TheJobTitle",
      emails: ["gdartmouth@hotmail.com"],
      phones: ["555 555 1111", "555 555 2222"],
      links: ["http://TheProfile.com"],
      birthday: "1960-09-10",
    });
    expect(c!.note).toBe("This is GMail's note field.\nIt should be added as a NOTE type.\nACustomField: CustomField");
    expect(contacts("ez-vcard/gmail-list.vcf").map((x) => x.name)).toEqual(["Arnold Smith", "Chris Beatle", "Doug White"]);
  });

  it("Outlook 2.1: QUOTED-PRINTABLE with soft breaks, commas kept, base64 key skipped", () => {
    const [c] = contacts("ez-vcard/outlook-2003.vcf");
    expect(c).toMatchObject({
      name: "John Doe III",
      company: "Company, The",
      title: "The Job Title",
      emails: ["jdoe@hotmail.com"],
      birthday: "1980-03-21",
    });
    expect(c!.note).toBe("This is the note field!!\nSecond line\n\nThird line is empty");
  });

  it("Android 2.1: SHIFT_JIS and QP in SHIFT_JIS, several cards, a nested card, # comments", () => {
    expect(contacts("aosp-vcard/v21_japanese_1.vcf")[0]!.name).toBe("安藤ロイド");
    const [jp] = contacts("aosp-vcard/v21_japanese_2.vcf");
    expect(jp).toMatchObject({ name: "安藤 ロイド 1", note: "メモ" });
    expect(contacts("aosp-vcard/v21_multiple_entry.vcf").map((x) => x.name)).toEqual(["安藤ロイド3", "安藤ロイド4", "安藤ロイド5"]);
    expect(contacts("aosp-vcard/v21_nest.vcf").map((x) => x.name)).toEqual(["parent", "nest1", "nest2"]);
    expect(contacts("aosp-vcard/v21_invalid_comment_line.vcf")[0]!.note).toBe(
      "This is an (sharp ->#<- sharp) example. This message must NOT be ignored.",
    );
  });

  it("iOS CR CR LF endings, missing VERSION, 4.0 and Thunderbird mixed endings", () => {
    expect(contacts("aosp-vcard/v30_ios_613_multiline.vcf")[0]).toMatchObject({
      name: "Bob Smith",
      company: "Smith Auto Repair",
      emails: ["bob@smithauto.com"],
      phones: ["(650) 555-1212"],
    });
    expect(contacts("aosp-vcard/v21_simple_1.vcf")[0]!.name).toBe("Roid Ando");
    expect(contacts("ez-vcard/rfc6350-example.vcf")[0]).toMatchObject({
      name: "Simon Perreault",
      company: "Viagenie",
      birthday: "--02-03",
    });
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
    const cp1252 = Buffer.concat([
      Buffer.from("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=windows-1252:Ren"),
      Buffer.from([0xe9]),
      Buffer.from("\r\nEND:VCARD\r\n"),
    ]);
    expect(parseVCard(cp1252).contacts[0]!.contact.name).toBe("René");
    const e = Buffer.from("é"); // two bytes, folded between them
    const folded = Buffer.concat([
      Buffer.from("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ren"),
      e.subarray(0, 1),
      Buffer.from("\r\n "),
      e.subarray(1),
      Buffer.from("e\r\nEND:VCARD\r\n"),
    ]);
    expect(parseVCard(folded).contacts[0]!.contact.name).toBe("Renée");
  });

  it("skips a card the file ends inside (no END:VCARD), keeping the cards before it", () => {
    const parsed = parseVCard(
      Buffer.from("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Souza\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Oka"),
    );
    expect(parsed.contacts.map((c) => c.contact.name)).toEqual(["Ana Souza"]);
    expect(parsed.skipped).toEqual([{ line: 5, reason: "incomplete card: the file ends before its END:VCARD" }]);
  });

  it("reads UTF-16 with a byte order mark, and says when it read values as Windows-1252", () => {
    const card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:José Peña\r\nEND:VCARD\r\n";
    const le = parseVCard(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(card, "utf16le")]));
    expect([le.contacts[0]!.contact.name, le.encoding]).toEqual(["José Peña", "utf-16le"]);
    const be = parseVCard(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(card, "utf16le").swap16()]));
    expect([be.contacts[0]!.contact.name, be.encoding]).toEqual(["José Peña", "utf-16be"]);
    const latin = parseVCard(Buffer.from(card, "latin1"));
    expect([latin.contacts[0]!.contact.name, latin.encoding]).toEqual(["José Peña", "windows-1252"]);
    // A declared CHARSET is not a guess.
    expect(parseVCard(read("aosp-vcard/v21_japanese_1.vcf")).encoding).toBe("utf-8");
  });

  it("undoes each escape once: \\, \\; \\, \\n and Gmail's \\: in every property, and splits N and ORG only at unescaped semicolons", () => {
    const text =
      "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\\\\\\,b\\;c\r\nN:Sou\\;za;A\\,na;;;\r\nORG:Acme\\; Labs;R&D\r\nTITLE:x\\\\;y\r\nURL:http\\://a.b/c\\,d\r\nNOTE:one\\ntwo\\Nthree\\\\n\r\nEND:VCARD\r\n";
    const [c] = parseVCard(Buffer.from(text)).contacts.map((x) => x.contact);
    expect(c).toMatchObject({
      name: "A\\,b;c",
      company: "Acme; Labs",
      title: "x\\;y",
      links: ["http://a.b/c,d"],
      note: "one\ntwo\nthree\\n",
    });
  });

  it("refuses a file with no card at all", () => {
    expect(() => parseVCard(Buffer.from("First Name,Last Name\nAna,Souza\n"))).toThrow(FormatError);
  });
});

describe("vCard export", () => {
  const people = [
    {
      name: "Ana de Souza",
      company: "Acme, Inc.",
      title: "CTO",
      emails: ["ana@acme.io"],
      phones: ["+1 555 0100"],
      tags: ["design", "climate"],
      links: ["https://ana.dev"],
      note: `Met at a conference.\nLikes tea, cats; ${"long ".repeat(30).trim()}`,
      birthday: "--03-15",
      linkedinUrl: "https://www.linkedin.com/in/ana",
      uid: "urn:uuid:ana",
      cardN: null,
      needs: [],
      offers: [],
    },
    {
      name: "Zoë",
      company: null,
      title: null,
      emails: [],
      phones: [],
      tags: [],
      links: [],
      note: null,
      birthday: "1980-01-02",
      linkedinUrl: null,
      uid: "urn:uuid:zoe",
      cardN: null,
      needs: [],
      offers: [],
    },
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
    const back = parseVCard(Buffer.from(text)).contacts.map(({ contact: { n, ...c } }) => c);
    expect(back).toEqual(people.map(({ cardN, ...p }) => ({ ...p, metOn: null })));
  });

  it("a line break in any value is written \\n, so it can never start a property of its own", () => {
    const evil = "hi\rEMAIL:attacker@evil.example\r\nTEL:+1 555 0100\nEND:VCARD\u2028BEGIN:VCARD";
    const person = {
      name: `Ana${evil}`,
      company: `Acme${evil}`,
      title: evil,
      emails: [`ana@acme.io${evil}`],
      phones: [`+1${evil}`],
      tags: [`t${evil}`],
      links: [`https://a.b/${evil}`],
      note: evil,
      birthday: null,
      linkedinUrl: null,
      uid: "urn:uuid:evil",
      cardN: null,
      needs: [],
      offers: [],
    };
    const text = [...vcards([person])].join("");
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n\u2028]/);
    const unfolded = text.replace(/\r\n /g, "").split("\r\n");
    expect(unfolded.map((l) => /^[A-Z]+/.exec(l)?.[0])).toEqual([
      "BEGIN",
      "VERSION",
      "PRODID",
      "UID",
      "FN",
      "N",
      "ORG",
      "TITLE",
      "EMAIL",
      "TEL",
      "CATEGORIES",
      "URL",
      "NOTE",
      "END",
      undefined,
    ]);
    expect(unfolded).toContain("NOTE:hi\\nEMAIL:attacker@evil.example\\nTEL:+1 555 0100\\nEND:VCARD\\nBEGIN:VCARD");
    const [back] = parseVCard(Buffer.from(text)).contacts.map((c) => c.contact);
    expect(back!.emails).toEqual(["ana@acme.iohi\nEMAIL:attacker@evil.example\nTEL:+1 555 0100\nEND:VCARD\nBEGIN:VCARD"]);
    expect(back!.note).toBe("hi\nEMAIL:attacker@evil.example\nTEL:+1 555 0100\nEND:VCARD\nBEGIN:VCARD");
  });

  it("escapes ; and , in N and ORG, a backslash everywhere, and folds at 75 octets without splitting a character", () => {
    const person = {
      name: "Ana\\ de;Souza",
      company: "Acme; Labs, Inc.",
      title: null,
      emails: [],
      phones: [],
      tags: [],
      links: [],
      note: "🙂".repeat(40),
      birthday: null,
      linkedinUrl: null,
      uid: "urn:uuid:semi",
      cardN: null,
      needs: [],
      offers: [],
    };
    const text = [...vcards([person])].join("");
    expect(text).toContain("\r\nFN:Ana\\\\ de;Souza\r\nN:de\\;Souza;Ana\\\\;;;\r\nORG:Acme\\; Labs\\, Inc.\r\n");
    const lines = text.split("\r\n");
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(
      lines
        .filter((l) => l.startsWith("NOTE:") || l.startsWith(" "))
        .join("")
        .replace(/^NOTE:| /g, ""),
    ).toBe("🙂".repeat(40));
    expect(parseVCard(Buffer.from(text)).contacts[0]!.contact).toMatchObject({
      name: "Ana\\ de;Souza",
      company: "Acme; Labs, Inc.",
      note: "🙂".repeat(40),
    });
  });
});
