import { describe, expect, it } from "vitest";
import { forTerminal, jsonForTerminal, visible, visibleLines } from "../../src/ui/visible.js";
import { displayWidth } from "../../src/ui/table.js";

// The terminal boundary: what a person sees of text that came from a file or a flag.

const ANY_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe("visible", () => {
  it("leaves ordinary text as it is, accents, CJK and emoji included", () => {
    for (const text of ["Ana Souza", "José Müller", "山田 太郎", "Chloé 🌱", 'O\'Brien "Boss" `x` $(id)']) expect(visible(text)).toBe(text);
  });

  it("shows every kind of terminal control as an escape a person can read", () => {
    expect(visible("a\u001b]0;pwned\u0007b")).toBe("a\\x1b]0;pwned\\x07b"); // OSC: sets the window title
    expect(visible("\u001b[8mhidden\u001b[0m")).toBe("\\x1b[8mhidden\\x1b[0m"); // SGR conceal
    expect(visible("\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007")).toBe(
      "\\x1b]8;;https://evil.example\\x07click\\x1b]8;;\\x07",
    ); // OSC 8 hyperlink
    expect(visible("\u001b[2J")).toBe("\\x1b[2J"); // clears the screen
    expect(visible("a\u009b31mb")).toBe("a\\x9b31mb"); // C1 CSI
    expect(visible("nul\u0000del\u007f")).toBe("nul\\x00del\\x7f");
    expect(visible("abc\u202edcba")).toBe("abc\\u202edcba"); // right-to-left override
    expect(visible("\u2066x\u2069")).toBe("\\u2066x\\u2069"); // isolates
    expect(visible("one\ntwo\rthree\u2028four")).toBe("one\\ntwo\\rthree\\u2028four");
  });

  it("turns tabs into spaces", () => {
    expect(visible("a\tb")).toBe("a    b");
  });

  it("never leaves a control character behind, whatever the text", () => {
    let all = "";
    for (let code = 0; code < 0x300; code++) all += String.fromCharCode(code);
    all += "\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";
    expect(visible(all)).not.toMatch(ANY_CONTROL);
    expect(visible(all)).not.toContain("\n");
    expect(visibleLines(all)).not.toMatch(ANY_CONTROL);
  });

  it("is measured as shown: an escape takes as many columns as its characters", () => {
    expect(displayWidth(visible("\u001b[2J"))).toBe("\\x1b[2J".length);
  });
});

describe("visibleLines", () => {
  it("keeps the line breaks of a note, CRLF, CR and U+2028 each as one, and sets later lines in", () => {
    expect(visibleLines("first\r\nsecond\rthird\u2028fourth\nfifth", "  ")).toBe("first\n  second\n  third\n  fourth\n  fifth");
  });

  it("still shows the controls inside each line", () => {
    expect(visibleLines("ok\n\u001b[2Jbad")).toBe("ok\n\\x1b[2Jbad");
  });
});

describe("forTerminal, the last check before print and say", () => {
  it("keeps line breaks and the colour codes net writes while colour is on", () => {
    const coloured = "\u001b[1mDepth\u001b[22m \u001b[32mconnection\u001b[39m\nnext line";
    expect(forTerminal(coloured, true)).toBe(coloured);
  });

  it("shows colour codes as escapes while colour is off, and codes net never writes even while it is on", () => {
    expect(forTerminal("\u001b[31mred\u001b[39m", false)).toBe("\\x1b[31mred\\x1b[39m");
    expect(forTerminal("\u001b[8mhidden", true)).toBe("\\x1b[8mhidden");
    expect(forTerminal("\u001b[38;5;196mx", true)).toBe("\\x1b[38;5;196mx");
  });

  it("shows every other control", () => {
    expect(forTerminal("a\u001b]0;t\u0007b\u0000\u009b\u202e\tc", true)).toBe("a\\x1b]0;t\\x07b\\x00\\x9b\\u202e    c");
  });
});

describe("jsonForTerminal", () => {
  it("escapes what JSON.stringify leaves raw, and parses back to the exact text", () => {
    const text = "a\u007f\u0085\u009b\u2028\u2029\u202e\u2066b\u001b[2J\u0000";
    const json = jsonForTerminal(JSON.stringify({ text }, null, 2));
    expect(json).not.toMatch(ANY_CONTROL);
    expect(JSON.parse(json).text).toBe(text);
  });
});
