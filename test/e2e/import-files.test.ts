import iconv from "iconv-lite";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { session, tempJournal } from "../support/net.js";

// Files that are not what they seem: exports in another encoding than UTF-8, and files cut short by a failed download.

let t: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(() => {
  t = tempJournal();
  net = session(t.db);
});
afterEach(() => t.cleanup());

const PREAMBLE = readFileSync(
  new URL("../fixtures/linkedin/v2026-02-notes-preamble-with-URL_preamble+header.csv", import.meta.url),
  "utf8",
).trimEnd();
const FIRST = ["José", "Zoë", "François", "Iñés", "Björn", "Łucja"];
const LAST = ["Peña", "Müller", "Çelik", "Ångström", "O’Brien", "Dvořák"];
/** 300 connections with accents in every name (and two letters Latin-1 lacks: Ł and ř exist only in UTF-8 and UTF-16). */
function connections(latinOnly: boolean): { text: string; names: string[] } {
  const names: string[] = [];
  const rows = Array.from({ length: 300 }, (_, i) => {
    const first = latinOnly ? FIRST[i % FIRST.length]!.replace("Ł", "L") : FIRST[i % FIRST.length]!;
    const last = latinOnly ? LAST[i % LAST.length]!.replace("ř", "r") : LAST[i % LAST.length]!;
    names.push(`${first} ${last} ${i}`);
    return `${first},${last} ${i},https://www.linkedin.com/in/member-${i},,Café Ñandú,Señor,05 Jan 2026`;
  });
  return { text: [PREAMBLE, ...rows].join("\n"), names };
}

function write(name: string, bytes: Buffer): string {
  const file = join(t.dir, name);
  writeFileSync(file, bytes);
  return file;
}

const names = () =>
  net(["export", "json"])
    .json()
    .people.map((p: { name: string }) => p.name);

describe("net import linkedin reads the encoding the file is in, and says so when it is not UTF-8", () => {
  it("Windows-1252 (Excel's re-save): every one of 300 names is right, and the summary says how it was read", () => {
    const { text, names: expected } = connections(true);
    const file = write("Connections.csv", iconv.encode(text, "windows-1252"));
    const r = net(["import", "linkedin", file, "--json"]);
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({ created: 300, updated: 0, unchanged: 0, skipped: [], encoding: "windows-1252" });
    expect(r.stderr).toContain(
      "Imported Connections.csv (LinkedIn connections): 300 created, 0 updated, 0 unchanged, 0 skipped.\n  read as Windows-1252 (the file is not UTF-8): check that names with accents look right\n",
    );
    expect(names()).toEqual(expected);
    expect(net(["export", "json"]).stdout).not.toContain("\uFFFD");
  });

  it.each([
    ["UTF-16LE with a BOM", (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]), "utf-16le", "UTF-16LE"],
    [
      "UTF-16BE with a BOM",
      (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, "utf16le").swap16()]),
      "utf-16be",
      "UTF-16BE",
    ],
  ])("%s: every name is right, and the summary says how it was read", (_, encode, encoding, name) => {
    const { text, names: expected } = connections(false);
    const r = net(["import", "linkedin", write("Connections.csv", encode(text)), "--json"]);
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({ created: 300, updated: 0, unchanged: 0, skipped: [], encoding });
    expect(r.stderr).toContain(`  read as ${name} (the file starts with its byte order mark)`);
    expect(names()).toEqual(expected);
  });

  it("UTF-8 with a BOM is UTF-8: the usual summary and the usual four keys", () => {
    const { text, names: expected } = connections(false);
    const r = net([
      "import",
      "linkedin",
      write("Connections.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
      "--json",
    ]);
    expect(r.json()).toEqual({ created: 300, updated: 0, unchanged: 0, skipped: [] });
    expect(r.stderr).not.toContain("read as");
    expect(names()).toEqual(expected);
  });

  it("Google and vCard files in Windows-1252 are read and reported the same way", () => {
    const google = write("contacts.csv", iconv.encode("First Name,Last Name,Labels\nJosé,Peña,* myContacts\n", "windows-1252"));
    const g = net(["import", "google", google, "--json"]);
    expect(g.json()).toMatchObject({ created: 1, encoding: "windows-1252" });
    expect(g.stderr).toContain("  read as Windows-1252 (the file is not UTF-8)");
    const card = write("ana.vcf", iconv.encode("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Müller\r\nEND:VCARD\r\n", "windows-1252"));
    const v = net(["import", "vcard", card, "--json"]);
    expect(v.json()).toMatchObject({ created: 1, encoding: "windows-1252" });
    expect(v.stderr).toContain("  values that are not UTF-8 and declare no CHARSET were read as Windows-1252");
    expect(names()).toEqual(["José Peña", "Zoë Müller"]);
  });
});

describe("a file cut short", () => {
  it("LinkedIn: the cut last row is skipped with its line, every other row imported, and the counts add up to the rows", () => {
    const { text } = connections(false);
    // A download that stopped in the middle of row 300's company.
    const file = write("Connections.csv", Buffer.from(text.slice(0, text.lastIndexOf("Café") + 2)));
    const r = net(["import", "linkedin", file, "--json"]);
    expect(r.code).toBe(0);
    const summary = r.json();
    expect(summary).toEqual({
      created: 299,
      updated: 0,
      unchanged: 0,
      skipped: [{ line: 304, reason: "incomplete last row: the file ends after 5 of its 7 columns" }],
    });
    expect(summary.created + summary.updated + summary.unchanged + summary.skipped.length).toBe(300);
    expect(r.stderr).toContain("skipped line 304: incomplete last row: the file ends after 5 of its 7 columns");
    expect(names()).toHaveLength(299);
  });

  it("LinkedIn: a quote left open at the end no longer refuses the whole file", () => {
    const { text } = connections(false);
    const file = write("Connections.csv", Buffer.from(`${text}\nAna,Souza,https://www.linkedin.com/in/ana,,"Acme, In`));
    const r = net(["import", "linkedin", file, "--json"]);
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({
      created: 300,
      updated: 0,
      unchanged: 0,
      skipped: [{ line: 305, reason: "incomplete last row: the file ends inside a quoted field" }],
    });
  });

  it("vCard: a card without its END:VCARD is skipped with its line, the cards before it imported", () => {
    const file = write(
      "contacts.vcf",
      Buffer.from(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Souza\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Okafor\r\nNOTE:met at the",
      ),
    );
    const r = net(["import", "vcard", file, "--json"]);
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
      skipped: [{ line: 5, reason: "incomplete card: the file ends before its END:VCARD" }],
    });
    expect(r.stderr).toContain("skipped card at line 5: incomplete card: the file ends before its END:VCARD");
    expect(names()).toEqual(["Ana Souza"]);
  });
});
