import type { ChalkInstance } from "chalk";

// Colour is off whenever output is piped, which is most scripted runs: then chalk is not even loaded, and every style
// is a plain pass-through with chalk's API (c.red.bold("x") === "x").
const STYLES = [
  "reset",
  "bold",
  "dim",
  "italic",
  "underline",
  "overline",
  "inverse",
  "hidden",
  "strikethrough",
  "visible",
  "black",
  "red",
  "green",
  "yellow",
  "blue",
  "magenta",
  "cyan",
  "white",
  "gray",
  "grey",
  "blackBright",
  "redBright",
  "greenBright",
  "yellowBright",
  "blueBright",
  "magentaBright",
  "cyanBright",
  "whiteBright",
  "bgBlack",
  "bgRed",
  "bgGreen",
  "bgYellow",
  "bgBlue",
  "bgMagenta",
  "bgCyan",
  "bgWhite",
  "bgGray",
  "bgGrey",
  "bgBlackBright",
  "bgRedBright",
  "bgGreenBright",
  "bgYellowBright",
  "bgBlueBright",
  "bgMagentaBright",
  "bgCyanBright",
  "bgWhiteBright",
];

function plainColourer(): ChalkInstance {
  const plain = (...text: unknown[]) => (text.length === 1 ? String(text[0]) : text.join(" "));
  for (const style of STYLES) Object.defineProperty(plain, style, { get: () => plain });
  Object.defineProperty(plain, "level", { value: 0 });
  return plain as unknown as ChalkInstance;
}

const PLAIN = plainColourer();
let instance: ChalkInstance = PLAIN;

/** Set once by src/cli.ts from the Context; off unless stdout is a terminal and colour is allowed. */
export async function setColour(enabled: boolean): Promise<void> {
  instance = enabled ? new (await import("chalk")).Chalk({ level: 1 }) : PLAIN;
}

export function colour(): ChalkInstance {
  return instance;
}

/** Whether styles write colour codes (the terminal boundary lets only those through). */
export function colourIsOn(): boolean {
  return instance !== PLAIN;
}

/**
 * What a style puts before and after plain text (no escape codes, no line breaks): `${on}${text}${off}` is then
 * style(text), for a long listing that wraps thousands of cells alike. Both are empty when colour is off.
 */
export function wrapping(style: (text: string) => string): readonly [on: string, off: string] {
  const [on = "", off = ""] = style("\0").split("\0");
  return [on, off];
}
