import { describe, expect, it } from "vitest";
import { editorCommand } from "../../src/domain/editor.js";

describe("editorCommand", () => {
  it("prefers VISUAL over EDITOR", () => {
    expect(editorCommand({ VISUAL: "nano", EDITOR: "code --wait" })).toBe("nano");
  });
  it("takes EDITOR when VISUAL is unset or empty", () => {
    expect(editorCommand({ EDITOR: "code --wait" })).toBe("code --wait");
    expect(editorCommand({ VISUAL: "  ", EDITOR: "emacs -nw" })).toBe("emacs -nw");
  });
  it("falls back to vi", () => {
    expect(editorCommand({})).toBe("vi");
    expect(editorCommand({ VISUAL: "", EDITOR: "" })).toBe("vi");
  });
});
