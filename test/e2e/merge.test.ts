import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { session, tempJournal } from "../support/net.js";

let t: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(() => {
  t = tempJournal();
  net = session(t.db);
});
afterEach(() => t.cleanup());

const person = (id: number, name: string, extra: object = {}) => ({
  id,
  name,
  company: null,
  title: null,
  emails: [],
  phones: [],
  tags: [],
  links: [],
  met: null,
  metOn: null,
  birthday: null,
  linkedinUrl: null,
  note: null,
  cadenceDays: null,
  archived: false,
  created: "2026-01-01",
  ...extra,
});

function seed(): void {
  const doc = {
    format: "net-journal",
    version: 1,
    people: [
      person(1, "Ana Souza", { company: "Acme", emails: ["ana@acme.io"], note: "likes tea", tags: ["climate"], metOn: "2021-05-01" }),
      person(2, "Ana Sousa", {
        company: "Acme Inc",
        phones: ["+1 555 010 0200"],
        note: "two kids",
        tags: ["design"],
        title: "CTO",
        metOn: "2019-03-02",
        birthday: "--03-15",
        linkedinUrl: "https://www.linkedin.com/in/ana",
      }),
      person(3, "Ben Okafor", { emails: ["ANA@acme.io"] }),
    ],
    interactions: [
      { id: 1, date: "2026-10-01", channel: "video", initiatedBy: "me", note: "both were there", created: "2026-10-01", people: [1, 2, 3] },
      { id: 2, date: "2026-10-05", channel: "call", initiatedBy: "them", note: null, created: "2026-10-05", people: [2] },
    ],
    followUps: [
      { id: 1, person: 2, due: "2026-12-01", note: "send deck", interaction: 2, intro: null, created: "2026-10-05", done: null },
      { id: 2, person: 1, due: "2026-12-05", note: null, interaction: null, intro: 1, created: "2026-10-05", done: null },
    ],
    asks: [{ id: 1, person: 2, what: "a referral", size: "medium", date: "2026-10-05", status: "open", closed: null, interaction: null }],
    intros: [
      {
        id: 1,
        a: 1,
        b: 2,
        why: "oops, the same person",
        status: "made",
        proposedOn: null,
        madeOn: "2026-10-05",
        outcome: null,
        outcomeNote: null,
        outcomeOn: null,
      },
      {
        id: 2,
        a: 2,
        b: 3,
        why: "both in climate",
        status: "proposed",
        proposedOn: "2026-10-06",
        madeOn: null,
        outcome: null,
        outcomeNote: null,
        outcomeOn: null,
      },
    ],
    ledger: [
      { id: 1, person: 2, direction: "got", what: "advice", size: "small", date: "2026-10-05", interaction: 2, intro: null, ask: null },
    ],
  };
  const file = join(t.dir, "seed.json");
  writeFileSync(file, JSON.stringify(doc));
  expect(net(["import", "json", file]).code).toBe(0);
}

describe("net dupes", () => {
  it("lists likely pairs strongest first with the reason", () => {
    seed();
    const r = net(["dupes", "--json"]);
    expect(r.code).toBe(0);
    expect(r.json().pairs.map((p: { a: { id: number }; b: { id: number }; reasons: string[] }) => [p.a.id, p.b.id, p.reasons])).toEqual([
      [1, 3, ["same e-mail ana@acme.io"]],
      [1, 2, ["near-identical names at Acme"]],
    ]);
    const human = net(["dupes"]);
    expect(human.stdout).toMatch(/#1 Ana Souza.*#3 Ben Okafor.*same e-mail ana@acme\.io/);
    expect(human.stderr).toContain("net merge 1 3");
  });
});

describe("net merge", () => {
  it("without a terminal and without --yes: exit 2, nothing changed", () => {
    seed();
    const r = net(["merge", "1", "2"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--yes");
    expect(net(["export", "json"]).json().people).toHaveLength(3);
    expect(net(["merge", "1", "#1", "--yes"]).code).toBe(2);
  });

  it("moves all history to the one kept, unions details, keeps both notes, removes the other", () => {
    seed();
    const r = net(["merge", "Ana Souza", "2", "--yes", "--json"]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({
      kept: {
        id: 1,
        name: "Ana Souza",
        company: "Acme",
        title: "CTO",
        emails: ["ana@acme.io"],
        phones: ["+1 555 010 0200"],
        tags: ["climate", "design"],
        note: "likes tea\n\ntwo kids",
        metOn: "2019-03-02",
        birthday: "--03-15",
        linkedinUrl: "https://www.linkedin.com/in/ana",
      },
      removed: { id: 2, name: "Ana Sousa" },
      moved: { interactions: 2, ledger: 1, asks: 1, followUps: 1, intros: 1, introsBetween: 1 },
    });
    const doc = net(["export", "json"]).json();
    expect(doc.people.map((p: { id: number }) => p.id)).toEqual([1, 3]);
    // Both were in interaction 1: it lists the kept person once.
    expect(doc.interactions.map((i: { people: number[] }) => i.people)).toEqual([[1, 3], [1]]);
    // The intro between the two is gone with its check-in; the intro to Ben is now from Ana #1.
    expect(doc.intros.map((i: { id: number; a: number; b: number }) => [i.id, i.a, i.b])).toEqual([[2, 1, 3]]);
    expect(doc.followUps.map((f: { id: number; person: number }) => [f.id, f.person])).toEqual([[1, 1]]);
    expect(doc.asks[0].person).toBe(1);
    expect(doc.ledger[0].person).toBe(1);
    expect(net(["dupes", "--json"]).json().pairs).toHaveLength(1);
  });

  it("keeps the other's LinkedIn profile, so the next LinkedIn import finds the merged person instead of re-creating them", () => {
    const file = join(t.dir, "Connections.csv");
    writeFileSync(
      file,
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
        "Ana,Souza,https://www.linkedin.com/in/ana-souza,,Acme,CTO,05 Jan 2026\n" +
        "Ana,Sousa,https://www.linkedin.com/in/ana-sousa-old,,Acme,CTO,05 Jan 2019\n",
    );
    expect(net(["import", "linkedin", file, "--json"]).json()).toMatchObject({ created: 2 });
    const merged = net(["merge", "1", "2", "--yes", "--json"]).json();
    expect(merged.kept).toMatchObject({
      linkedinUrl: "https://www.linkedin.com/in/ana-souza",
      links: ["https://www.linkedin.com/in/ana-sousa-old"],
      metOn: "2019-01-05",
    });
    // Both rows are now the one person: the second is counted as merged into the first.
    expect(net(["import", "linkedin", file, "--json"]).json()).toEqual({ created: 0, updated: 0, unchanged: 1, merged: 1, skipped: [] });
    expect(
      net(["export", "json"])
        .json()
        .people.map((p: { id: number }) => p.id),
    ).toEqual([1]);
  });
});

describe("the merge summary", () => {
  it("says what moved in words, leaves out what did not, and fits 60 columns", () => {
    seed();
    const r = net(["merge", "1", "2", "--yes"], { env: { COLUMNS: "60" } });
    expect(r.code, r.stderr).toBe(0);
    const said = r.stderr.replace(/\n\s+/g, " ");
    expect(said).toContain(
      "Merged Ana Sousa (#2) into Ana Souza (#1): moved 2 conversations, 1 ledger entry, 1 ask, 1 introduction and 1 follow-up.",
    );
    expect(said).toContain("Removed 1 introduction between the two: they are one person.");
    expect(Math.max(...`${r.stdout}${r.stderr}`.split("\n").map((l) => l.length))).toBeLessThanOrEqual(60);
  });

  it("says so when the other had no history", () => {
    seed();
    expect(net(["add", "Cy Dee"]).code).toBe(0);
    const r = net(["merge", "3", "4", "--yes"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Merged Cy Dee (#4) into Ben Okafor (#3): they had no history to move.");
  });
});
