import type { Context } from "../context.js";
import { record, type LedgerFlags } from "./shared/ledger-entry.js";

export async function run(ctx: Context, name: string, words: string[], flags: LedgerFlags): Promise<void> {
  await record(ctx, "got", name, words, flags);
}
