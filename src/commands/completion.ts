import type { Command } from "commander";
import type { Context } from "../context.js";
import { completionScript } from "../completion/scripts.js";
import { completionTree } from "../completion/tree.js";
import { print } from "../ui/output.js";

// net completion bash|zsh|fish: the script a shell sources to complete net's commands, flags, values and names.

export async function run(_ctx: Context, program: Command, shell: string): Promise<void> {
  const tree = completionTree(program, () => null);
  print(
    completionScript(
      shell,
      captured(() => tree.setup("net", "net", shell)),
    ).trimEnd(),
  );
}

/** What fn writes with console.log (tab prints the script itself). */
function captured(fn: () => void): string {
  const log = console.log;
  let out = "";
  console.log = (...parts: unknown[]) => {
    out += `${parts.join(" ")}\n`;
  };
  try {
    fn();
  } finally {
    console.log = log;
  }
  return out;
}
