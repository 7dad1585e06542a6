import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { BIN, session, tempJournal } from "../support/net.js";
import { query } from "../support/rows.js";

// `net log` with no name, typed at a real pseudo-terminal: the guided flow as a user meets it.

const DRIVER = fileURLToPath(new URL("../support/pty-drive.py", import.meta.url));
const ENTER = "\r";
const DOWN = "\x1b[B";
const BACKSPACE = "\x7f";

let journal: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;

beforeEach(() => {
  journal = tempJournal();
  net = session(journal.db, "2026-11-22");
  for (const name of ["Ana Souza", "Ben Ng"]) expect(net(["add", name]).code).toBe(0);
});
afterEach(() => journal.cleanup());

/** Types each step's keys once its text is on screen; the driver kills the child if anything stalls. */
function typeInto(
  args: string[],
  steps: [waitFor: string, keys: string][],
  extraEnv: Record<string, string> = {},
): { code: number | null; failed: number | null; transcript: string } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NET_DB: journal.db,
    NET_TODAY: "2026-11-22",
    TERM: "xterm-256color",
    NO_COLOR: "1",
    ...extraEnv,
  };
  delete env.NET_DEBUG;
  const r = spawnSync("python3", [DRIVER, JSON.stringify(steps), "10", process.execPath, BIN, ...args], {
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

test("search for a person, pick channel and initiator, write a note, and re-prompt a past follow-up date", () => {
  const run = typeInto(
    ["log"],
    [
      ["Who did you talk with?", "ana"],
      // The list for the whole term is on screen once the add entry for it is; Ana is first, so Enter picks her.
      ['+ add "ana" as a new person', ENTER],
      ["Anyone else?", ENTER],
      ["When was it?", ENTER],
      ["How?", DOWN + ENTER], // call is first; one down is "in person"
      ["Who reached out?", DOWN + ENTER],
      ["A note on what you talked about?", ENTER],
      ["What did you talk about?", `coffee, she is hiring${ENTER}`],
      ["Did anything change hands?", ENTER],
      ["needs or can offer?", ENTER],
      ["Follow up when?", `yesterday${ENTER}`],
      ["in the past", `${BACKSPACE.repeat(9)}friday${ENTER}`],
      ["What is the follow-up about?", `send the deck${ENTER}`],
      ["Logged", ""],
    ],
  );
  expect(run.failed, run.transcript).toBeNull();
  expect(run.code, run.transcript).toBe(0);
  expect(run.transcript).toContain("Logged a meeting in person with Ana Souza today (they reached out)");
  expect(query(journal.db, "SELECT date, channel, initiated_by, note FROM interactions")).toEqual([
    { date: "2026-11-22", channel: "meeting", initiated_by: "them", note: "coffee, she is hiring" },
  ]);
  expect(query(journal.db, "SELECT person_id, due, note, interaction_id FROM follow_ups")).toEqual([
    { person_id: 1, due: "2026-11-27", note: "send the deck", interaction_id: 1 },
  ]);
});

test("a name not in the journal can be added from the search; flags given skip their questions", () => {
  const run = typeInto(
    ["log", "--via", "email", "--note", "sent my CV"],
    [
      ["Who did you talk with?", "Dana Lee"],
      ['+ add "Dana Lee" as a new person', ENTER],
      ["Where does Dana Lee work?", ENTER],
      ["title or role?", ENTER],
      ["Anyone else?", ENTER],
      ["When was it?", ENTER],
      ["Who reached out?", ENTER],
      ["Did anything change hands?", ENTER],
      ["needs or can offer?", ENTER],
      ["Follow up when?", ENTER],
      ["Logged", ""],
    ],
  );
  expect(run.failed, run.transcript).toBeNull();
  expect(run.code, run.transcript).toBe(0);
  expect(run.transcript).not.toContain("How?");
  expect(run.transcript).not.toContain("What did you talk about?");
  expect(
    query(
      journal.db,
      "SELECT p.name, i.channel, i.initiated_by, i.note FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id JOIN people p ON p.id = ip.person_id",
    ),
  ).toEqual([{ name: "Dana Lee", channel: "email", initiated_by: "me", note: "sent my CV" }]);
  expect(query(journal.db, "SELECT count(*) AS n FROM follow_ups")).toEqual([{ n: 0 }]);
});

test("a day, someone new with company and title beside someone known, a gift and a follow-up, all from the prompts", () => {
  const run = typeInto(
    ["log"],
    [
      ["Who did you talk with?", "Dana Lee"],
      ['+ add "Dana Lee" as a new person', ENTER],
      ["Where does Dana Lee work?", `Acme${ENTER}`],
      ["title or role?", `CTO${ENTER}`],
      ["Anyone else?", "ben"],
      ['+ add "ben" as a new person', ENTER],
      // Enter once the choices are drawn: "no one else" comes first while nothing is typed.
      ["❯ no one else", ENTER],
      // The examples are counted from today (2026-11-22), never a fixed date.
      ["monday, 2026-11-19)", `${BACKSPACE.repeat(5)}2026-11-20${ENTER}`],
      ["How?", ENTER],
      ["Who reached out?", ENTER],
      ["A note on what you talked about?", DOWN + DOWN + ENTER],
      ["Did anything change hands?", DOWN + ENTER],
      ["What did you give?", `a review of the deck${ENTER}`],
      ["Anything else change hands?", ENTER],
      ["How big?", DOWN + ENTER],
      ["Anything Dana Lee needs or can offer?", DOWN + ENTER],
      ["What does Dana Lee need?", `a product designer${ENTER}`],
      ["Anything else Dana Lee needs or can offer?", ENTER],
      ["Anything Ben Ng needs or can offer?", DOWN + DOWN + ENTER],
      ["What can Ben Ng offer?", `intros to banks${ENTER}`],
      ["Anything else Ben Ng needs or can offer?", ENTER],
      ["friday, 2026-12-06;", `2w${ENTER}`],
      ["What is the follow-up about?", `ask how it went${ENTER}`],
      ["Logged", ""],
    ],
  );
  expect(run.failed, run.transcript).toBeNull();
  expect(run.code, run.transcript).toBe(0);
  const dana = net(["show", "Dana Lee", "--json"]).json();
  expect(dana).toMatchObject({ name: "Dana Lee", company: "Acme", title: "CTO", lastContact: "2026-11-20", needs: ["a product designer"] });
  expect(net(["show", "ben", "--json"]).json()).toMatchObject({ needs: [], offers: ["intros to banks"] });
  const exported = net(["export", "json"]).json();
  expect(exported.interactions).toMatchObject([{ date: "2026-11-20", channel: "call", initiatedBy: "me", note: null }]);
  expect(query(journal.db, "SELECT person_id, direction, what, size, date FROM ledger ORDER BY person_id")).toEqual([
    { person_id: 2, direction: "gave", what: "a review of the deck", size: "medium", date: "2026-11-20" },
    { person_id: 3, direction: "gave", what: "a review of the deck", size: "medium", date: "2026-11-20" },
  ]);
  expect(query(journal.db, "SELECT person_id, due, note FROM follow_ups ORDER BY person_id")).toEqual([
    { person_id: 2, due: "2026-12-06", note: "ask how it went" },
    { person_id: 3, due: "2026-12-06", note: "ask how it went" },
  ]);
});

test("--size given on the command line is not asked again after a gift", () => {
  const run = typeInto(
    ["log", "--size", "large", "--via", "call", "--note", "catch-up"],
    [
      ["Who did you talk with?", "ana"],
      ['+ add "ana" as a new person', ENTER],
      ["Anyone else?", ENTER],
      ["When was it?", ENTER],
      ["Who reached out?", ENTER],
      ["Did anything change hands?", DOWN + ENTER],
      ["What did you give?", `an intro to a recruiter${ENTER}`],
      ["Anything else change hands?", ENTER],
      ["needs or can offer?", ENTER],
      ["Follow up when?", ENTER],
      ["Logged", ""],
    ],
  );
  expect(run.failed, run.transcript).toBeNull();
  expect(run.code, run.transcript).toBe(0);
  expect(run.transcript).not.toContain("How big?");
  expect(query(journal.db, "SELECT direction, what, size FROM ledger")).toEqual([
    { direction: "gave", what: "an intro to a recruiter", size: "large" },
  ]);
});

test("the note can be written in the editor, offered as a choice", () => {
  const editor = join(journal.dir, "editor.sh");
  writeFileSync(editor, '#!/bin/sh\nprintf "from the editor\\n" > "$1"\n', { mode: 0o755 });
  const run = typeInto(
    ["log"],
    [
      ["Who did you talk with?", "ben"],
      ['+ add "ben" as a new person', ENTER],
      // Enter once the choices are drawn: "no one else" comes first while nothing is typed.
      ["❯ no one else", ENTER],
      ["When was it?", ENTER],
      ["How?", ENTER],
      ["Who reached out?", ENTER],
      ["A note on what you talked about?", DOWN + ENTER],
      ["Did anything change hands?", ENTER],
      ["needs or can offer?", ENTER],
      ["Follow up when?", ENTER],
      ["Logged", ""],
    ],
    { EDITOR: editor, VISUAL: "" },
  );
  expect(run.failed, run.transcript).toBeNull();
  expect(run.code, run.transcript).toBe(0);
  expect(query(journal.db, "SELECT note FROM interactions")).toEqual([{ note: "from the editor" }]);
});

test("Ctrl-C leaves the journal untouched and says so", () => {
  const run = typeInto(
    ["log"],
    [
      ["Who did you talk with?", "ana"],
      ['+ add "ana" as a new person', ENTER],
      ["Anyone else?", ENTER],
      ["When was it?", ENTER],
      ["How?", "\x03"],
    ],
  );
  expect(run.code).toBe(130);
  expect(run.transcript).toContain("net: cancelled");
  expect(query(journal.db, "SELECT count(*) AS n FROM interactions")).toEqual([{ n: 0 }]);
});

test("an ambiguous name asks which one at a terminal; Ctrl-C there changes nothing", () => {
  expect(net(["add", "Ana Lima"]).code).toBe(0);
  const picked = typeInto(
    ["log", "ana", "--note", "lunch"],
    [
      ["matches 2 people. Which one?", DOWN + ENTER],
      ["Logged", ""],
    ],
  );
  expect(picked.code, picked.transcript).toBe(0);
  // Once answered, the prompt's line names the one picked, not all that told them apart.
  expect(picked.transcript).toMatch(/Which one\? Ana (Lima|Souza) #\d\r?\n/);
  expect(query(journal.db, "SELECT p.name FROM interaction_people ip JOIN people p ON p.id = ip.person_id")).toHaveLength(1);

  const cancelled = typeInto(["gave", "ana", "advice"], [["Which one?", "\x03"]]);
  expect(cancelled.code).toBe(130);
  expect(cancelled.transcript).toContain("net: cancelled");
  expect(cancelled.transcript).not.toContain("NET_DEBUG");
  expect(query(journal.db, "SELECT count(*) AS n FROM ledger")).toEqual([{ n: 0 }]);
});

test("a close spelling is confirmed at a terminal before anything is written", () => {
  const declined = typeInto(["gave", "Ana Suza", "advice"], [["Did you mean Ana Souza", `n${ENTER}`]]);
  expect(declined.code).toBe(2);
  expect(query(journal.db, "SELECT count(*) AS n FROM ledger")).toEqual([{ n: 0 }]);
  const accepted = typeInto(
    ["gave", "Ana Suza", "advice"],
    [
      ["Did you mean Ana Souza", ENTER],
      ["You gave Ana Souza", ""],
    ],
  );
  expect(accepted.code, accepted.transcript).toBe(0);
  expect(query(journal.db, "SELECT count(*) AS n FROM ledger")).toEqual([{ n: 1 }]);
});

const ESC = "\x1b";
const CTRL_C = "\x03";

describe('Esc or Ctrl-C at any prompt cancels: exit 130, "cancelled", nothing written', () => {
  beforeEach(() => {
    expect(net(["add", "Sam Lee", "--company", "Acme", "--title", "CTO"]).code).toBe(0);
    expect(net(["add", "Sam Lee", "--company", "Globex"]).code).toBe(0);
    expect(net(["log", "3", "--on", "2026-11-01"]).code).toBe(0);
  });
  const exported = () => net(["export", "json"]).stdout;

  test.each([
    ["Esc", ESC],
    ["Ctrl-C", CTRL_C],
  ])("%s at the picker for two people of one name, which shows what tells them apart", (_, key) => {
    const before = exported();
    const run = typeInto(["gave", "sam", "advice"], [["Which one?", key]]);
    expect(run.code, run.transcript).toBe(130);
    expect(run.transcript).toContain("Sam Lee #3 — Acme, CTO · last talked 3 weeks ago");
    expect(run.transcript).toContain("Sam Lee #4 — Globex · never talked");
    expect(run.transcript).toContain("net: cancelled");
    expect(run.transcript).not.toContain("NET_DEBUG");
    expect(exported()).toBe(before);
  });

  test.each([
    ["Esc", ESC],
    ["Ctrl-C", CTRL_C],
  ])("%s at the guided net log's first prompt, whose choices tell the Sams apart", (_, key) => {
    const before = exported();
    const run = typeInto(
      ["log"],
      [
        ["Who did you talk with?", "sam"],
        ["Sam Lee #4 — Globex · never talked", key],
      ],
    );
    expect(run.code, run.transcript).toBe(130);
    expect(run.transcript).toContain("Sam Lee #3 — Acme, CTO · last talked 3 weeks ago");
    expect(run.transcript).toContain("net: cancelled");
    expect(exported()).toBe(before);
  });

  test.each([
    ["Esc", ESC],
    ["Ctrl-C", CTRL_C],
  ])("%s at a later prompt of the guided net log", (_, key) => {
    const before = exported();
    const run = typeInto(
      ["log"],
      [
        ["Who did you talk with?", "ana"],
        // Drawn once "ana" is typed; Enter takes the first choice, Ana Souza.
        ['+ add "ana" as a new person', ENTER],
        ["❯ no one else", ENTER],
        ["When was it?", ENTER],
        ["How?", ENTER],
        ["Who reached out?", key],
      ],
    );
    expect(run.code, run.transcript).toBe(130);
    expect(run.transcript).toContain("net: cancelled");
    expect(exported()).toBe(before);
  });
});
