import { describe, expect, it } from "vitest";
import { journalPerTest } from "../support/journal-per-test.js";
import { session, tempJournal } from "../support/net.js";

const t = journalPerTest("2026-12-02");
const { net, exported } = t;

/** Succeeds, and without any message from net on stderr. */
const ok = (args: string[]) => {
  const r = t.ok(args);
  expect(r.stderr).not.toMatch(/^net: /m);
  return r;
};

const steps = () => ok(["undo", "--list", "--json"]).json<unknown[]>().length;

/** Ana and Ben, a conversation with Ana on 30 Nov with a give (c1, l1), and an open follow-up (f1). */
function journal() {
  ok(["add", "Ana Lima"]);
  ok(["add", "Ben Okafor"]);
  ok(["log", "ana", "--on", "2026-11-30", "--note", "coffee", "--gave", "a book"]);
  ok(["follow-up", "ana", "friday", "send the deck"]);
}

describe("net edit <ref>: a conversation", () => {
  it("changes its day, channel, note, who started it and who was there, saying old → new; what was logged with it on that day moves too", () => {
    journal();
    const r = net(["edit", "c1", "--on", "2026-11-29", "--via", "zoom", "--note", "coffee at Nata", "--they-reached-out", "--with", "ben"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "Edited c1 with Ana Lima: on 2026-11-30 → 2026-11-29; via call → video; started by you → them; note replaced; added Ben Okafor.\nMoved with it: l1.\n",
    );
    expect(r.stderr).toContain("Replaced the note, which was: coffee");

    const ben = ok(["show", "ben", "--json"]).json();
    expect(ben.timeline).toEqual([
      expect.objectContaining({
        kind: "interaction",
        id: 1,
        ref: "c1",
        date: "2026-11-29",
        channel: "video",
        initiatedBy: "them",
        note: "coffee at Nata",
      }),
    ]);
    const ana = ok(["show", "ana", "--json"]).json();
    expect(ana.timeline.find((e: any) => e.ref === "l1")).toMatchObject({ date: "2026-11-29", what: "a book" });
  });

  it("--json prints the conversation as net log --json shows it, with its id and ref; --without takes someone out", () => {
    journal();
    ok(["edit", "c1", "--with", "ben"]);
    const r = net(["edit", "c1", "--without", "ana", "--i-reached-out", "--json"]);
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({
      id: 1,
      ref: "c1",
      date: "2026-11-30",
      channel: "call",
      initiatedBy: "me",
      people: [{ id: 2, name: "Ben Okafor" }],
      note: "coffee",
    });
    expect(
      ok(["show", "ana", "--json"])
        .json()
        .timeline.some((e: any) => e.ref === "c1"),
    ).toBe(false);
  });

  it("an ask logged with it moves with its day, unless it was answered before the new day", () => {
    ok(["add", "Ana Lima"]);
    ok(["log", "ana", "--on", "2026-11-20", "--asked", "a referral", "--gave", "a book"]);
    ok(["log", "ana", "--on", "2026-11-20", "--asked", "an intro", "--note", "second"]);
    ok(["asks", "close", "a1", "--declined", "--on", "2026-11-21"]);
    expect(ok(["edit", "c1", "--on", "2026-11-25"]).stdout).toBe(
      "Edited c1 with Ana Lima: on 2026-11-20 → 2026-11-25.\nMoved with it: l1.\n",
    );
    expect(ok(["edit", "c2", "--on", "2026-11-25"]).stdout).toBe(
      "Edited c2 with Ana Lima: on 2026-11-20 → 2026-11-25.\nMoved with it: a2.\n",
    );
    expect(
      ok(["asks", "--json"])
        .json()
        .map((a: any) => [a.ref, a.on]),
    ).toEqual([
      ["a2", "2026-11-25"],
      ["a1", "2026-11-20"],
    ]);
  });

  it("an empty --note clears the note", () => {
    journal();
    expect(ok(["edit", "c1", "--note", ""]).stdout).toBe("Edited c1 with Ana Lima: note cleared.\n");
    expect(
      ok(["show", "ana", "--json"])
        .json()
        .timeline.find((e: any) => e.ref === "c1").note,
    ).toBeNull();
  });
});

describe("net edit <ref>: follow-ups, ledger entries, asks, introductions", () => {
  it("a follow-up's day and note", () => {
    journal();
    const r = net(["edit", "f1", "--due", "2026-12-10", "--note", "send the new deck", "--json"]);
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({
      id: 1,
      ref: "f1",
      person: { id: 1, name: "Ana Lima" },
      due: "2026-12-10",
      note: "send the new deck",
      done: false,
      doneOn: null,
    });
    expect(r.stderr).toContain("Replaced the note, which was: send the deck");
    expect(ok(["due", "--within", "2w", "--json"]).json().upcoming).toEqual([
      expect.objectContaining({ ref: "f1", due: "2026-12-10", note: "send the new deck" }),
    ]);
  });

  it("a ledger entry's day, what and size, and the balance follows its size", () => {
    journal();
    const before = ok(["balance", "--json"]).json()[0];
    const r = net(["edit", "l1", "--on", "2026-11-28", "--what", "two books", "--size", "large"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("Edited l1 to Ana Lima: on 2026-11-30 → 2026-11-28; what replaced; size small → large.\n");
    expect(r.stderr).toContain("Replaced what you gave, which was: a book");
    expect(
      ok(["show", "ana", "--json"])
        .json()
        .timeline.find((e: any) => e.ref === "l1"),
    ).toMatchObject({ kind: "gave", date: "2026-11-28", what: "two books", size: "large" });
    expect(ok(["balance", "--json"]).json()[0]).not.toEqual(before);
  });

  it("an ask's day, what and size; a granted one's got entry follows what and size", () => {
    journal();
    ok(["asked", "ana", "a referral", "--on", "2026-11-30"]);
    ok(["asks", "close", "a1", "--granted", "--on", "2026-12-01"]);
    const r = net(["edit", "a1", "--on", "2026-11-29", "--what", "a referral to Acme", "--size", "large", "--json"]);
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({
      id: 1,
      ref: "a1",
      person: { id: 1, name: "Ana Lima" },
      what: "a referral to Acme",
      size: "large",
      on: "2026-11-29",
      status: "granted",
      closedOn: "2026-12-01",
    });
    const got = ok(["show", "ana", "--json"])
      .json()
      .timeline.find((e: any) => e.kind === "got");
    expect(got).toMatchObject({ what: "a referral to Acme", size: "large", date: "2026-12-01" });
  });

  it("an introduction's day moves its credit and its open check-in; --why replaces the why", () => {
    journal();
    ok(["intro", "ana", "ben", "--on", "2026-11-28", "--why", "both in climate"]);
    const r = net(["edit", "i1", "--on", "2026-11-25", "--why", "Ana hires; Ben designs"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "Edited i1 of Ana Lima and Ben Okafor: made on 2026-11-28 → 2026-11-25; why replaced.\nMoved with it: l2, l3, f2.\n",
    );
    expect(r.stderr).toContain("Replaced the why, which was: both in climate");
    expect(ok(["intros", "--json"]).json()).toEqual([
      expect.objectContaining({ ref: "i1", madeOn: "2026-11-25", why: "Ana hires; Ben designs" }),
    ]);
    expect(ok(["due", "--within", "2w", "--json"]).json().intros).toEqual([
      expect.objectContaining({ ref: "f2", due: "2026-12-09", introId: 1 }),
    ]);
    for (const who of ["ana", "ben"]) {
      expect(
        ok(["show", who, "--json"])
          .json()
          .timeline.find((e: any) => e.kind === "gave" && e.what.startsWith("introduced")),
      ).toMatchObject({ date: "2026-11-25" });
    }
  });

  it("a proposed introduction's --on changes the day it was proposed", () => {
    journal();
    ok(["intro", "ana", "ben", "--on", "2026-11-28", "--proposed"]);
    expect(ok(["edit", "i1", "--on", "2026-11-27"]).stdout).toBe(
      "Edited i1 of Ana Lima and Ben Okafor: proposed on 2026-11-28 → 2026-11-27.\n",
    );
    expect(ok(["intros", "--json"]).json()[0]).toMatchObject({ status: "proposed", proposedOn: "2026-11-27", madeOn: null });
  });
});

describe("net edit <ref>: bad input", () => {
  it.each([
    [
      ["edit", "c1", "--due", "friday"],
      /--due does not fit c1, a conversation; nothing was changed/,
      /A conversation takes --on, --via, --note, --edit, --they-reached-out, --i-reached-out, --with, --without/,
    ],
    [["edit", "f1", "--company", "Acme"], /--company does not fit f1, a follow-up/, /A follow-up takes --due, --note/],
    [["edit", "l1", "--via", "video"], /--via does not fit l1, a ledger entry/, /A ledger entry takes --on, --what, --size/],
    [["edit", "ana", "--via", "video"], /--via does not fit a person; nothing was changed/, /A person takes --name, --company/],
    [["edit", "c1"], /nothing to change for c1/, /A conversation takes --on, --via/],
    [["edit", "c999", "--note", "x"], /no conversation c999/, /net show NAME/],
    [["edit", "a7", "--size", "large"], /no ask a7/, /net asks/],
    [["edit", "x1", "--note", "x"], /"x1" is no kind of reference: references start with c \(conversation\)/, /net edit 12/],
    [["edit", "c1", "--on", "2026-12-05"], /--on "2026-12-05" is 2026-12-05, in the future/, /net follow-up/],
    [["edit", "l1", "--on", "tomorrow"], /--on 2026-12-03 is in the future/, /Record things once they have happened/],
    [["edit", "c1", "--via", "pigeon"], /--via "pigeon" is not a channel/, /meeting, video, call, email, message, social/],
    [["edit", "c1", "--without", "ana"], /c1 with Ana Lima would have no one in it; a conversation needs someone/, /net rm c1/],
    [["edit", "c1", "--without", "ben"], /Ben Okafor is not in c1 with Ana Lima; nothing was changed/, /--without/],
    [["edit", "c1", "--they-reached-out", "--i-reached-out"], /--they-reached-out and --i-reached-out cannot both be true/, /who started/],
    [["edit", "l1", "--size", "huge"], /--size "huge" is not a size/, /small, medium, large/],
    [["edit", "l1", "--what", " "], /--what cannot be empty/, /net edit l5/],
    [["edit", "f1", "--due", "2026-11-01"], /--due "2026-11-01" is 2026-11-01, in the past/, /future day/],
  ])("%j is exit 2 with a clear message, and nothing is written", (args, message, hint) => {
    journal();
    const before = exported();
    const r = net(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(hint);
    expect(r.stdout).toBe("");
    expect(exported()).toBe(before);
  });

  it("an ask's day after it was closed, or an introduction's before it was proposed, is exit 2 and writes nothing", () => {
    journal();
    ok(["asked", "ana", "a referral", "--on", "2026-11-30"]);
    ok(["asks", "close", "a1", "--declined", "--on", "2026-12-01"]);
    ok(["intro", "ana", "ben", "--on", "2026-11-20", "--proposed"]);
    ok(["intros", "made", "i1", "--on", "2026-11-25"]);
    const before = exported();
    const ask = net(["edit", "a1", "--on", "2026-12-02"]);
    expect(ask.code).toBe(2);
    expect(ask.stderr).toMatch(/--on 2026-12-02 is after a1 to Ana Lima was declined \(2026-12-01\)/);
    const intro = net(["edit", "i1", "--on", "2026-11-19"]);
    expect(intro.code).toBe(2);
    expect(intro.stderr).toMatch(/--on 2026-11-19 is before i1 of Ana Lima and Ben Okafor was proposed \(2026-11-20\)/);
    expect(exported()).toBe(before);
  });
});

describe("net edit <ref>: undo, and edits that change nothing", () => {
  it("net undo after an edit restores the entry exactly, and names the edit", () => {
    journal();
    ok(["intro", "ana", "ben", "--on", "2026-11-28", "--why", "both in climate"]);
    const before = exported();
    ok(["edit", "c1", "--on", "2026-11-29", "--via", "meeting", "--with", "ben", "--note", "lunch"]);
    ok(["edit", "i1", "--on", "2026-11-26"]);
    ok(["edit", "f1", "--note", "the deck, v2"]);
    expect(exported()).not.toBe(before);
    expect(ok(["undo"]).stdout).toBe("undid: edit f1 with Ana Lima: note replaced\n");
    expect(ok(["undo"]).stdout).toBe("undid: edit i1 of Ana Lima and Ben Okafor: made on 2026-11-28 → 2026-11-26\n");
    expect(ok(["undo"]).stdout).toBe(
      "undid: edit c1 with Ana Lima: on 2026-11-30 → 2026-11-29; via call → meeting; note replaced; added Ben Okafor\n",
    );
    expect(exported()).toBe(before);
  });

  it("an edit to the values already there says nothing changed, exit 0, and writes no undo step", () => {
    journal();
    const before = exported();
    const count = steps();
    const r = net(["edit", "c1", "--on", "2026-11-30", "--via", "call", "--note", "coffee", "--with", "ana"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("Nothing changed: c1 with Ana Lima already says that.\n");
    expect(steps()).toBe(count);
    expect(exported()).toBe(before);
  });
});

describe("net edit <name> goes on editing a person", () => {
  it("by name, by number, and by p4; a person whose name looks like a reference is reached by their number", () => {
    journal();
    expect(ok(["edit", "ana", "--title", "CTO"]).stderr).toContain("Updated Ana Lima.");
    expect(ok(["edit", "p2", "--company", "Acme"]).stderr).toContain("Updated Ben Okafor.");
    expect(ok(["edit", "#2", "--title", "Designer"]).stderr).toContain("Updated Ben Okafor.");
    expect(ok(["show", "ben", "--json"]).json()).toMatchObject({ company: "Acme", title: "Designer" });
    ok(["add", "C3"]);
    const asRef = net(["edit", "C3", "--title", "x"]);
    expect(asRef.code).toBe(2);
    expect(asRef.stderr).toMatch(/--title does not fit c3, a conversation/);
    expect(asRef.stderr).toMatch(/A person whose name looks like a reference is edited by their number: net edit 12/);
    expect(ok(["edit", "3", "--title", "Robot"]).stderr).toContain("Updated C3.");
    expect(ok(["show", "3", "--json"]).json()).toMatchObject({ name: "C3", title: "Robot" });
  });

  it("p99, a person who is not there, is exit 2", () => {
    journal();
    const r = net(["edit", "p99", "--title", "CTO"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no person with id 99/);
  });

  it("--help says how to edit a person whose name looks like a reference", () => {
    const r = net(["edit", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/to edit a person whose name looks like one \(say "C3"\), use their number \(net edit 12\)/);
  });
});

describe("every derived number stays right after an edit", () => {
  /** What net shows about people, asks, balance, due and stats: everything worked out from the entries. */
  const derived = (run: typeof net) => ({
    ana: run(["show", "ana", "--json"]).json(),
    ben: run(["show", "ben", "--json"]).json(),
    ask: run(["ask", "ana", "--size", "large", "--json"]).json(),
    people: run(["people", "--sort", "last", "--json"]).json(),
    due: run(["due", "--json"]).json(),
    balance: run(["balance", "--json"]).json(),
    stats: run(["stats", "--json"]).json(),
  });

  function start(run: typeof net, anaOn: string, via: string, size: string) {
    for (const args of [
      ["add", "Ana Lima", "--cadence", "2w"],
      ["add", "Ben Okafor", "--cadence", "2w"],
      ["log", "ben", "--on", "2026-11-20", "--via", "call"],
      ["log", "ana", "--on", anaOn, "--via", via, "--gave", "a book", "--size", size],
    ]) {
      expect(run(args).code).toBe(0);
    }
  }

  it("an edited journal shows the same depth, tiers, last contact, going cold, ask verdict, balance and stats as one written right the first time", () => {
    start(net, "2026-11-01", "email", "small");
    const stale = derived(net);
    const r = net(["edit", "c2", "--on", "2026-11-28", "--via", "meeting"]);
    expect(r.code).toBe(0);
    expect(net(["edit", "l1", "--size", "large"]).code).toBe(0);
    const edited = derived(net);

    const fresh = tempJournal();
    try {
      const right = session(fresh.db, "2026-12-02");
      start(right, "2026-11-28", "meeting", "large");
      expect(edited).toEqual(derived(right));
    } finally {
      fresh.cleanup();
    }
    // And the edit did move them: last contact, the order by it, going cold.
    const anaIn = (d: typeof stale) => d.people.find((p: any) => p.name === "Ana Lima");
    expect([anaIn(stale).lastContact, anaIn(edited).lastContact]).toEqual(["2026-11-01", "2026-11-28"]);
    expect(stale.people.map((p: any) => p.name)).toEqual(["Ben Okafor", "Ana Lima"]);
    expect(edited.people.map((p: any) => p.name)).toEqual(["Ana Lima", "Ben Okafor"]);
    expect(stale.due.cold.map((c: any) => c.person.name)).toContain("Ana Lima");
    expect(edited.due.cold.map((c: any) => c.person.name)).not.toContain("Ana Lima");
    expect(edited.ana.depth.score).toBeGreaterThan(stale.ana.depth.score);
  });

  it("removing someone from a conversation gives back their last contact from before it", () => {
    start(net, "2026-11-28", "meeting", "small");
    ok(["edit", "c2", "--with", "ben"]);
    expect(
      ok(["people", "--sort", "last", "--json"])
        .json()
        .find((p: any) => p.name === "Ben Okafor").lastContact,
    ).toBe("2026-11-28");
    ok(["edit", "c2", "--without", "ben"]);
    expect(
      ok(["people", "--sort", "last", "--json"])
        .json()
        .find((p: any) => p.name === "Ben Okafor").lastContact,
    ).toBe("2026-11-20");
  });
});
