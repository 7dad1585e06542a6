import type { Context } from "../context.js";
import { journalError } from "../errors.js";

// TODO(stub): being built; replace this whole file.
export async function run(_ctx: Context, ..._args: unknown[]): Promise<void> {
  throw journalError("this command is not built yet");
}
