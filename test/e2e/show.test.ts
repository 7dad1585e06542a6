import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addAsk, addLedgerEntry } from "../../src/db/ledger.js";
import { session, tempJournal } from "../support/net.js";
import { addInteractions, addPeople, withJournal } from "../support/people-fixtures.js";

let temp: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(() => {
  temp = tempJournal();
  net = session(temp.db);
});
afterEach(() => temp.cleanup());

/** Ana (#1) with conversations, a give, a take, an open ask, a proposed intro to Cy (#3) and follow-ups. */
async function anasStory(): Promise<void> {
  await addPeople(temp.db, [
    { name: "Ana Souza", company: "Acme", title: "CTO", tags: ["design"], cadenceDays: 30 },
    { name: "Ben Ode" },
    { name: "Cy Dee" },
  ]);
  await addInteractions(temp.db, [
    { date: "2026-10-01", people: [1], channel: "meeting", note: "coffee at Acme" },
    { date: "2026-11-20", people: [1, 2], channel: "video", initiatedBy: "them", note: "talked about her raise" },
    { date: "2026-11-21", people: [2], channel: "call", note: "Ben only" },
  ]);
  await withJournal(temp.db, (journal) =>
    journal.write(async (trx) => {
      await addLedgerEntry(trx, { personId: 1, direction: "gave", what: "reviewed her deck", size: "medium", date: "2026-11-20" });
      await addLedgerEntry(trx, { personId: 1, direction: "got", what: "intro to her CFO", size: "small", date: "2026-11-05" });
      await addLedgerEntry(trx, { personId: 2, direction: "gave", what: "not Ana's", size: "large", date: "2026-11-06" });
      await addAsk(trx, { personId: 1, what: "a referral to Acme", size: "medium", date: "2026-11-10" });
      await trx.insert("intros", [{ a_id: 3, b_id: 1, why: "both in climate", status: "proposed", proposed_on: "2026-11-15" }]);
      await trx.insert("follow_ups", [
        { person_id: 1, due: "2026-11-25", note: "send the deck", created_on: "2026-11-20" },
        { person_id: 1, due: "2026-11-18", note: "thank her", created_on: "2026-11-01" },
        { person_id: 1, due: "2026-11-02", note: "already done", created_on: "2026-10-01", done_on: "2026-11-02" },
        { person_id: 2, due: "2026-11-24", note: "Ben's", created_on: "2026-11-20" },
      ]);
    }),
  );
}

describe("net show", () => {
  it("gives the person, depth with its terms, balance, open follow-ups and asks, and the timeline newest first", async () => {
    await anasStory();
    const r = net(["show", "ana", "--json"]);
    expect(r.code).toBe(0);
    const shown = r.json();
    expect(shown).toMatchObject({
      id: 1,
      name: "Ana Souza",
      company: "Acme",
      title: "CTO",
      tags: ["design"],
      cadenceDays: 30,
      archived: false,
    });
    expect(shown.depth).toEqual({ score: expect.any(Number), tier: expect.any(String), terms: expect.any(Object) });
    for (const term of Object.values(shown.depth.terms) as { measured: unknown; weight: unknown; points: unknown }[]) {
      expect(term).toEqual({ measured: expect.any(String), weight: expect.any(Number), points: expect.any(Number) });
    }
    expect(shown.balance).toEqual({ given: 2, received: 1, net: 1 });
    expect(shown.lastContact).toBe("2026-11-20");
    expect(shown.followUps).toEqual([
      { id: 2, ref: "f2", due: "2026-11-18", note: "thank her" },
      { id: 1, ref: "f1", due: "2026-11-25", note: "send the deck" },
    ]);
    expect(shown.openAsks).toEqual([{ id: 1, ref: "a1", what: "a referral to Acme", size: "medium", on: "2026-11-10" }]);
    expect(shown.timeline).toEqual([
      {
        kind: "interaction",
        date: "2026-11-20",
        id: 2,
        channel: "video",
        initiatedBy: "them",
        note: "talked about her raise",
        with: [{ id: 2, name: "Ben Ode" }],
        ref: "c2",
      },
      { kind: "gave", date: "2026-11-20", id: 1, what: "reviewed her deck", size: "medium", ref: "l1" },
      {
        kind: "intro",
        date: "2026-11-15",
        id: 1,
        to: { id: 3, name: "Cy Dee" },
        why: "both in climate",
        status: "proposed",
        outcome: null,
        outcomeNote: null,
        ref: "i1",
      },
      { kind: "ask", date: "2026-11-10", id: 1, what: "a referral to Acme", size: "medium", status: "open", closedOn: null, ref: "a1" },
      { kind: "got", date: "2026-11-05", id: 2, what: "intro to her CFO", size: "small", ref: "l2" },
      {
        kind: "interaction",
        date: "2026-10-01",
        id: 1,
        channel: "meeting",
        initiatedBy: "me",
        note: "coffee at Acme",
        with: [],
        ref: "c1",
      },
    ]);
  });

  it("prints the depth receipt term by term, then the rest for a person to read", async () => {
    await anasStory();
    const terms = net(["show", "ana", "--json"]).json().depth.terms as Record<string, { measured: string; weight: number; points: number }>;
    const r = net(["show", "Ana Souza"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    const at = (pattern: RegExp) => lines.findIndex((l) => pattern.test(l));
    expect(lines[0]).toBe("Ana Souza #1");
    expect(at(/^Depth \d+ (contact|acquaintance|connection|inner)$/)).toBeGreaterThan(0);
    for (const [name, term] of Object.entries(terms)) {
      expect(lines).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^  ${name}\\s+${term.measured.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+${term.points.toFixed(1)}\\s+/ ${term.weight}\\s*$`,
          ),
        ),
      );
    }
    expect(at(/^ {2}total\s+\w+\s+\d+\s+\/ 100/)).toBeGreaterThan(at(/^Depth/));
    expect(r.stdout).toContain("Balance       gave 2 · got 1 · net +1 (you have given more)");
    expect(r.stdout).toContain("Last contact  2026-11-20 (2 days ago)");
    expect(lines[at(/^Open follow-ups/) + 1]).toMatch(/f2\s+2026-11-18 \(4 days late\)\s+thank her/);
    expect(lines[at(/^Open follow-ups/) + 2]).toMatch(/f1\s+2026-11-25 \(in 3 days\)\s+send the deck/);
    expect(lines[at(/^Open asks/) + 1]).toMatch(/a1\s+2026-11-10\s+a referral to Acme \(medium\)/);
    const timeline = lines.slice(at(/^Timeline/) + 1).filter((l) => l.trim() !== "");
    expect(timeline.map((l) => l.trimEnd().replace(/\s{2,}/g, " | "))).toEqual([
      " | 2026-11-20 | c2 | video call (they reached out) | talked about her raise with Ben Ode",
      " | 2026-11-20 | l1 | you gave | reviewed her deck (medium)",
      " | 2026-11-15 | i1 | intro proposed | to Cy Dee (both in climate)",
      " | 2026-11-10 | a1 | you asked | a referral to Acme (medium) · open",
      " | 2026-11-05 | l2 | you got | intro to her CFO (small)",
      " | 2026-10-01 | c1 | in person (you reached out) | coffee at Acme",
    ]);
  });

  it("for someone with no history yet, says what to do next", async () => {
    await addPeople(temp.db, [{ name: "Cy Dee" }]);
    const r = net(["show", "cy"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Timeline\n {2}nothing yet/);
    expect(r.stdout).toContain("Last contact  never");
    expect(r.stdout).not.toContain("Open follow-ups");
    expect(r.stderr).toContain("net log 'Cy Dee'");
    const json = net(["show", "cy", "--json"]).json();
    expect(json).toMatchObject({
      lastContact: null,
      followUps: [],
      openAsks: [],
      timeline: [],
      balance: { given: 0, received: 0, net: 0 },
    });
  });

  it("shows the newest 50 timeline entries and how to see the rest; --all and --json give every entry", async () => {
    await addPeople(temp.db, [{ name: "Ana Souza" }, { name: "Ben Ode" }]);
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
    // 53 conversations, one a day; the newest (day 52) and the 50th newest (day 3) are with Ben too.
    await addInteractions(
      temp.db,
      Array.from({ length: 53 }, (_, n) => ({
        date: day(n),
        people: n === 52 || n === 3 ? [1, 2] : [1],
        channel: "call" as const,
        note: `talk ${n}`,
      })),
    );
    await withJournal(temp.db, (journal) =>
      journal.write((trx) =>
        addLedgerEntry(trx, { personId: 1, direction: "gave", what: "a gift", size: "small", date: day(0) }).then(() => undefined),
      ),
    );

    const shown = net(["show", "ana"]);
    expect(shown.code).toBe(0);
    const timeline = shown.stdout.slice(shown.stdout.indexOf("Timeline\n")).trimEnd().split("\n");
    expect(timeline).toHaveLength(1 + 50 + 1);
    expect(timeline[1]).toMatch(/^ {2}2026-02-22 .*talk 52 with Ben Ode$/);
    expect(timeline[50]).toMatch(/^ {2}2026-01-04 .*talk 3 with Ben Ode$/);
    expect(timeline[51]).toBe("  … 4 older entries: net show 'Ana Souza' --all");

    const all = net(["show", "ana", "--all"]);
    expect(all.code).toBe(0);
    const whole = all.stdout.slice(all.stdout.indexOf("Timeline\n")).trimEnd().split("\n");
    expect(whole).toHaveLength(1 + 54);
    expect(whole.at(-1)).toMatch(/^ {2}2026-01-01 .*you gave/);
    expect(all.stdout).not.toContain("older entr");

    const json = net(["show", "ana", "--json"]).json();
    expect(json.timeline).toHaveLength(54);
    expect(json.timeline[0]).toMatchObject({ kind: "interaction", note: "talk 52", with: [{ id: 2, name: "Ben Ode" }] });
  });

  it.each([
    [["show", "zed"], /no one called "zed" in the journal/],
    [["show", "ana"], /"ana" matches 2 people:\n {2}Ana Lima #2 — .*\n {2}Ana Souza #1 — /],
    [["show", "#9"], /no person with id 9/],
    [["show"], /missing required argument 'name'/],
  ])("refuses %j with exit 2", async (args, message) => {
    await addPeople(temp.db, [{ name: "Ana Souza" }, { name: "Ana Lima" }]);
    const r = net(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });
});
