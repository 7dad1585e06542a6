import dayjs from "dayjs";
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
