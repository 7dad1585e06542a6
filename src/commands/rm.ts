import type { Context } from "../context.js";
import { withJournal } from "./shared/with-journal.js";
import { carryOut, planRemoval, type RemovalPlan } from "../db/removal.js";
import { TABLES } from "../db/tables.js";
import { refOf } from "../domain/refs.js";
import { personArgument } from "../domain/shell.js";
import { usageError } from "../errors.js";
import { print, printJson, say } from "../ui/output.js";
import { entryWords, historyCounts, personListing, removalJson, rowRef } from "../ui/removal.js";
import { visible } from "../ui/visible.js";
import { readTargets, refuseLedgerEntriesMadeByOthers } from "./shared/entry-targets.js";

// net rm: deletes entries by reference at once (net undo brings them back), and a person with all their history only
// once the user has seen what goes and said yes.

export async function run(ctx: Context, what: string[], flags: { yes?: boolean }): Promise<void> {
  return withJournal(ctx, async (journal) => {
    const typed = await readTargets(journal, what, ctx, "nothing was deleted");
    await refuseLedgerEntriesMadeByOthers(
      journal,
      typed.map((t) => t.target),
      "nothing was deleted",
    );
    const people = typed.filter((t) => t.target.kind === "p");
    if (people.length > 0 && !flags.yes) {
      const preview = await planRemoval(
        journal.db,
        typed.map((t) => t.target),
      );
      const ids = [...new Set(people.map((p) => p.target.id))];
      for (const id of ids) say(personListing(preview, { kind: "p", id }));
      const names = ids.map((id) => ({ id, name: preview.names.get(id) ?? `#${id}` }));
      const archive = names.map((p) => `net archive ${personArgument(p)}`).join("; ");
      say(`To keep the history and hide ${names.length === 1 ? "them" : "them all"} from lists instead: ${visible(archive)}`);
      if (!ctx.interactive || ctx.json) {
        throw usageError(
          `deleting ${names.map((p) => `${p.name} (#${p.id})`).join(", ")} deletes all their history; nothing was deleted`,
          `To delete anyway, add --yes: net rm ${what.map((w, i) => (typed[i]!.target.kind === "p" ? String(typed[i]!.target.id) : w)).join(" ")} --yes. Gentler: ${archive}.`,
        );
      }
      const { confirm } = await import("../ui/prompts.js");
      const ok = await confirm(`Delete ${names.map((p) => p.name).join(", ")} and all this history?`, false);
      if (!ok) return say("Nothing was deleted.");
    }
    const plan = await journal.write(async (w) => {
      const plan = await planRemoval(
        w.db,
        typed.map((t) => t.target),
      );
      await carryOut(w, plan);
      w.describe(`rm ${summary(plan)}`);
      return plan;
    });
    if (ctx.json) return printJson(removalJson(plan));
    report(plan);
  });
}

/** For `net undo`: "c12 (conversation with Ana Lima on 2026-12-02), f3 (…)", at most three named. */
function summary(plan: RemovalPlan): string {
  const asked = plan.gone.filter((g) => g.because === null);
  const named = asked
    .slice(0, 3)
    .map((g) =>
      g.table === "people"
        ? `#${g.row.id} ${g.row.name} and their history`
        : `${rowRef(g.table, g.row)} (${entryWords(g.table, g.row, plan)})`,
    );
  return `${named.join(", ")}${asked.length > 3 ? ` and ${asked.length - 3} more` : ""}`;
}

function report(plan: RemovalPlan): void {
  for (const g of plan.gone.filter((g) => g.because === null)) {
    if (g.table === "people") {
      const target = { kind: "p" as const, id: Number(g.row.id) };
      print(visible(`Deleted ${g.row.name} (#${g.row.id}) and all their history: ${historyCounts(plan, target).join("; ")}.`));
      continue;
    }
    const ref = rowRef(g.table, g.row)!;
    print(visible(`Deleted ${ref}: ${entryWords(g.table, g.row, plan)}.`));
    const target = { kind: TABLES[g.table].ref!, id: Number(g.row.id) };
    for (const c of plan.gone.filter((c) => c.because?.kind === target.kind && c.because.id === target.id && TABLES[c.table].ref)) {
      print(visible(`  and with it ${rowRef(c.table, c.row)}: ${entryWords(c.table, c.row, plan)}.`));
    }
  }
  const kept = plan.kept.filter((k) => TABLES[k.table].ref);
  for (const k of kept) {
    print(visible(`Kept ${rowRef(k.table, k.row)}: ${entryWords(k.table, k.row, plan)}, was logged with ${refOf(k.was.kind, k.was.id)}.`));
  }
  if (kept.length > 0)
    say(`To delete ${kept.length === 1 ? "it" : "them"} too: net rm ${kept.map((k) => rowRef(k.table, k.row)).join(" ")}`);
  say(`Undo with: net undo`);
}
