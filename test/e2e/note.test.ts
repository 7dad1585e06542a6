import { describe, expect, it } from "vitest";
import { editorScripts } from "../support/editors.js";
import { journalPerTest } from "../support/journal-per-test.js";

// `net note NAME text…`: a dated paragraph added to a person's notes, as one step of net undo.

const { net, ok, exported } = journalPerTest("2026-12-03");
const editors = editorScripts();

const noteOf = (name: string) => ok(["show", name, "--json"]).json().note;

describe("net note", () => {
  it("starts the notes of someone who has none with a dated paragraph", () => {
    ok(["add", "Ana Lima"]);
    const r = ok(["note", "ana", "her", "daughter", "starts school in March", "--json"]);
    expect(r.json()).toMatchObject({ id: 1, name: "Ana Lima", note: "2026-12-03: her daughter starts school in March" });
  });

  it("adds each paragraph after a blank line, dated with NET_TODAY, and says what it did", () => {
    ok(["add", "Ana Lima", "--note", "likes trail running"]);
    const r = net(["note", "ana", "ran the Lisbon half"], { today: "2027-01-15" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Added to Ana Lima's notes: 2027-01-15: ran the Lisbon half");
    ok(["note", "ana", "wants an intro to a climate investor"]);
    expect(noteOf("ana")).toBe(
      "likes trail running\n\n2027-01-15: ran the Lisbon half\n\n2026-12-03: wants an intro to a climate investor",
    );
  });

  it("net undo takes the paragraph back, and only it", () => {
    ok(["add", "Ana Lima", "--note", "likes trail running"]);
    ok(["note", "ana", "first"]);
    ok(["note", "ana", "second"]);
    const undone = ok(["undo"]);
    expect(undone.stderr + undone.stdout).toContain("note #1 Ana Lima (2026-12-03)");
    expect(noteOf("ana")).toBe("likes trail running\n\n2026-12-03: first");
    ok(["undo"]);
    expect(noteOf("ana")).toBe("likes trail running");
  });

  it("with no text, opens the editor on an empty file; what was saved becomes the paragraph", () => {
    ok(["add", "Ana Lima"]);
    const r = net(["note", "ana", "--json"], { env: { EDITOR: editors.writes, VISUAL: undefined } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().note).toBe("2026-12-03: # kept as typed\nfrom the editor");
  });

  it("an empty editor file cancels, writing nothing", () => {
    ok(["add", "Ana Lima", "--note", "likes trail running"]);
    const before = exported();
    const r = net(["note", "ana"], { env: { EDITOR: editors.empties, VISUAL: undefined } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("cancelled: empty note");
    expect(exported()).toBe(before);
  });

  it("resolves the name as every write does: an unknown or a merely close name is exit 2", () => {
    ok(["add", "Ana Lima"]);
    const before = exported();
    const unknown = net(["note", "zed", "hello"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no one called "zed"');
    const close = net(["note", "Ana Lma", "hello"]);
    expect(close.code).toBe(2);
    expect(close.stderr).toContain("Did you mean Ana Lima (#1)?");
    expect(exported()).toBe(before);
  });

  it("keeps hostile text exact in --json and shows it safely", () => {
    ok(["add", "Ana Lima"]);
    const text = "evil \u001b[31mred\u001b[0m";
    const json = ok(["note", "1", text, "--json"]).json();
    expect(json.note).toBe(`2026-12-03: ${text}`);
    const shown = ok(["note", "1", text]);
    expect(shown.stdout).not.toContain("\u001b");
  });
});
