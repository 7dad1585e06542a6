import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { session, tempJournal } from "../support/net.js";
import { query, rowCounts } from "../support/rows.js";

// 2026-11-22 is a Sunday.
let journal: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;

function threePeople() {
  journal = tempJournal();
  net = session(journal.db, "2026-11-22");
  for (const name of ["Ana Souza", "Ben Ng", "Benjamin Ortiz"]) expect(net(["add", name]).code).toBe(0);
}

describe("net log", () => {
  beforeEach(threePeople);
  afterEach(() => journal.cleanup());

  test("defaults to a call today that I started, with no follow-up", () => {
    const r = net(["log", "ana", "--json"]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({
      interaction: { date: "2026-11-22", channel: "call", people: [{ id: 1, name: "Ana Souza" }], note: null },
      followUp: null,
    });
    expect(Object.keys(r.json().interaction)).toEqual(expect.arrayContaining(["id", "date", "channel", "people", "note"]));
    expect(query(journal.db, "SELECT initiated_by FROM interactions")).toEqual([{ initiated_by: "me" }]);
  });

  test("records the channel, the day (leaning to the past), the note, who reached out and a follow-up linked to it", () => {
    const r = net([
      "log",
      "ana",
      "--via",
      "zoom",
      "--on",
      "friday",
      "--note",
      "talked about her raise",
      "--they-reached-out",
      "--follow-up",
      "2w",
      "--follow-up-note",
      "send the deck",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const out = r.json();
    expect(out.interaction).toMatchObject({ date: "2026-11-20", channel: "video", note: "talked about her raise" });
    // A relative follow-up counts from today, not from the day of the conversation.
    expect(out.followUp).toEqual({ id: 1, ref: "f1", due: "2026-12-06", note: "send the deck" });
    expect(query(journal.db, "SELECT initiated_by FROM interactions")).toEqual([{ initiated_by: "them" }]);
    expect(query(journal.db, "SELECT person_id, interaction_id, created_on FROM follow_ups")).toEqual([
      { person_id: 1, interaction_id: out.interaction.id, created_on: "2026-11-22" },
    ]);
  });

  test("one conversation with several people: one interaction, a follow-up and ledger entries for each", () => {
    const r = net([
      "log",
      "ana",
      "#2",
      "--via",
      "meeting",
      "--follow-up",
      "friday",
      "--gave",
      "an intro to Acme",
      "--got",
      "advice on pricing",
      "--asked",
      "a referral",
      "--size",
      "medium",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const out = r.json();
    expect(out.interaction.people).toEqual([
      { id: 1, name: "Ana Souza" },
      { id: 2, name: "Ben Ng" },
    ]);
    expect(out.followUps.map((f: any) => [f.person.name, f.due])).toEqual([
      ["Ana Souza", "2026-11-27"],
      ["Ben Ng", "2026-11-27"],
    ]);
    expect(rowCounts(journal.db)).toMatchObject({ interactions: 1, interaction_people: 2, follow_ups: 2, ledger: 4, asks: 2 });
    expect(query(journal.db, "SELECT DISTINCT interaction_id, size, date FROM ledger")).toEqual([
      { interaction_id: out.interaction.id, size: "medium", date: "2026-11-22" },
    ]);
    expect(query(journal.db, "SELECT person_id, what, status, interaction_id FROM asks ORDER BY person_id")).toEqual([
      { person_id: 1, what: "a referral", status: "open", interaction_id: out.interaction.id },
      { person_id: 2, what: "a referral", status: "open", interaction_id: out.interaction.id },
    ]);
  });

  test("--add creates a new person in the same write; known names still resolve", () => {
    const r = net(["log", "Dana Lee", "ana", "--add", "--json"]);
    expect(r.code).toBe(0);
    expect(r.json().interaction.people).toEqual([
      { id: 4, name: "Dana Lee" },
      { id: 1, name: "Ana Souza" },
    ]);
    expect(r.json().added).toEqual([{ id: 4, name: "Dana Lee" }]);
    expect(query(journal.db, "SELECT name, created_on FROM people WHERE id = 4")).toEqual([{ name: "Dana Lee", created_on: "2026-11-22" }]);
  });

  test("after logging, lists that person's follow-ups already due so they can be closed", () => {
    expect(net(["follow-up", "ana", "today", "send the deck"]).code).toBe(0);
    expect(net(["follow-up", "ana", "2026-12-10", "not yet"]).code).toBe(0);
    expect(net(["follow-up", "ben ng", "today", "someone else's"]).code).toBe(0);
    const json = net(["log", "ana", "--follow-up", "today", "--json"]).json();
    expect(json.dueFollowUps.map((f: any) => [f.id, f.note])).toEqual([[1, "send the deck"]]);
    const human = net(["log", "ana", "--note", "a second call"]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain("Logged a call with Ana Souza today");
    expect(human.stdout).toMatch(/f1\s+Ana Souza\s+Sun 22 Nov\s+send the deck/);
    expect(human.stderr).toContain("net done f1 f4");
  });

  test("human output says what was logged and what it set in motion", () => {
    const r = net([
      "log",
      "ana",
      "--via",
      "email",
      "--on",
      "yesterday",
      "--note",
      "sent the deck",
      "--they-reached-out",
      "--follow-up",
      "tomorrow",
      "--gave",
      "feedback",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Logged an email with Ana Souza on Sat 21 Nov (they reached out)");
    expect(r.stdout).toContain("Follow-up f1 with Ana Souza on Mon 23 Nov");
    expect(r.stdout).toContain("You gave Ana Souza: feedback (small, l1)");
  });
});

describe("net log refuses bad input with exit 2 and writes nothing", () => {
  // Nothing is written by these, so one journal serves them all (and the row counts prove it).
  beforeAll(threePeople);
  afterAll(() => journal.cleanup());

  test.each([
    [["log", "ana", "--on", "2026-02-30"], /--on "2026-02-30" is not a date/],
    [["log", "ana", "--on", "tomorrow"], /--on "tomorrow" is 2026-11-23, in the future/],
    [["log", "ana", "--follow-up", "yesterday"], /--follow-up "yesterday" is 2026-11-21, in the past/],
    [["log", "ana", "--follow-up", "someday"], /--follow-up "someday" is not a date/],
    [["log", "ana", "--via", "pigeon"], /--via "pigeon" is not a channel/],
    [["log", "ana", "--gave", "x", "--size", "huge"], /--size "huge" is not a size/],
    [["log", "ana", "--follow-up-note", "deck"], /--follow-up-note needs --follow-up/],
    [["log", "ana", "--gave", " "], /--gave needs what you did for them/],
    [["log", "zed"], /no one called "zed"/],
    // A close spelling is no more written to than an unknown name: the whole log is refused.
    [["log", "ana", "annna souza", "zed"], /no one called "annna souza"/],
    [["log", "ben"], /"ben" matches 2 people:\n {2}Ben Ng #2 — .*\n {2}Benjamin Ortiz #3 — /],
    [["log", "ben", "New Person", "--add"], /"ben" matches 2 people/],
    [["log", "#42"], /no person with id 42/],
    [["log"], /give a name: net log NAME, or run it in a terminal/],
    [["log", "--json"], /give a name/],
  ])("%j", (args, message) => {
    const before = rowCounts(journal.db);
    const r = net(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split("\n").filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expect(r.stdout).toBe("");
    expect(rowCounts(journal.db)).toEqual(before);
  });

  test("an unknown name suggests the closest ones", () => {
    const far = net(["log", "Anaa Sooza Q"]);
    expect(far.code).toBe(2);
    expect(far.stderr).toMatch(/Did you mean Ana Souza \(#\d+\)/);
    expect(far.stderr).toContain("--add");
  });

  test("with --add, a full name that only starts like someone else's is a new person", () => {
    const r = net(["log", "Ana Sou", "--add", "--json"]);
    expect(r.code).toBe(0);
    expect(r.json().interaction.people.map((p: { name: string }) => p.name)).toEqual(["Ana Sou"]);
    const prefix = net(["log", "souza", "--add", "--json"]);
    expect(prefix.json().interaction.people.map((p: { name: string }) => p.name)).toEqual(["Ana Souza"]);
  });
});
