import type { Context } from "../context.js";
import { setArchived } from "./archive.js";

export async function run(ctx: Context, name: string): Promise<void> {
  await setArchived(ctx, name, false);
}
