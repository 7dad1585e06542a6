import { Chalk, type ChalkInstance } from "chalk";

let instance: ChalkInstance = new Chalk({ level: 0 });

/** Set once by src/cli.ts from the Context; off unless stdout is a terminal and colour is allowed. */
export function setColour(enabled: boolean): void {
  instance = new Chalk({ level: enabled ? 1 : 0 });
}

export function colour(): ChalkInstance {
  return instance;
}
