import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, session, tempJournal } from "../support/net.js";

// A conversation or an introduction entered twice by accident is not recorded silently.

const DRIVER = fileURLToPath(new URL("../support/pty-drive.py", import.meta.url));
const ENTER = "\r";

let t: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(() => {
  t = tempJournal();
  net = session(t.db, "2026-12-02");
  for (const name of ["Ana Lima", "Ben Okafor"]) expect(net(["add", name]).code).toBe(0);
});
afterEach(() => t.cleanup());

const exported = () => net(["export", "json"]).stdout;

describe("the same conversation twice", () => {
  it("without a terminal is exit 2 naming the conversation and --again; nothing of the second log is written", () => {
    expect(net(["log", "ana", "--via", "call", "--note", "pricing"]).code).toBe(0);
    const before = exported();
    const r = net(["log", "ana", "--via", "call", "--note", "pricing", "--follow-up", "1w", "--gave", "a book", "--asked", "a referral"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('this is already recorded as c1: a call with Ana Lima on 2026-12-02 ("pricing"); nothing was written');
    expect(r.stderr).toContain("To record it a second time, add --again.");
    expect(exported()).toBe(before);
    expect(net(["due", "--json"]).json().upcoming).toEqual([]);

    const json = net(["log", "ana", "--note", "pricing", "--json"]);
    expect(json.code).toBe(2);
    expect(json.stdout).toBe("");
    expect(exported()).toBe(before);
  });

  it("with no note, matches another with no note; the same people in another order are the same conversation", () => {
    expect(net(["log", "ana", "ben"]).code).toBe(0);
    const before = exported();
    const r = net(["log", "ben", "ana"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already recorded as c1: a call with Ben Okafor and Ana Lima on 2026-12-02; nothing was written/);
    expect(exported()).toBe(before);
  });

  it.each([
    ["another note", ["ana", "--note", "pricing, again"]],
    ["no note", ["ana"]],
    ["another channel", ["ana", "--note", "pricing", "--via", "video"]],
    ["another day", ["ana", "--note", "pricing", "--on", "yesterday"]],
    ["more people", ["ana", "ben", "--note", "pricing"]],
    ["other people", ["ben", "--note", "pricing"]],
    ["someone new", ["ana", "Cleo Park", "--add", "--note", "pricing"]],
  ])("%s is another conversation, recorded without a question", (_, args) => {
    expect(net(["log", "ana", "--note", "pricing"]).code).toBe(0);
    const r = net(["log", ...args, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().interaction).toMatchObject({ id: 2, ref: "c2" });
  });

  it("one with fewer people than an earlier one is another conversation too", () => {
    expect(net(["log", "ana", "ben", "--note", "pricing"]).code).toBe(0);
    expect(net(["log", "ana", "--note", "pricing"]).code).toBe(0);
  });

  it("--again records it a second time, as its own undo step", () => {
    expect(net(["log", "ana", "--note", "pricing"]).code).toBe(0);
    const once = exported();
    const r = net(["log", "ana", "--note", "pricing", "--again", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().interaction).toMatchObject({ id: 2, ref: "c2", note: "pricing" });
    expect(net(["undo"]).stdout).toBe("undid: log c2 with Ana Lima on 2026-12-02\n");
    expect(exported()).toBe(once);
  });
});

describe("the same introduction twice", () => {
  it("a pair with one made and no outcome yet, either way round: exit 2 naming it and --again, nothing written", () => {
    expect(net(["intro", "ana", "ben", "--why", "both in climate"]).code).toBe(0);
    const before = exported();
    for (const args of [
      ["intro", "ana", "ben"],
      ["intro", "ben", "ana", "--proposed"],
      ["intro", "ben", "ana", "--json"],
    ]) {
      const r = net(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(
        "this is already recorded as i1: you introduced Ana Lima and Ben Okafor on 2026-12-02, no outcome yet; nothing was written",
      );
      expect(r.stderr).toContain("To record it a second time, add --again.");
      expect(r.stderr).toContain("net intros outcome i1 met");
    }
    expect(exported()).toBe(before);
  });

  it("a proposed one is named with its date and how to make it", () => {
    expect(net(["intro", "ana", "ben", "--proposed", "--on", "2026-11-30"]).code).toBe(0);
    const r = net(["intro", "ben", "ana"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "already recorded as i1: an introduction of Ana Lima and Ben Okafor proposed on 2026-11-30; nothing was written",
    );
    expect(r.stderr).toContain("net intros made i1");
    expect(net(["intros", "--json"]).json()).toHaveLength(1);
  });

  it("once it has an outcome, the pair can be introduced again without a question", () => {
    expect(net(["intro", "ana", "ben"]).code).toBe(0);
    expect(net(["intros", "outcome", "i1", "met"]).code).toBe(0);
    const r = net(["intro", "ben", "ana", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().intro).toMatchObject({ id: 2, ref: "i2", status: "made" });
  });

  it("--again records it anyway", () => {
    expect(net(["intro", "ana", "ben"]).code).toBe(0);
    const r = net(["intro", "ana", "ben", "--again", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().intro).toMatchObject({ id: 2, ref: "i2" });
    expect(r.json().followUp).toMatchObject({ ref: `f${r.json().followUp.id}` });
    expect(net(["intros", "--json"]).json()).toHaveLength(2);
  });
});

describe("in a terminal", () => {
  /** Runs net in a pseudo-terminal, typing each step's keys once its text is on screen. */
  function typeInto(
    args: string[],
    steps: [waitFor: string, keys: string][],
  ): { code: number | null; failed: number | null; transcript: string } {
    const env: NodeJS.ProcessEnv = { ...process.env, NET_DB: t.db, NET_TODAY: "2026-12-02", TERM: "xterm-256color", NO_COLOR: "1" };
    delete env.NET_DEBUG;
    const r = spawnSync("python3", [DRIVER, JSON.stringify(steps), "10", process.execPath, BIN, ...args], {
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  }

  it("a repeated net log asks first, naming c1: no writes nothing, yes records it", () => {
    expect(net(["log", "ana", "--note", "pricing"]).code).toBe(0);
    const before = exported();
    const question = 'This is already recorded as c1: a call with Ana Lima on 2026-12-02 ("pricing"). Record it again?';

    // The terminal wraps the question at its width; what is read back is the same words.
    const unwrapped = (transcript: string) => transcript.replace(/\r?\n/g, "");

    const no = typeInto(
      ["log", "ana", "--note", "pricing", "--follow-up", "1w"],
      [
        ["Record it again?", `n${ENTER}`],
        ["Nothing was written.", ""],
      ],
    );
    expect(no.failed, no.transcript).toBeNull();
    expect(no.code, no.transcript).toBe(0);
    expect(unwrapped(no.transcript)).toContain(question);
    expect(exported()).toBe(before);

    const yes = typeInto(
      ["log", "ana", "--note", "pricing"],
      [
        ["Record it again?", `y${ENTER}`],
        ["Logged", ""],
      ],
    );
    expect(yes.failed, yes.transcript).toBeNull();
    expect(yes.code, yes.transcript).toBe(0);
    expect(yes.transcript).toMatch(/Logged a call with Ana Lima today c2/);
    expect(net(["undo", "--list", "--json"]).json()[0]).toMatchObject({ summary: "log c2 with Ana Lima on 2026-12-02" });
  });

  it("the guided net log asks too, once its answers make the same conversation", () => {
    expect(net(["log", "ana", "--note", "pricing"]).code).toBe(0);
    const before = exported();
    const run = typeInto(
      ["log"],
      [
        ["Who did you talk with?", "ana"],
        ['+ add "ana" as a new person', ENTER],
        ["Anyone else?", ENTER],
        ["When was it?", ENTER],
        ["How?", ENTER],
        ["Who reached out?", ENTER],
        ["A note on what you talked about?", ENTER],
        ["What did you talk about?", `pricing${ENTER}`],
        ["Did anything change hands?", ENTER],
        ["needs or can offer?", ENTER],
        ["Follow up when?", ENTER],
        ["Record it again?", ENTER],
        ["Nothing was written.", ""],
      ],
    );
    expect(run.failed, run.transcript).toBeNull();
    expect(run.code, run.transcript).toBe(0);
    expect(run.transcript.replace(/\r?\n/g, "")).toContain("This is already recorded as c1");
    expect(exported()).toBe(before);
  });

  it("a repeated net intro asks first, naming i1; Enter keeps the default, no", () => {
    expect(net(["intro", "ana", "ben"]).code).toBe(0);
    const before = exported();
    const run = typeInto(
      ["intro", "ben", "ana"],
      [
        ["This is already recorded as i1", ENTER],
        ["Nothing was written.", ""],
      ],
    );
    expect(run.failed, run.transcript).toBeNull();
    expect(run.code, run.transcript).toBe(0);
    expect(exported()).toBe(before);
  });
});
