import type { Balance, Depth, Tier } from "../domain/depth.js";
import { colour } from "./colour.js";
import { columns } from "./table.js";

// Depth shown as a receipt (one line per term: what was measured, its weight, the points it adds), and balance in words.

export function tierText(tier: Tier): string {
  const c = colour();
  if (tier === "inner") return c.magenta.bold(tier);
  if (tier === "connection") return c.green(tier);
  if (tier === "acquaintance") return c.cyan(tier);
  return c.dim(tier);
}

export function signed(n: number): string {
  const text = Number.isInteger(n) ? String(Math.abs(n)) : Math.abs(n).toFixed(1);
  return n > 0 ? `+${text}` : n < 0 ? `-${text}` : "0";
}

/** The net balance, green when you have given more, red when you have taken more. */
export function netText(net: number): string {
  const c = colour();
  return net > 0 ? c.green(signed(net)) : net < 0 ? c.red(signed(net)) : signed(net);
}

function pointsText(points: number): string {
  return points.toFixed(1);
}

/**
 * Every term on its own line (what was measured, the points it adds out of its weight), then the total and the tier,
 * like taskwarrior's urgency breakdown.
 */
export function renderReceipt(depth: Depth): string {
  const c = colour();
  const rows = Object.entries(depth.terms).map(([name, term]) => [
    `  ${name}`,
    term.measured,
    pointsText(term.points),
    c.dim(`/ ${term.weight}`),
  ]);
  const total = [`  ${c.bold("total")}`, tierText(depth.tier), c.bold(String(depth.score)), c.dim("/ 100")];
  const heading = `${c.bold("Depth")} ${depth.score} ${tierText(depth.tier)}`;
  return rows.length > 0 ? `${heading}\n${columns([...rows, total], ["left", "left", "right", "left"])}` : heading;
}

export function balanceText(balance: Balance): string {
  const c = colour();
  // A one-way ledger says so rather than weighing one side against nothing.
  const meaning =
    balance.received === 0 && balance.given > 0
      ? `you have given ${balance.given}, received nothing yet`
      : balance.given === 0 && balance.received > 0
        ? `they have given ${balance.received}, you nothing yet`
        : balance.net > 0
          ? "you have given more"
          : balance.net < 0
            ? "they have done more for you"
            : "even";
  return `gave ${balance.given} · got ${balance.received} · net ${netText(balance.net)} ${c.dim(`(${meaning})`)}`;
}
