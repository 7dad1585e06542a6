import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { journalPerTest } from "../support/journal-per-test.js";
import { BIN } from "../support/net.js";

const DRIVER = fileURLToPath(new URL("../support/pty-drive.py", import.meta.url));

const t = journalPerTest("2026-12-02");
const { net, ok, exported } = t;

const refsOf = (list: { ref: string }[]) => list.map((e) => e.ref);

describe("net rm of entries", () => {
  it("depth, tier and last contact are as if the deleted conversation had never been logged", () => {
    ok(["add", "Ana Lima"]);
    ok(["log", "ana", "--via", "call", "--on", "2026-10-01"]);
    const standing = () => {
      const [p] = net(["people", "--json"]).json();
      return { depth: p.depth, lastContact: p.lastContact, show: net(["show", "ana", "--json"]).json().depth };
    };
    const once = standing();
    ok(["log", "ana", "--via", "meeting", "--note", "logged on the wrong person"]);
    expect(standing()).not.toEqual(once);
    ok(["rm", "c2"]);
    expect(standing()).toEqual(once);
  });

  it("deletes a conversation and says so; what was logged with it stays, named, with how to remove it too", () => {
    ok(["add", "Ana Lima"]);
    ok(["log", "ana", "--via", "meeting", "--note", "coffee; she is hiring", "--follow-up", "2w", "--gave", "an intro to Ben"]);
    ok(["log", "ana", "--via", "call", "--note", "second call"]);
    const r = ok(["rm", "c1"]);
    expect(r.stdout).toBe(
      [
        'Deleted c1: conversation with Ana Lima on 2026-12-02 ("coffee; she is hiring").',
        "Kept f1: follow-up with Ana Lima, due 2026-12-16, was logged with c1.",
        'Kept l1: gave Ana Lima "an intro to Ben" on 2026-12-02, was logged with c1.',
        "",
      ].join("\n"),
    );
    expect(r.stderr).toContain("To delete them too: net rm f1 l1\n");
    expect(r.stderr.trimEnd().split("\n").at(-1)).toBe("Undo with: net undo");

    const show = net(["show", "ana", "--json"]).json();
    expect(refsOf(show.timeline.filter((e: { ref: string }) => e.ref.startsWith("c")))).toEqual(["c2"]);
    expect(refsOf(show.followUps)).toEqual(["f1"]);
    expect(net(["undo", "--list", "--json"]).json()[0].summary).toBe(
      'rm c1 (conversation with Ana Lima on 2026-12-02 ("coffee; she is hiring"))',
    );
  });

  it("removing a gave entry logged twice halves the balance; removing a follow-up takes it off net due", () => {
    ok(["add", "Ana Lima"]);
    ok(["gave", "ana", "reviewed her deck", "--size", "medium"]);
    ok(["gave", "ana", "reviewed her deck", "--size", "medium", "--again"]);
    ok(["follow-up", "ana", "3d", "send the deck"]);
    expect(net(["balance", "--json"]).json()).toEqual([{ person: { id: 1, ref: "p1", name: "Ana Lima" }, given: 4, received: 0, net: 4 }]);
    expect(refsOf(net(["due", "--json"]).json().upcoming)).toEqual(["f1"]);

    const r = ok(["rm", "l2", "f1"]);
    expect(r.stdout).toBe(
      'Deleted l2: gave Ana Lima "reviewed her deck" on 2026-12-02.\nDeleted f1: follow-up with Ana Lima, due 2026-12-05 ("send the deck").\n',
    );
    expect(net(["balance", "--json"]).json()).toEqual([{ person: { id: 1, ref: "p1", name: "Ana Lima" }, given: 2, received: 0, net: 2 }]);
    expect(net(["due", "--json"]).json().upcoming).toEqual([]);
    expect(refsOf(net(["show", "ana", "--json"]).json().timeline)).toEqual(["l1"]);
  });

  it("an introduction goes with its credits and check-in, an ask with its ledger entry; --json lists each and what took it", () => {
    ok(["add", "Ana Lima"]);
    ok(["add", "Ben Ode"]);
    ok(["intro", "ana", "ben", "--why", "both hire"]);
    ok(["asked", "ben", "a referral to Acme"]);
    ok(["asks", "close", "a1", "--granted"]);
    expect(net(["balance", "--json"]).json()).not.toEqual([]);

    const r = ok(["rm", "i1", "a1", "--json"]);
    const out = r.json();
    expect(out.deleted.map((d: { ref: string; kind: string; with: string | null }) => [d.ref, d.kind, d.with])).toEqual([
      ["i1", "introduction", null],
      ["a1", "ask", null],
      ["f1", "follow-up", "i1"],
      ["l1", "ledger entry", "i1"],
      ["l2", "ledger entry", "i1"],
      ["l3", "ledger entry", "a1"],
    ]);
    expect(out.deleted[0]).toEqual({
      ref: "i1",
      id: 1,
      kind: "introduction",
      what: "introduction of Ana Lima and Ben Ode on 2026-12-02",
      with: null,
    });
    expect(out.kept).toEqual([]);
    expect(net(["balance", "--json"]).json()).toEqual([]);
    expect(net(["intros", "--json"]).json()).toEqual([]);
    expect(net(["asks", "--json"]).json()).toEqual([]);
    expect(net(["due", "--json", "--within", "30d"]).json().upcoming).toEqual([]);

    // In words: each cascade under what took it.
    ok(["undo"]);
    const human = ok(["rm", "i1"]).stdout;
    expect(human).toContain(
      "Deleted i1: introduction of Ana Lima and Ben Ode on 2026-12-02.\n  and with it f1: check-in with Ana Lima, due 2026-12-16",
    );
    expect(human).toContain('  and with it l1: gave Ana Lima "introduced to Ben Ode" on 2026-12-02.\n');
  });

  it("several references are one undo step: net undo brings every one back, byte for byte", () => {
    ok(["add", "Ana Lima"]);
    ok(["add", "Ben Ode"]);
    ok(["log", "ana", "ben", "--note", "group lunch", "--follow-up", "1w"]);
    ok(["gave", "ben", "a book"]);
    ok(["intro", "ana", "ben"]);
    ok(["asked", "ana", "a call"]);
    const before = exported();
    ok(["rm", "c1", "f1", "l1", "i1", "a1"]);
    expect(exported()).not.toBe(before);
    const undone = ok(["undo"]);
    expect(undone.stdout).toMatch(
      /^undid: rm c1 \(conversation with Ana Lima, Ben Ode on 2026-12-02 \("group lunch"\)\), f1 \(.*\), l1 \(.*\) and 2 more\n$/,
    );
    expect(exported()).toBe(before);
  });

  it.each([
    [["rm", "x1"], /"x1" is no kind of reference: references start with c \(conversation\).*; nothing was deleted/],
    [["rm", "c999"], /no conversation c999 in the journal; nothing was deleted/],
    [["rm", "c1", "f42"], /no follow-up f42 in the journal; nothing was deleted/],
    [["rm", "c1", "c998", "l999"], /no c998, l999 in the journal; nothing was deleted/],
    [["rm", "c1", "zoe"], /no one called "zoe"/],
    [["rm", "c1", "p99"], /no person with id 99; nothing was deleted/],
  ])("a bad argument (%j) is exit 2, and nothing is deleted, not even the good ones", (args, message) => {
    ok(["add", "Ana Lima"]);
    ok(["log", "ana", "--note", "coffee"]);
    const before = exported();
    const r = net(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
    expect(exported()).toBe(before);
  });
});

describe("net rm of a person", () => {
  const journalWithAna = () => {
    ok(["add", "Ana Lima", "--email", "ana@acme.example", "--tag", "design"]);
    ok(["add", "Ben Ode"]);
    ok(["log", "ana", "--note", "just us", "--follow-up", "2w"]);
    ok(["log", "ana", "ben", "--via", "video", "--note", "the three of us"]);
    ok(["gave", "ana", "a review"]);
    ok(["asked", "ana", "a referral"]);
    ok(["intro", "ana", "ben"]);
  };

  it("without a terminal and without --yes lists what would go, points to net archive, is exit 2 and deletes nothing", () => {
    journalWithAna();
    const before = exported();
    const r = net(["rm", "ana"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      [
        "Deleting Ana Lima (#1) deletes all their history:",
        "  1 conversation (c1) where they were the only one",
        "  2 follow-ups (f1, f2)",
        "  3 ledger entries (l1, l2, l3)",
        "  1 ask (a1)",
        "  1 introduction (i1)",
        "  1 group conversation (c2) only loses them",
        "  their details (1 e-mail, 1 tag)",
        "To keep the history and hide them from lists instead: net archive 'Ana Lima'",
        "net: deleting Ana Lima (#1) deletes all their history; nothing was deleted",
        "To delete anyway, add --yes: net rm 1 --yes. Gentler: net archive 'Ana Lima'.",
      ].join("\n"),
    );
    expect(exported()).toBe(before);
    // --json never prompts either.
    expect(net(["rm", "ana", "--json"]).code).toBe(2);
    expect(exported()).toBe(before);
  });

  it("names someone with no history yet by their name, not only their number", () => {
    ok(["add", "Ben Ode"]);
    const r = net(["rm", "ben"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Deleting Ben Ode (#1) deletes all their history:\n  their profile\n");
    expect(r.stderr).toContain("Gentler: net archive 'Ben Ode'.");
    expect(ok(["rm", "ben", "--yes"]).stdout).toContain("Ben Ode");
  });

  it("with --yes deletes them and their solo conversations, keeps group conversations with the others, and undo brings all back", () => {
    journalWithAna();
    const before = exported();
    const r = ok(["rm", "1", "--yes"]);
    expect(r.stdout).toBe(
      "Deleted Ana Lima (#1) and all their history: 1 conversation (c1) where they were the only one; 2 follow-ups (f1, f2); 3 ledger entries (l1, l2, l3); 1 ask (a1); 1 introduction (i1); 1 group conversation (c2) only loses them; their details (1 e-mail, 1 tag).\n",
    );
    const doc = net(["export", "json"]).json();
    expect(doc.people.map((p: { name: string }) => p.name)).toEqual(["Ben Ode"]);
    // The conversation only Ana was in is gone with her; the one with Ben stays, with Ben alone.
    expect(refsOf(net(["show", "ben", "--json"]).json().timeline)).toEqual(["c2"]);
    expect(JSON.stringify(doc)).not.toContain("just us");
    expect(net(["balance", "--json"]).json()).toEqual([]);
    expect(net(["asks", "--json"]).json()).toEqual([]);
    expect(net(["due", "--json", "--within", "30d"]).json().upcoming).toEqual([]);
    expect(
      net(["people", "--json"])
        .json()
        .map((p: { name: string }) => p.name),
    ).toEqual(["Ben Ode"]);

    expect(ok(["undo"]).stdout).toBe("undid: rm #1 Ana Lima and their history\n");
    expect(exported()).toBe(before);
  });

  it("--json with --yes lists the person and every entry that went with them", () => {
    journalWithAna();
    const out = ok(["rm", "ana", "--yes", "--json"]).json();
    expect(out.deleted[0]).toEqual({ ref: "p1", id: 1, kind: "person", what: "Ana Lima (#1)", with: null });
    expect(
      out.deleted
        .filter((d: { with: string | null }) => d.with === "p1")
        .map((d: { ref: string }) => d.ref)
        .sort(),
    ).toEqual(["a1", "c1", "f1", "f2", "i1", "l1", "l2", "l3"]);
    expect(out.groupConversations).toEqual(["c2"]);
  });

  it("in a terminal asks first, and answering no keeps the person", () => {
    journalWithAna();
    const before = exported();
    const steps = [["Delete Ana Lima and all this history?", "n\r"]];
    const r = spawnSync("python3", [DRIVER, JSON.stringify(steps), "20", process.execPath, BIN, "rm", "ana"], {
      env: { ...process.env, NET_DB: t.db, NET_TODAY: "2026-12-02", NO_COLOR: "1" },
      encoding: "utf8",
      timeout: 60_000,
    });
    const result = JSON.parse(r.stdout) as { code: number; transcript: string; failed: number | null };
    expect(result.failed).toBeNull();
    expect(result.code).toBe(0);
    expect(result.transcript).toContain("Deleting Ana Lima (#1) deletes all their history:");
    expect(result.transcript).toContain("net archive 'Ana Lima'");
    expect(result.transcript).toContain("Nothing was deleted.");
    expect(exported()).toBe(before);
  });
});
