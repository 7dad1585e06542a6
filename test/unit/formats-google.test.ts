import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/formats/contact.js";
import { parseGoogle } from "../../src/formats/google.js";

// No public Google export was available as a fixture: these headers are Google's own column names, rows are made up.
const CURRENT =
  "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Website 1 - Label,Website 1 - Value\n" +
  'Ana,,Souza,,,,,,,,Acme,CTO,,1985-03-15,"Met at PyCon,\nlikes tea",,* myContacts ::: Climate ::: * starred,* Work,ana@acme.io ::: ana@home.net,,,Mobile,+1 555 0100,Profile,https://www.linkedin.com/in/ana-souza\n' +
  ",,,,,,,,,,Globex,,,--03-15,,,* myContacts,,,,,,,,\n" +
  ",,,,,,,,,,,,,,,,* myContacts,,,,,,,,\n";
const LEGACY =
  "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title\r\n" +
  "Ben Okafor,Ben,,Okafor,,,,,,,,,,,,,,,,,,,,,,,* My Contacts ::: Friends,* Home,ben@example.com,Mobile,+44 20 7946 0000,,Initech,,VP\r\n";

describe("Google Contacts CSV", () => {
  it("reads the current layout by header name: ::: values, labels as tags without the system groups myContacts and starred", () => {
    const parsed = parseGoogle(Buffer.from(CURRENT));
    expect(parsed.contacts.map((c) => c.line)).toEqual([2, 4]);
    expect(parsed.contacts[0]!.contact).toMatchObject({
      name: "Ana Souza",
      company: "Acme",
      title: "CTO",
      emails: ["ana@acme.io", "ana@home.net"],
      phones: ["+1 555 0100"],
      tags: ["Climate"],
      birthday: "1985-03-15",
      note: "Met at PyCon,\nlikes tea",
      linkedinUrl: "https://www.linkedin.com/in/ana-souza",
    });
    expect(parsed.contacts[1]!.contact).toMatchObject({ name: "Globex", birthday: "--03-15", tags: [] });
    expect(parsed.skipped).toEqual([{ line: 5, reason: "no name, organisation or e-mail" }]);
  });

  it("reads the legacy layout (Name, Group Membership, Organization 1 - Name)", () => {
    const [ben] = parseGoogle(Buffer.from(LEGACY)).contacts;
    expect(ben!.contact).toMatchObject({
      name: "Ben Okafor",
      company: "Initech",
      title: "VP",
      emails: ["ben@example.com"],
      phones: ["+44 20 7946 0000"],
      tags: ["Friends"],
    });
  });

  it("counts Excel's all-empty rows as skipped", () => {
    const parsed = parseGoogle(Buffer.from(`${LEGACY},,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n`));
    expect(parsed.contacts).toHaveLength(1);
    expect(parsed.skipped).toEqual([{ line: 3, reason: "an empty row" }]);
  });

  it("refuses a LinkedIn export or a vCard", () => {
    expect(() => parseGoogle(Buffer.from("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"))).toThrow(FormatError);
    expect(() => parseGoogle(Buffer.from("BEGIN:VCARD\nEND:VCARD\n"))).toThrow(FormatError);
  });

  it("skips a last row the file cut short inside a quoted note, and reads Windows-1252", () => {
    const cut = parseGoogle(Buffer.from(`First Name,Last Name,Labels,Notes\nAna,Souza,,"likes tea"\nBen,Okafor,,"met at`));
    expect(cut.contacts.map((c) => c.contact.name)).toEqual(["Ana Souza"]);
    expect(cut.skipped).toEqual([{ line: 3, reason: "incomplete last row: the file ends inside a quoted field" }]);
    const latin = parseGoogle(Buffer.from("First Name,Last Name,Labels\nJosé,Peña,\n", "latin1"));
    expect([latin.contacts[0]!.contact.name, latin.encoding]).toEqual(["José Peña", "windows-1252"]);
  });
});
