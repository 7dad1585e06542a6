import type { SizeName } from "../db/schema.js";
import type { Balance } from "./depth.js";
import { SIZE_WEIGHT } from "./sizes.js";

// Give and take, weighed by size: balance = given − received. Granted asks are already `got` entries; declined ones are not counted.

export interface LedgerTally {
  readonly direction: "gave" | "got";
  readonly size: SizeName;
  readonly count: number;
}

export const NO_BALANCE: Balance = { given: 0, received: 0, net: 0 };

export function balanceOf(tallies: readonly LedgerTally[]): Balance {
  let given = 0;
  let received = 0;
  for (const t of tallies) {
    const weight = SIZE_WEIGHT[t.size] * t.count;
    if (t.direction === "gave") given += weight;
    else received += weight;
  }
  return { given, received, net: given - received };
}

