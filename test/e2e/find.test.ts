import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { journalPerTest } from "../support/journal-per-test.js";

const journal = journalPerTest("2026-12-04");
const { net, ok, exported } = journal;

interface Found {
  person: { id: number; name: string };
  score: number;
  hits: { ref: string; field: string; snippet: string }[];
}
const find = (...args: string[]): Found[] => ok(["find", ...args, "--json"]).json();
const names = (...args: string[]) => find(...args).map((r) => r.person.name);

function network() {
  ok(["add", "Ana Lima", "--company", "Fintech Zürich AG", "--title", "CTO", "--email", "ana@acme.io", "--tag", "investor"]);
  ok(["add", "Bruno Reis", "--met", "the climate meetup in Lisbon", "--offers", "product design"]);
  ok(["add", "Cleo Diaz", "--needs", "a product designer", "--note", "loves sailing"]);
  ok(["log", "ana", "--note", "coffee: she is raising a seed round", "--via", "meeting", "--on", "2026-11-20"]);
  ok(["gave", "bruno", "a review of his pitch deck"]);
  ok(["asked", "cleo", "an introduction to Zoë at Globex"]);
  ok(["follow-up", "cleo", "friday", "send the sailing photos"]);
  ok(["intro", "ana", "bruno", "--why", "both work on fintech payments"]);
}

describe("net find", () => {
  it("ignores accents and case, finds word prefixes, and groups hits by person with their references", () => {
    network();
    expect(names("zurich")).toEqual(["Ana Lima"]);
    expect(names("ZOE")).toEqual(["Cleo Diaz"]);
    const fin = find("fin");
    expect(fin.map((r) => r.person.name)).toEqual(["Ana Lima", "Bruno Reis"]);
    expect(fin[0]!.hits.map((h) => [h.ref, h.field])).toEqual(
      expect.arrayContaining([
        ["p1", "company"],
        ["i1", "intro"],
      ]),
    );
    expect(fin[1]!.hits).toEqual([{ ref: "i1", field: "intro", snippet: "both work on fintech payments" }]);
  });

  it("finds every kind of text: e-mails, tags, how met, notes, needs, offers, conversations, ledger, asks, follow-ups", () => {
    network();
    const field = (word: string) => find(word).flatMap((r) => r.hits.map((h) => `${r.person.name} ${h.ref} ${h.field}`));
    expect(field("acme")).toEqual(["Ana Lima p1 emails"]);
    expect(field("investor")).toEqual(["Ana Lima p1 tags"]);
    expect(field("lisbon")).toEqual(["Bruno Reis p2 met"]);
    expect(field("designer")).toEqual(["Cleo Diaz p3 needs"]);
    expect(field("design")).toEqual(expect.arrayContaining(["Bruno Reis p2 offers", "Cleo Diaz p3 needs"]));
    expect(field("raising")).toEqual(["Ana Lima c1 conversation"]);
    expect(field("pitch")).toEqual(["Bruno Reis l1 ledger"]);
    expect(field("globex")).toEqual(["Cleo Diaz a1 ask"]);
    expect(field("photos")).toEqual(["Cleo Diaz f1 follow-up"]);
    expect(field("sailing").sort()).toEqual(["Cleo Diaz f1 follow-up", "Cleo Diaz p3 note"]);
  });

  it('"a quoted phrase" matches its words in a row; all words must match unless --any', () => {
    network();
    expect(names('"product designer"')).toEqual(["Cleo Diaz"]);
    expect(names('"designer product"')).toEqual([]);
    // All words, anywhere in what the journal holds of the person.
    expect(names("zurich", "coffee")).toEqual(["Ana Lima"]);
    expect(names("zurich", "sailing")).toEqual([]);
    expect(names("zurich", "sailing", "--any").sort()).toEqual(["Ana Lima", "Cleo Diaz"]);
  });

  it("an entry deleted is gone from the search, and found again once net undo restores it", () => {
    network();
    ok(["rm", "c1"]);
    expect(names("raising")).toEqual([]);
    ok(["undo"]);
    expect(find("raising")[0]!.hits[0]).toMatchObject({ ref: "c1", field: "conversation" });
  });

  it("after a merge, what was the other person's is found under the one kept", () => {
    network();
    ok(["add", "Bruno R.", "--note", "windsurfing in Guincho"]);
    expect(names("windsurfing")).toEqual(["Bruno R."]);
    ok(["merge", "Bruno Reis", "Bruno R.", "--yes"]);
    expect(find("windsurfing")).toEqual([
      {
        person: { id: 2, name: "Bruno Reis" },
        score: expect.any(Number),
        hits: [{ ref: "p2", field: "note", snippet: "windsurfing in Guincho" }],
      },
    ]);
    expect(names("guincho", "lisbon")).toEqual(["Bruno Reis"]);
  });

  it("an edit is found by its new words and no longer by the old", () => {
    network();
    ok(["edit", "ana", "--company", "Globex"]);
    expect(names("zurich")).toEqual([]);
    expect(names("globex").sort()).toEqual(["Ana Lima", "Cleo Diaz"]);
    ok(["edit", "c1", "--note", "lunch about hiring"]);
    expect(names("raising")).toEqual([]);
    expect(names("hiring")).toEqual(["Ana Lima"]);
  });

  it("people imported are found at once", () => {
    const file = join(dirname(journal.db), "dana.vcf");
    writeFileSync(file, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dana Kraus\r\nORG:Müller Bank\r\nEND:VCARD\r\n");
    ok(["import", "vcard", file]);
    expect(names("muller")).toEqual(["Dana Kraus"]);
    ok(["undo"]);
    expect(names("muller")).toEqual([]);
  });

  it("a re-import that changes someone is searched by what it now says, and a restored export is searched at once", () => {
    const file = join(dirname(journal.db), "dana.vcf");
    const card = (org: string) =>
      `BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:dana\r\nFN:Dana Kraus\r\nORG:${org}\r\nEMAIL:dana@old.example\r\nEND:VCARD\r\n`;
    writeFileSync(file, card("Müller Bank"));
    ok(["import", "vcard", file]);
    ok(["log", "dana", "--note", "talked about kayaks"]);
    writeFileSync(file, card("Kayak Works").replace("dana@old.example", "dana@new.example"));
    ok(["import", "vcard", file]);
    expect(names("works")).toEqual(["Dana Kraus"]);
    expect(find("new.example")[0]!.hits[0]).toMatchObject({ ref: "p1", field: "emails" });
    expect(
      find("kayak")[0]!
        .hits.map((h) => h.field)
        .sort(),
    ).toEqual(["company", "conversation"]);
    const backup = join(dirname(journal.db), "backup.json");
    writeFileSync(backup, exported());
    const restored = join(dirname(journal.db), "restored.db");
    expect(net(["--db", restored, "import", "json", backup]).code).toBe(0);
    const again = net(["--db", restored, "find", "kayak", "--json"]);
    // The same people and hits; BM25's word counts differ between an index built row by row and one built at once.
    const withoutScores = (found: Found[]) => found.map(({ score, ...rest }) => rest);
    expect(withoutScores(again.json())).toEqual(withoutScores(find("kayak")));
  });

  it("a long text shows a snippet around the match, with … where text was left out", () => {
    ok([
      "add",
      "Ana Lima",
      "--note",
      "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen marathon sixteen seventeen eighteen nineteen twenty",
    ]);
    expect(find("marathon")[0]!.hits[0]!.snippet).toBe(
      "…ten eleven twelve thirteen fourteen fifteen marathon sixteen seventeen eighteen nineteen twenty",
    );
  });

  it("on a terminal-less run the snippet is plain text, and hostile text is shown safely", () => {
    ok(["add", "Ana Lima", "--note", "fintech \u001b[31mred"]);
    const r = ok(["find", "fintech"]);
    expect(r.stdout).not.toContain("\u001b");
    expect(r.stdout).toContain("note: fintech");
    expect(find("fintech")[0]!.hits[0]!.snippet).toBe("fintech \u001b[31mred");
  });

  it("--limit shows the best N and says how many more there are", () => {
    for (const name of ["Ana", "Ben", "Cy", "Dee"]) ok(["add", `${name} Climate`]);
    const r = ok(["find", "climate", "--limit", "2"]);
    expect(r.stdout.match(/#\d/g)).toHaveLength(2);
    expect(r.stderr).toContain("4 people match; showing the first 2 (--limit N for more).");
  });

  it("nothing to look for, or a bad --limit, is exit 2; no match is exit 0 with a message", () => {
    network();
    const before = exported();
    for (const args of [
      ["find", "!!"],
      ["find", "x", "--limit", "0"],
      ["find", "x", "--limit", "many"],
    ]) {
      const r = net(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
    }
    expect(net(["find", "!!"]).stderr).toContain("nothing to look for");
    const none = net(["find", "kayak"]);
    expect(none.code).toBe(0);
    expect(none.stderr).toContain("Nothing in the journal matches kayak.");
    expect(exported()).toBe(before);
  });
});

describe("net find on a terminal", () => {
  it("shows each match in bold (FORCE_COLOR), and the rest of the snippet plain", () => {
    ok(["add", "Ana Lima", "--note", "met her at the fintech meetup"]);
    const r = net(["find", "fin"], { env: { FORCE_COLOR: "1", NO_COLOR: "" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("\u001b[1mfintech\u001b[22m");
    expect(r.stdout).not.toContain("\u001b[1mmeetup");
  });
});
