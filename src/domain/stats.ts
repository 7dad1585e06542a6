import dayjs from "dayjs";
import { weightOf, type LedgerTally } from "./balance.js";
import { TIERS, type Tier } from "./depth.js";

// What `net stats` reports: breadth against depth, give against take, and how active the last twelve months were.

/** The last n calendar months up to today's, oldest first, as YYYY-MM. */
export function monthsUpTo(today: string, n: number): string[] {
  const start = dayjs(today).startOf("month");
  return Array.from({ length: n }, (_, i) => start.subtract(n - 1 - i, "month").format("YYYY-MM"));
}

export function tierCounts(tiers: Iterable<Tier>): Record<Tier, number> {
  const counts = Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;
  for (const t of tiers) counts[t]++;
  return counts;
}

/** People per tier in a network of `people`, from the tiers of those with a history: all the others are in `othersTier`. */
export function networkTiers(withHistory: Iterable<Tier>, people: number, othersTier: Tier): Record<Tier, number> {
  const counts = tierCounts(withHistory);
  let counted = 0;
  for (const t of TIERS) counted += counts[t];
  counts[othersTier] += people - counted;
  return counts;
}

/** A whole percentage of the total, or null when there is nothing to share. */
export function percentOf(n: number, total: number): number | null {
  return total === 0 ? null : Math.round((n / total) * 100);
}

export interface LedgerSide {
  readonly count: number;
  readonly weight: number;
}

/** Gives against takes: how many each way, their size weight, and the net (given − received). */
export function giveAndTake(tallies: readonly LedgerTally[]): { gave: LedgerSide; got: LedgerSide; net: number } {
  const side = (direction: LedgerTally["direction"]): LedgerSide => {
    const rows = tallies.filter((t) => t.direction === direction);
    return { count: rows.reduce((n, t) => n + t.count, 0), weight: weightOf(rows) };
  };
  const gave = side("gave");
  const got = side("got");
  return { gave, got, net: gave.weight - got.weight };
}
