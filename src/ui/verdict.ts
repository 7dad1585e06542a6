import type { Verdict } from "../domain/verdict.js";
import { colour } from "./colour.js";

/** READY, WAIT or NOT YET, coloured as a traffic light. */
export function verdictText(verdict: Verdict): string {
  const c = colour();
  const label = verdict.toUpperCase();
  if (verdict === "ready") return c.green.bold(label);
  if (verdict === "wait") return c.yellow.bold(label);
  return c.red.bold(label);
}
