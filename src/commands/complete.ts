import type { Command } from "commander";
import type { Context } from "../context.js";
import { unquoted } from "../completion/scripts.js";
import { completionTree } from "../completion/tree.js";
import { CompletionCandidates } from "../db/completion-candidates.js";

// net complete -- WORDS…: what the completion script asks for at each Tab, one candidate a line (tab's protocol).
// It loads the program's declaration and tab, and opens the journal (read-only) only to look up a name or reference.

export async function run(ctx: Context, program: Command, typed: readonly string[]): Promise<void> {
  const words = typed.map(unquoted);
  let journal: CompletionCandidates | null | undefined;
  const tree = completionTree(program, () => {
    journal ??= CompletionCandidates.open(dbOf(words) ?? ctx.dbPath);
    return journal;
  });
  try {
    tree.parse(words);
  } finally {
    journal?.close();
  }
}

/** The journal named on the line being completed (net --db x.db show a…), resolved as net would. */
function dbOf(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length - 1; i++) {
    if (words[i] === "--db" && i + 1 < words.length - 1) return words[i + 1];
    if (words[i]!.startsWith("--db=")) return words[i]!.slice(5);
  }
  return undefined;
}
