import type { Context } from "../context.js";
import { changeTag } from "./shared/tagging.js";

export async function run(ctx: Context, tag: string, who: string[]): Promise<void> {
  await changeTag(ctx, tag, who, "tag");
}
