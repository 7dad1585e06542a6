import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { journalPerTest } from "../support/journal-per-test.js";
import { net } from "../support/net.js";
import { readWith, skippedWithout, VOBJECT } from "../support/python-readers.js";

// net export vcard --dir: a vdir (one <uid>.vcf a person) that khard and vdirsyncer read and write, and that comes
// back into net as the same people: unchanged when nothing changed, updated when the folder did.

const journal = journalPerTest("2026-12-03");
const KHARD = spawnSync("sh", ["-c", "command -v khard"]).status === 0;
const skippedWithoutKhard = KHARD ? "" : " [SKIPPED: khard is not installed: apt-get install khard]";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "net-vdir-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cards = () => join(dir, "cards");
const files = () =>
  readdirSync(cards())
    .filter((f) => f.endsWith(".vcf"))
    .sort();
const read = (file: string) => readFileSync(join(cards(), file), "utf8");

function people() {
  journal.ok([
    "add",
    "Ana de la Cruz",
    "--company",
    "Smith; Jones LLP",
    "--title",
    "CTO",
    "--email",
    "ana@sj.example",
    "--tag",
    "a,b",
    "--tag",
    "climate",
    "--note",
    "line one\nline two, with \\ a backslash",
  ]);
  journal.ok(["add", "Martin Luther King Jr.", "--email", "mlk@example.org"]);
  journal.ok(["add", "山田 太郎", "--phone", "+81 3 1234 5678"]);
}

describe("net export vcard --dir", () => {
  it("writes one private card a person, named by its UID, and rewrites nothing that did not change", () => {
    people();
    const r = journal.net(["export", "vcard", "--dir", cards()]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Wrote 3 cards to ${cards()} (3 new).`);
    expect(files()).toHaveLength(3);
    const uids = files().map((f) => /^UID:(.*)$/m.exec(read(f))![1]!.trim());
    expect(new Set(uids).size).toBe(3);
    for (const [i, f] of files().entries()) {
      expect(uids[i]).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(f).toBe(`${uids[i]!.slice("urn:uuid:".length)}.vcf`);
      expect(statSync(join(cards(), f)).mode & 0o777).toBe(0o600);
    }
    const before = files().map((f) => statSync(join(cards(), f)).mtimeMs);
    const again = journal.net(["export", "vcard", "--dir", cards(), "--json"]);
    expect(again.json()).toEqual({ format: "vcard", dir: cards(), added: 0, changed: 0, unchanged: 3, removed: 0, others: 0 });
    expect(files().map((f) => statSync(join(cards(), f)).mtimeMs)).toEqual(before);
    // The UID is the person's for good: an edit in net changes the card, not its name.
    journal.ok(["edit", "ana", "--title", "CEO"]);
    expect(journal.net(["export", "vcard", "--dir", cards(), "--json"]).json()).toMatchObject({ changed: 1, unchanged: 2 });
    expect(files()).toHaveLength(3);
  });

  it("escapes ORG, CATEGORIES and NOTE as RFC 6350 says, and works out N with care", () => {
    people();
    journal.ok(["export", "vcard", "--dir", cards()]);
    const all = files().map(read).join("");
    expect(all).toContain("ORG:Smith\\; Jones LLP\r\n");
    expect(all).toContain("CATEGORIES:a\\,b,climate\r\n");
    expect(all).toContain("NOTE:line one\\nline two\\, with \\\\ a backslash\r\n");
    expect(all).toContain("N:de la Cruz;Ana;;;\r\n");
    expect(all).toContain("N:King;Martin;Luther;;Jr.\r\n");
    // Not written given-first: the whole name is the family name.
    expect(all).toContain("N:山田 太郎;;;;\r\n");
  });

  it("comes back in as the same people: all unchanged, and a tag with a comma stays one tag", () => {
    people();
    const before = journal.exported();
    journal.ok(["export", "vcard", "--dir", cards()]);
    const r = journal.net(["import", "vcard", cards(), "--json"]);
    expect(r.json()).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(journal.exported()).toBe(before);
  });

  it("picks up a change made in the folder, as a phone synced through vdirsyncer would make it, as an update of the same person", () => {
    people();
    journal.ok(["export", "vcard", "--dir", cards()]);
    const ana = files().find((f) => read(f).includes("FN:Ana de la Cruz"))!;
    // The address book rewrites the card its own way: other property order, a new title, a phone, a REV.
    const edited = read(ana)
      .replace("TITLE:CTO\r\n", "")
      .replace("END:VCARD", "TITLE:Chief Technology Officer\r\nTEL;TYPE=cell:+1 555 0199\r\nREV:20261203T101500Z\r\nEND:VCARD");
    writeFileSync(join(cards(), ana), edited);
    const r = journal.net(["import", "vcard", cards(), "--json"]);
    expect(r.json()).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const shown = journal.net(["show", "ana", "--json"]).json();
    expect(shown).toMatchObject({ id: 1, title: "Chief Technology Officer", phones: ["+1 555 0199"] });
    expect(journal.net(["people", "--json"]).json()).toHaveLength(3);
  });

  it("matches a card on its UID before anything else, even when its name and e-mail have changed", () => {
    people();
    journal.ok(["export", "vcard", "--dir", cards()]);
    const king = files().find((f) => read(f).includes("FN:Martin Luther King Jr."))!;
    writeFileSync(
      join(cards(), king),
      read(king).replace("FN:Martin Luther King Jr.", "FN:Dr. M. L. King").replace("mlk@example.org", "king@example.net"),
    );
    expect(journal.net(["import", "vcard", cards(), "--json"]).json()).toMatchObject({ created: 0, updated: 1 });
    expect(journal.net(["show", "2", "--json"]).json().emails).toEqual(["mlk@example.org", "king@example.net"]);
  });

  it("keeps the cards of people no longer in the journal unless --prune, and says so", () => {
    people();
    journal.ok(["export", "vcard", "--dir", cards()]);
    journal.ok(["rm", "3", "--yes"]);
    const kept = journal.net(["export", "vcard", "--dir", cards()]);
    expect(kept.stderr).toContain("1 card in the folder is of no one in the journal and is kept");
    expect(files()).toHaveLength(3);
    const pruned = journal.net(["export", "vcard", "--dir", cards(), "--prune", "--json"]).json();
    expect(pruned).toMatchObject({ removed: 1, others: 0, unchanged: 2 });
    expect(files()).toHaveLength(2);
  });

  it.each([
    [["--prune"], /--prune needs --dir/],
    [["--dir", "CARDS", "--out", "x.vcf"], /--dir and --out cannot be used together/],
    [["--dir", "FILE"], /is a file, not a folder/],
  ])("refuses %j with exit 2 and writes nothing", (args, message) => {
    people();
    writeFileSync(join(dir, "FILE"), "mine");
    const r = journal.net(["export", "vcard", ...args.map((a) => (a === "CARDS" ? cards() : a === "FILE" ? join(dir, "FILE") : a))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(cards())).toBe(false);
    expect(readFileSync(join(dir, "FILE"), "utf8")).toBe("mine");
  });

  it("keeps the N of an imported card, and never makes Google's system groups into tags", () => {
    const file = join(dir, "google.vcf");
    writeFileSync(
      file,
      "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:google-1234\r\nFN:Ludwig van Beethoven\r\nN:van Beethoven;Ludwig;;Herr;\r\nCATEGORIES:myContacts,starred,composers\r\nEND:VCARD\r\n",
    );
    journal.ok(["import", "vcard", file]);
    expect(journal.net(["show", "ludwig", "--json"]).json().tags).toEqual(["composers"]);
    journal.ok(["export", "vcard", "--dir", cards()]);
    expect(files()).toEqual(["google-1234.vcf"]);
    expect(read("google-1234.vcf")).toContain("\r\nUID:google-1234\r\n");
    expect(read("google-1234.vcf")).toContain("\r\nN:van Beethoven;Ludwig;;Herr;\r\n");
  });

  it("a journal restored from its JSON export writes the same cards, so an address book synced from the folder sees no new people", () => {
    people();
    journal.ok(["export", "vcard", "--dir", cards()]);
    const before = files().map(read);
    const file = join(dir, "journal.json");
    journal.ok(["export", "json", "--out", file]);
    const restored = join(dir, "restored.db");
    expect(net(["--db", restored, "import", "json", file], { today: "2026-12-03" }).code).toBe(0);
    const again = net(["--db", restored, "export", "vcard", "--dir", cards(), "--json"], { today: "2026-12-03" });
    expect(again.code, again.stderr).toBe(0);
    expect(again.json()).toMatchObject({ added: 0, changed: 0, unchanged: 3 });
    expect(files().map(read)).toEqual(before);
  });

  it("a JSON export from before UIDs still comes in, each person with a UID of their own; a UID given twice is refused", () => {
    people();
    const doc = JSON.parse(journal.exported());
    const file = join(dir, "journal.json");
    writeFileSync(file, JSON.stringify({ ...doc, people: doc.people.map(({ uid: _, cardN: __, ...p }: Record<string, unknown>) => p) }));
    const restored = join(dir, "restored.db");
    expect(net(["--db", restored, "import", "json", file], { today: "2026-12-03" }).code).toBe(0);
    const uids = JSON.parse(net(["--db", restored, "export", "json"], { today: "2026-12-03" }).stdout).people.map(
      (p: { uid: string }) => p.uid,
    );
    expect(new Set(uids).size).toBe(3);
    expect(uids.every((u: string) => /^urn:uuid:/.test(u))).toBe(true);

    writeFileSync(file, JSON.stringify({ ...doc, people: doc.people.map((p: object) => ({ ...p, uid: "urn:uuid:same" })) }));
    const twice = join(dir, "twice.db");
    const r = net(["--db", twice, "import", "json", file], { today: "2026-12-03" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("people[1].uid is the UID of people[0] too");
    expect(existsSync(twice)).toBe(false);
  });

  it.skipIf(!VOBJECT)(`python-vobject reads every card with ORG, N, NOTE and CATEGORIES exact${skippedWithout("vobject")}`, () => {
    people();
    journal.ok(["export", "vcard", "--dir", cards()]);
    const read = files().flatMap((f) => readWith("read-vcard.py", join(cards(), f)));
    const ana = read.find((c: { fn: string[] }) => c.fn[0] === "Ana de la Cruz");
    expect(ana).toMatchObject({
      org: [["Smith; Jones LLP"]],
      n: ["de la Cruz", "Ana", "", "", ""],
      note: ["line one\nline two, with \\ a backslash"],
      categories: ["a,b", "climate"],
    });
    expect(read.find((c: { fn: string[] }) => c.fn[0] === "Martin Luther King Jr.").n).toEqual(["King", "Martin", "Luther", "", "Jr."]);
  });

  it.skipIf(!KHARD)(`khard lists everyone from the folder, and an edit made in khard comes back into net${skippedWithoutKhard}`, () => {
    people();
    journal.ok(["export", "vcard", "--dir", cards()]);
    const editor = join(dir, "edit.sh");
    writeFileSync(editor, `#!/bin/sh\nsed -i 's/^Title *:.*/Title: Chief Technology Officer/' "$1"\n`, { mode: 0o755 });
    const config = join(dir, "khard.conf");
    writeFileSync(
      config,
      `[addressbooks]\n[[net]]\npath = ${cards()}\n\n[general]\neditor = ${editor}\nmerge_editor = ${editor}\n\n[contact table]\nshow_uids = yes\n\n[vcard]\nskip_unparsable = no\n`,
    );
    const khard = (...args: string[]) => spawnSync("khard", ["-c", config, ...args], { encoding: "utf8", input: "" });
    const list = khard("list", "--parsable");
    expect(list.stderr).toBe("");
    expect(list.status).toBe(0);
    const names = list.stdout
      .trim()
      .split("\n")
      .map((line) => line.split("\t")[1]);
    expect(names.sort()).toEqual(["Ana de la Cruz", "Martin Luther King", "山田 太郎"].sort());
    const edit = khard("edit", "Ana de la Cruz");
    expect(edit.status, edit.stderr).toBe(0);
    expect(journal.net(["import", "vcard", cards(), "--json"]).json()).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(journal.net(["show", "ana", "--json"]).json()).toMatchObject({ title: "Chief Technology Officer", tags: ["a,b", "climate"] });
  });
});
