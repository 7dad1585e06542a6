import { usageError } from "../../errors.js";

/** --limit N: a whole number from 1 to 10,000; absent, the command's default. */
export function limitFrom(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1 || n > 10_000)
    throw usageError(`--limit "${value}" is not a number from 1 to 10000`, `Pass how many to show, like --limit ${fallback}.`);
  return n;
}
