import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/formats/contact.js";
import { parseConnectedOn, parseLinkedIn } from "../../src/formats/linkedin.js";

const DIR = new URL("../fixtures/linkedin/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, DIR), "utf8");
/** The text as a file holds it: UTF-8 bytes. */
const parse = (text: string) => parseLinkedIn(Buffer.from(text));

/** A real header (with its preamble, delimiter and line endings) followed by generated rows in its own columns. */
function withRows(text: string, rows: Record<string, string>[]): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  const headerIndex = lines.findIndex((l) => /connected on/i.test(l));
  const delimiter = lines[headerIndex]!.includes(";") ? ";" : ",";
  const columns = lines[headerIndex]!.split(delimiter);
  const body = rows.map((r) =>
    columns
      .map((c) => {
        const v = r[c.toLowerCase()] ?? "";
        return /[",;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
      })
      .join(delimiter),
  );
  return [...lines.slice(0, headerIndex + 1), ...body].join(eol);
}

const ana = {
  "first name": " Ana ",
  "last name": "Souza 🌱",
  url: "https://www.linkedin.com/in/ana-souza-8a1b2c/",
  "email address": "",
  company: "Acme, Inc.",
  position: "CTO",
  "connected on": "05 Jan 2026",
};
const hidden = {
  "first name": "",
  "last name": "",
  url: "",
  "email address": "",
  company: "",
  position: "",
  "connected on": "05 Jan 2026",
};

describe("LinkedIn Connections.csv", () => {
  it("reads every real header variant, finding the header by its names, not its line", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".csv"));
    expect(files.length).toBe(10);
    for (const file of files) {
      const parsed = parse(withRows(fixture(file), [ana, hidden]));
      const withName = /First Name/i.test(fixture(file));
      expect(parsed.contacts.length, file).toBe(withName ? 1 : 0);
      expect(parsed.skipped.length, file).toBe(withName ? 1 : 2);
      if (!withName) continue;
      const c = parsed.contacts[0]!.contact;
      expect(c.name).toBe("Ana Souza 🌱");
      expect(c.company).toBe("Acme, Inc.");
      expect(c.title).toBe("CTO");
      expect(c.tags).toEqual(["linkedin"]);
      expect(c.metOn).toBe("2026-01-05");
      if (/URL/.test(fixture(file))) expect(c.linkedinUrl).toBe("https://www.linkedin.com/in/ana-souza-8a1b2c");
    }
  });

  it("counts rows with no name and no URL as skipped, with their line numbers", () => {
    const text = withRows(fixture("v2026-02-notes-preamble-with-URL_preamble+header.csv"), [ana, hidden, ana, hidden]);
    const parsed = parse(text);
    // The header is line 4 (after the Notes: preamble); rows start at line 5.
    expect(parsed.skipped).toEqual([
      { line: 6, reason: expect.stringContaining("no name and no profile URL") },
      { line: 8, reason: expect.stringContaining("no name and no profile URL") },
    ]);
    expect(parsed.contacts.map((c) => c.line)).toEqual([5, 7]);
  });

  it("reads Excel's semicolon re-save with CRLF and 'Connected on'", () => {
    const text = "First Name;Last Name;Company;Position;Connected on\r\nBen;Okafor;Globex;VP;23-Nov-21\r\nCara;Lind;;;16.09.2021\r\n";
    const parsed = parse(text);
    expect(parsed.contacts.map((c) => [c.contact.name, c.contact.company, c.contact.metOn])).toEqual([
      ["Ben Okafor", "Globex", "2021-11-23"],
      ["Cara Lind", null, "2021-09-16"],
    ]);
  });

  it("understands every date form LinkedIn and Excel write", () => {
    expect(parseConnectedOn("05 Jan 2026")).toBe("2026-01-05");
    expect(parseConnectedOn("23-Nov-21")).toBe("2021-11-23");
    expect(parseConnectedOn("16.09.2021")).toBe("2021-09-16");
    expect(parseConnectedOn("1/8/18, 6:14 PM")).toBe("2018-01-08");
    expect(parseConnectedOn("2021-09-16")).toBe("2021-09-16");
    expect(parseConnectedOn("31 Feb 2021")).toBeNull();
    // LinkedIn's own form always has four digits: two are a date the end of a file cut short.
    expect(parseConnectedOn("05 Jan 20")).toBeNull();
    expect(parseConnectedOn("05 January 2026")).toBe("2026-01-05");
    expect(parseConnectedOn("yesterday")).toBeNull();
  });

  it("skips a row with a profile URL but no name, rather than naming someone after their URL", () => {
    const parsed = parse(
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n,,https://www.linkedin.com/in/dora-lee-123abc,,,,05 Jan 2026",
    );
    expect(parsed.contacts).toEqual([]);
    expect(parsed.skipped).toEqual([{ line: 2, reason: "no name, only the profile URL https://www.linkedin.com/in/dora-lee-123abc" }]);
  });

  it("counts Excel's all-empty rows as skipped, with their lines", () => {
    const parsed = parse("First Name,Last Name,Company,Position,Connected On\r\nBen,Okafor,Globex,VP,23-Nov-21\r\n,,,,\r\n , , ,,\r\n");
    expect(parsed.contacts).toHaveLength(1);
    expect(parsed.skipped).toEqual([
      { line: 3, reason: "an empty row" },
      { line: 4, reason: "an empty row" },
    ]);
  });

  it("keeps a contact whose Connected On cannot be read, and says so", () => {
    const parsed = parse(
      "First Name,Last Name,Company,Position,Connected On\nBen,Okafor,Globex,VP,sometime in 2019\nCara,Lind,,,05 Jan 2026\n",
    );
    expect(parsed.contacts.map((c) => [c.contact.name, c.contact.metOn])).toEqual([
      ["Ben Okafor", null],
      ["Cara Lind", "2026-01-05"],
    ]);
    expect(parsed.warnings).toEqual([
      { line: 2, reason: 'Connected On "sometime in 2019" is not a date net reads; imported without the date you met' },
    ]);
  });

  it("refuses a file that is not a LinkedIn export", () => {
    expect(() => parse("BEGIN:VCARD\nFN:Ana\nEND:VCARD\n")).toThrow(FormatError);
    expect(() =>
      parse(
        "First Name,Middle Name,Last Name,Nickname,File As,Organization Name,Organization Title,Labels,E-mail 1 - Label,E-mail 1 - Value\n",
      ),
    ).toThrow(FormatError);
    expect(() => parse("")).toThrow(FormatError);
  });

  it("skips a last row the file cut short, with its line, and keeps every row before it", () => {
    const head =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Souza,https://www.linkedin.com/in/ana,,Acme,CTO,05 Jan 2026\n";
    const openQuote = parse(`${head}Ben,Okafor,https://www.linkedin.com/in/ben,,"Globex, Inc`);
    expect(openQuote.contacts.map((c) => c.contact.name)).toEqual(["Ana Souza"]);
    expect(openQuote.skipped).toEqual([{ line: 3, reason: "incomplete last row: the file ends inside a quoted field" }]);
    const fewer = parse(`${head}Ben,Oka`);
    expect(fewer.contacts).toHaveLength(1);
    expect(fewer.skipped).toEqual([{ line: 3, reason: "incomplete last row: the file ends after 2 of its 7 columns" }]);
    // A short row the file ends properly after (a line break) was written that way: it is read.
    expect(parse(`${head}Ben,Okafor\n`).contacts.map((c) => c.contact.name)).toEqual(["Ana Souza", "Ben Okafor"]);
  });

  it("a quote left open long before the end says how many lines it swallowed", () => {
    const parsed = parse(`First Name,Last Name,Company\nAna,Souza,"Acme\n${"Ben,Okafor,Globex\n".repeat(3)}`);
    expect(parsed.skipped).toEqual([
      { line: 2, reason: "incomplete last row: the file ends inside a quoted field, which runs over the last 4 lines" },
    ]);
  });

  it("reads UTF-8 with or without a BOM, UTF-16 either way with a BOM, and anything else as Windows-1252, saying which", () => {
    const text = "First Name,Last Name,Company\nJosé,Peña,Café Ñandú\n";
    const read = (bytes: Buffer) => {
      const parsed = parseLinkedIn(bytes);
      return [parsed.contacts[0]!.contact.name, parsed.contacts[0]!.contact.company, parsed.encoding];
    };
    expect(read(Buffer.from(text))).toEqual(["José Peña", "Café Ñandú", "utf-8"]);
    expect(read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual(["José Peña", "Café Ñandú", "utf-8"]);
    expect(read(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))).toEqual(["José Peña", "Café Ñandú", "utf-16le"]);
    expect(read(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]))).toEqual([
      "José Peña",
      "Café Ñandú",
      "utf-16be",
    ]);
    expect(read(Buffer.from(text, "latin1"))).toEqual(["José Peña", "Café Ñandú", "windows-1252"]);
    // Bytes Latin-1 does not have: Windows-1252's curly quotes and euro sign.
    expect(
      parseLinkedIn(Buffer.from([...Buffer.from("First Name,Last Name\n"), 0x93, 0x41, 0x94, 0x2c, 0x80])).contacts[0]!.contact.name,
    ).toBe("\u201cA\u201d €");
  });
});
