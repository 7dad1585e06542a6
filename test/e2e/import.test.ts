import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, session, tempJournal } from "../support/net.js";

const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname;

let t: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(() => {
  t = tempJournal();
  net = session(t.db);
});
afterEach(() => t.cleanup());

function linkedIn(rows: string[]): string {
  const header = readFileSync(fixture("linkedin/v2026-02-notes-preamble-with-URL_preamble+header.csv"), "utf8");
  const file = join(t.dir, "Connections.csv");
  writeFileSync(file, [header.trimEnd(), ...rows].join("\n"));
  return file;
}

describe("net import linkedin", () => {
  it("imports, reports skipped rows with their lines, and a re-import creates no duplicates", () => {
    const file = linkedIn([
      "Ana,Souza,https://www.linkedin.com/in/ana-souza,,Acme,CTO,05 Jan 2026",
      ",,,,,,05 Jan 2026",
      "Ben , Okafor,https://www.linkedin.com/in/ben-okafor,ben@globex.com,Globex,VP,23 Nov 2021",
    ]);
    const first = net(["import", "linkedin", file, "--json"]);
    expect(first.code).toBe(0);
    expect(first.json()).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      skipped: [{ line: 6, reason: "no name and no profile URL (a member who hides their data)" }],
    });
    expect(first.stderr).toContain("Imported Connections.csv (LinkedIn connections): 2 created, 0 updated, 0 unchanged, 1 skipped.");
    expect(first.stderr).toContain("skipped line 6: no name and no profile URL");
    const again = net(["import", "linkedin", file, "--json"]);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const exported = net(["export", "json"]).json();
    expect(exported.people.map((p: { name: string; metOn: string; tags: string[] }) => [p.name, p.metOn, p.tags])).toEqual([
      ["Ana Souza", "2026-01-05", ["linkedin"]],
      ["Ben Okafor", "2021-11-23", ["linkedin"]],
    ]);
    expect(exported.interactions).toEqual([]);
  });

  it("--dry-run reports the same summary and writes nothing", () => {
    const file = linkedIn(["Ana,Souza,https://www.linkedin.com/in/ana-souza,,Acme,CTO,05 Jan 2026"]);
    const dry = net(["import", "linkedin", file, "--dry-run", "--json"]);
    expect(dry.code).toBe(0);
    expect(dry.json()).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: [] });
    expect(dry.stderr).toContain("Nothing was written");
    expect(net(["export", "json"]).json().people).toEqual([]);
  });

  it("a missing file is exit 1, a file of another format exit 2, and the journal is untouched", () => {
    net(["add", "Ana Souza"]);
    const before = net(["export", "json"]).stdout;
    const missing = net(["import", "linkedin", join(t.dir, "nope.csv")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.csv: no such file; nothing was imported/);
    const wrong = net(["import", "linkedin", fixture("vcard/ez-vcard/gmail-list.vcf")]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("this is not a LinkedIn connections export");
    const notCards = net(["import", "vcard", fixture("linkedin/v2020-03-no-preamble_header-only.csv")]);
    expect(notCards.code).toBe(2);
    expect(notCards.stderr).toContain("this is not a vCard file");
    const notJson = net(["import", "json", fixture("linkedin/v2020-03-no-preamble_header-only.csv")]);
    expect(notJson.code).toBe(2);
    expect(net(["export", "json"]).stdout).toBe(before);
  });
});

describe("what the import summary shows", () => {
  it("lists five skipped rows and counts the rest; --verbose lists all seven; unreadable dates are reported, not dropped", () => {
    const file = linkedIn([
      ...Array.from({ length: 7 }, () => ",,,,,,"),
      "Ana,Souza,https://www.linkedin.com/in/ana-souza,,Acme,CTO,sometime in 2019",
    ]);
    const short = net(["import", "linkedin", file]);
    expect(short.code).toBe(0);
    expect(short.stderr).toContain("1 created, 0 updated, 0 unchanged, 7 skipped");
    expect(short.stderr.match(/skipped line \d+: an empty row/g)).toHaveLength(5);
    expect(short.stderr).toContain("skipped line 9: an empty row");
    expect(short.stderr).not.toContain("skipped line 10:");
    expect(short.stderr).toContain("… and 2 more (--verbose lists them all)");
    expect(short.stderr).toContain(
      '1 row imported with something left out:\n  imported line 12: Connected On "sometime in 2019" is not a date net reads',
    );
    const verbose = net(["import", "linkedin", file, "--verbose", "--dry-run", "--json"]);
    expect(verbose.stderr.match(/skipped line \d+: an empty row/g)).toHaveLength(7);
    expect(verbose.stderr).not.toContain("more (--verbose");
    expect(verbose.json()).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
      skipped: Array.from({ length: 7 }, (_, i) => ({ line: 5 + i, reason: "an empty row" })),
      warnings: [{ line: 12, reason: 'Connected On "sometime in 2019" is not a date net reads; imported without the date you met' }],
    });
  });

  it("draws a progress bar on stderr when stderr is a terminal", () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `Member,${i},https://www.linkedin.com/in/member-${i},,Acme,,05 Jan 2026`);
    const file = linkedIn(rows);
    const drive = new URL("../support/pty-drive.py", import.meta.url).pathname;
    // stdout goes to /dev/null: whatever reaches the terminal came from stderr.
    const command = `"${process.execPath}" "${BIN}" import linkedin "${file}" >/dev/null`;
    const r = spawnSync("python3", [drive, "[]", "30", "sh", "-c", command], {
      env: { ...process.env, NET_DB: t.db, NET_TODAY: "2026-11-22", NO_COLOR: "1" },
      encoding: "utf8",
    });
    const result = JSON.parse(r.stdout) as { code: number; transcript: string };
    expect(result.code).toBe(0);
    expect(result.transcript).toContain(`Importing [${"-".repeat(30)}]   0% 0/1200`);
    expect(result.transcript).toContain(`Importing [${"#".repeat(30)}] 100% 1200/1200`);
    expect(result.transcript).toContain("Imported Connections.csv (LinkedIn connections): 1,200 created");
    // Without a terminal (every other test here) there is no bar.
    expect(net(["import", "linkedin", file]).stderr).not.toContain("Importing [");
  });
});

describe("net import vcard and google", () => {
  it("imports a folder of real vCards, then finds the same people on a second run", () => {
    const first = net(["import", "vcard", fixture("vcard/ez-vcard"), "--json", "--verbose"]);
    expect(first.code).toBe(0);
    const summary = first.json();
    // 13 cards in 10 files; three share a phone number with an earlier card and are the same person: every card is counted.
    expect(summary).toEqual({ created: 10, updated: 0, unchanged: 0, merged: 3, skipped: [] });
    expect(first.stderr).toContain("  3 cards named someone an earlier one had named, and were merged into them\n");
    const again = net(["import", "vcard", fixture("vcard/ez-vcard"), "--json"]).json();
    expect(again).toEqual({ created: 0, updated: 0, unchanged: 10, merged: 3, skipped: [] });
    const people = net(["export", "json"]).json().people;
    expect(people.find((p: { name: string }) => p.name === "Simon Perreault")).toMatchObject({
      birthday: "--02-03",
      company: "Viagenie",
      emails: ["simon.perreault@viagenie.ca"],
    });
  });

  it("imports a Google CSV and merges into people already there", () => {
    net(["add", "Ana Souza", "--email", "ana@acme.io", "--note", "mine"]);
    const file = join(t.dir, "contacts.csv");
    writeFileSync(
      file,
      "First Name,Last Name,Organization Name,Labels,E-mail 1 - Label,E-mail 1 - Value\nAna,Souza,Acme,* myContacts ::: Climate,* Work,ana@acme.io\nBen,Okafor,,,,\n",
    );
    const r = net(["import", "google", file, "--json"]);
    expect(r.json()).toEqual({ created: 1, updated: 1, unchanged: 0, skipped: [] });
    const ana = net(["export", "json"]).json().people[0];
    expect(ana).toMatchObject({ company: "Acme", tags: ["climate"], note: "mine" });
  });
});
