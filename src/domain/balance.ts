import type { SizeName } from "./sizes.js";

/** A ledger entry: something you did for them, or they for you. */
export type LedgerDirection = "gave" | "got";
/** An ask stays open until it is granted or declined. */
export type AskStatus = "open" | "granted" | "declined";
import type { Balance } from "./depth.js";
import { SIZE_WEIGHT } from "./sizes.js";

// Give and take, weighed by size: balance = given − received. Granted asks are already `got` entries; declined ones are not counted.

export interface LedgerTally {
  readonly direction: "gave" | "got";
  readonly size: SizeName;
  readonly count: number;
}

export const NO_BALANCE: Balance = { given: 0, received: 0, net: 0 };

/** The size weight of ledger entries: every entry counts SIZE_WEIGHT of its size. */
export function weightOf(tallies: readonly Pick<LedgerTally, "size" | "count">[]): number {
  let weight = 0;
  for (const t of tallies) weight += SIZE_WEIGHT[t.size] * t.count;
  return weight;
}

export function balanceOf(tallies: readonly LedgerTally[]): Balance {
  return balanceFrom(weightOf(tallies.filter((t) => t.direction === "gave")), weightOf(tallies.filter((t) => t.direction === "got")));
}

/** The balance of what was given and received, each already weighed by size. */
export function balanceFrom(given: number, received: number): Balance {
  return { given, received, net: given - received };
}

/** Everyone's balance from tallies that name their person: those you have leaned on most first (lowest net, then most received). */
export function balancesByPerson<P extends { readonly id: number; readonly name: string }>(
  tallies: readonly (LedgerTally & { readonly person: P })[],
): { person: P; balance: Balance }[] {
  const byPerson = new Map<number, { person: P; tallies: LedgerTally[] }>();
  for (const t of tallies) {
    const entry = byPerson.get(t.person.id) ?? { person: t.person, tallies: [] };
    entry.tallies.push(t);
    byPerson.set(t.person.id, entry);
  }
  return [...byPerson.values()]
    .map((e) => ({ person: e.person, balance: balanceOf(e.tallies) }))
    .sort((x, y) => x.balance.net - y.balance.net || y.balance.received - x.balance.received || x.person.name.localeCompare(y.person.name));
}
