import type { Context } from "../../context.js";
import { usageError } from "../../errors.js";

// The same entry entered a second time is most likely a slip: asked at a terminal (no by default), refused elsewhere,
// naming the entry and --again. Shared by net log, net gave/got and net intro.

/** Whether to record it again; `existing` names the entry ("c1: a call with Ana Lima on …"), `next` adds a hint. */
export async function recordAgain(ctx: Context, existing: string, next?: string): Promise<boolean> {
  if (!ctx.interactive)
    throw usageError(
      `this is already recorded as ${existing}; nothing was written`,
      `To record it a second time, add --again.${next ? ` ${next}` : ""}`,
    );
  const { confirm } = await import("../../ui/prompts.js");
  return confirm(`This is already recorded as ${existing}. Record it again?`);
}
