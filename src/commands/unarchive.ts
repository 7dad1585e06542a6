import type { Context } from "../context.js";
import { setArchived } from "./shared/archiving.js";

export async function run(ctx: Context, name: string): Promise<void> {
  await setArchived(ctx, name, false);
}
