import type { Context } from "../context.js";
import { type LedgerFlags, record } from "./shared/ledger-entry.js";

export async function run(ctx: Context, name: string, words: string[], flags: LedgerFlags): Promise<void> {
  await record(ctx, "gave", name, words, flags);
}
