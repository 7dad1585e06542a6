import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { editorScripts } from "../support/editors.js";
import { journalPerTest } from "../support/journal-per-test.js";

// --edit: the note written in $VISUAL, else $EDITOR, else vi — here small scripts standing in for a person at an editor.

const { net, ok, exported } = journalPerTest("2026-12-03");
const editors = editorScripts();
const FROM_EDITOR = "# kept as typed\nfrom the editor";

/** Runs net with EDITOR set (and VISUAL unset, whatever the machine has). */
function withEditor(editor: string, args: readonly string[]) {
  return net(args, { env: { EDITOR: editor, VISUAL: undefined } });
}

function seed() {
  ok(["add", "Ana Lima", "--note", "likes trail running"]);
  ok(["log", "ana", "--note", "coffee", "--follow-up", "2w", "--follow-up-note", "send the deck"]);
  ok(["gave", "ana", "advice"]);
}

describe("--edit writes the text in the editor", () => {
  it("net log: the note is what was saved, lines starting with # and all, minus trailing whitespace", () => {
    ok(["add", "Ana Lima"]);
    const r = withEditor(editors.writes, ["log", "ana", "--edit", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().interaction.note).toBe(FROM_EDITOR);
  });

  it("net add: the person's note", () => {
    const r = withEditor(editors.writes, ["add", "Ana Lima", "--edit", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().note).toBe(FROM_EDITOR);
  });

  it("net edit NAME: starts from the current note, and net undo takes the change back", () => {
    seed();
    const r = withEditor(editors.appends("likes trail running"), ["edit", "ana", "--edit", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().note).toBe("likes trail running\nadded in the editor");
    expect(r.stderr).toContain("Replaced the note, which was: likes trail running");
    ok(["undo"]);
    expect(ok(["show", "ana", "--json"]).json().note).toBe("likes trail running");
  });

  it("net edit c1 and f1: start from the entry's note", () => {
    seed();
    const c = withEditor(editors.appends("coffee"), ["edit", "c1", "--edit", "--json"]);
    expect(c.code, c.stderr).toBe(0);
    expect(c.json().note).toBe("coffee\nadded in the editor");
    const f = withEditor(editors.appends("send the deck"), ["edit", "f1", "--edit", "--json"]);
    expect(f.code, f.stderr).toBe(0);
    expect(f.json().note).toBe("send the deck\nadded in the editor");
  });

  it("net gave, got and asked: what it was", () => {
    ok(["add", "Ana Lima"]);
    const gave = withEditor(editors.writes, ["gave", "ana", "--edit", "--json"]);
    expect(gave.code, gave.stderr).toBe(0);
    expect(gave.json().entry.what).toBe(FROM_EDITOR);
    const got = withEditor(editors.writes, ["got", "ana", "--edit", "--json"]);
    expect(got.json().entry).toMatchObject({ direction: "got", what: FROM_EDITOR });
    const asked = withEditor(editors.writes, ["asked", "ana", "--edit", "--json"]);
    expect(asked.code, asked.stderr).toBe(0);
    expect(asked.json().ask.what).toBe(FROM_EDITOR);
  });

  it("net follow-up: the follow-up's note", () => {
    ok(["add", "Ana Lima"]);
    const r = withEditor(editors.writes, ["follow-up", "ana", "2w", "--edit", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ due: "2026-12-17", note: FROM_EDITOR });
  });

  it("an editor command with arguments is split by the shell, as git does (EDITOR='code --wait')", () => {
    ok(["add", "Ana Lima"]);
    const r = withEditor(editors.withArgument, ["log", "ana", "--edit", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().interaction.note).toBe("with an argument");
  });

  it("VISUAL comes before EDITOR", () => {
    ok(["add", "Ana Lima"]);
    const r = net(["log", "ana", "--edit", "--json"], { env: { VISUAL: editors.writes, EDITOR: editors.fails } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().interaction.note).toBe(FROM_EDITOR);
  });

  it("the file is private (0600, in a 0700 folder) and removed afterwards", () => {
    ok(["add", "Ana Lima"]);
    expect(withEditor(editors.reports, ["log", "ana", "--edit"]).code).toBe(0);
    const [fileMode, dirMode, path] = readFileSync(editors.report, "utf8").trim().split("\n");
    expect([fileMode, dirMode]).toEqual(["600", "700"]);
    expect(existsSync(path!)).toBe(false);
  });
});

describe("nothing is written when the editor gives nothing", () => {
  const commands: readonly (readonly string[])[] = [
    ["log", "ana", "--edit"],
    ["add", "Ben Ng", "--edit"],
    ["edit", "ana", "--edit"],
    ["edit", "c1", "--edit"],
    ["edit", "f1", "--edit"],
    ["gave", "ana", "--edit"],
    ["got", "ana", "--edit"],
    ["asked", "ana", "--edit"],
    ["follow-up", "ana", "friday", "--edit"],
    ["note", "ana"],
  ];

  it.each(commands)("an empty file cancels: net %s … is exit 1, 'cancelled: empty note'", (...args) => {
    seed();
    const before = exported();
    const r = withEditor(editors.empties, args);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain("cancelled: empty note");
    expect(r.stdout).toBe("");
    expect(exported()).toBe(before);
  });

  it.each(commands)("an editor that fails: net %s … is exit 1 naming it", (...args) => {
    seed();
    const before = exported();
    const r = withEditor(editors.fails, args);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`the editor "${editors.fails}" exited with code 1; nothing was written`);
    expect(exported()).toBe(before);
  });
});

describe("--edit and another text for the same thing", () => {
  it.each([
    [["log", "ana", "--edit", "--note", "x"], "--note"],
    [["add", "Ben Ng", "--edit", "--note", "x"], "--note"],
    [["edit", "ana", "--edit", "--note", "x"], "--note"],
    [["edit", "c1", "--edit", "--note", "x"], "--note"],
    [["gave", "ana", "advice", "--edit"], "the words after the name"],
    [["asked", "ana", "a referral", "--edit"], "the words after the name"],
    [["follow-up", "ana", "2w", "send it", "--edit"], "the words after WHEN"],
  ])("net %j is exit 2 naming both", (args, other) => {
    seed();
    const before = exported();
    const r = withEditor(editors.writes, args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`--edit and ${other} cannot both be given`);
    expect(exported()).toBe(before);
  });

  it("an entry without a note (l1) does not take --edit", () => {
    seed();
    const r = withEditor(editors.writes, ["edit", "l1", "--edit"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--edit does not fit l1");
  });
});
