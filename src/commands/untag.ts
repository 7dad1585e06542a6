import type { Context } from "../context.js";
import { changeTag } from "./shared/tagging.js";

// net untag: takes one tag from several people at once.

export async function run(ctx: Context, tag: string, who: string[]): Promise<void> {
  await changeTag(ctx, tag, who, "untag");
}
