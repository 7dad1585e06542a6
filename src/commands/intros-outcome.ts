import type { Context } from "../context.js";
import { refOf } from "../domain/refs.js";
import { introById, recordIntroOutcome } from "../db/intros.js";
import { withJournal } from "./shared/with-journal.js";
import { usageError } from "../errors.js";
import { introJson } from "../ui/ledger.js";
import { print, printJson } from "../ui/output.js";
import { idArgument } from "./shared/ledger-flags.js";
import { visible, visibleLines } from "../ui/visible.js";
import { noteText } from "./shared/text-flags.js";

const OUTCOMES = ["met", "fizzled"] as const;

// `net intros outcome ID met|fizzled`: how it went; closes the check-in follow-up.
export async function run(ctx: Context, idText: string, result: string, flags: { note?: string }): Promise<void> {
  const typed = idArgument(idText, "i");
  const outcome = OUTCOMES.find((o) => o === result.trim().toLowerCase());
  if (!outcome) throw usageError(`"${result}" is not an outcome`, `Use one of: ${OUTCOMES.join(", ")}.`);
  const note = flags.note === undefined ? null : noteText(flags.note, "--note");
  return withJournal(ctx, async (journal) => {
    const intro = typed.id === null ? undefined : await introById(journal.db, typed.id);
    if (!intro) throw usageError(`no introduction with id ${typed.digits}`, "See them with `net intros`.");
    const id = intro.id;
    if (intro.status === "proposed")
      throw usageError(`introduction ${refOf("i", id)} is only proposed`, `Mark it made first: net intros made ${refOf("i", id)}`);
    if (intro.outcome)
      throw usageError(
        `introduction ${refOf("i", id)} already has an outcome (${intro.outcome} on ${intro.outcomeOn})`,
        "Nothing was changed.",
      );
    const closed = await journal.write((w) => {
      w.describe(`intros outcome ${refOf("i", id)} ${outcome} (${intro.a.name} and ${intro.b.name})`);
      return recordIntroOutcome(w, id, outcome, note, ctx.today);
    });
    const updated = (await introById(journal.db, id))!;
    if (ctx.json) return printJson({ intro: introJson(updated), closedFollowUps: closed });
    print(
      `Intro ${refOf("i", id)} (${visible(intro.a.name)} ↔ ${visible(intro.b.name)}): ${outcome}${note ? ` — ${visibleLines(note, "  ")}` : ""}.${closed.length ? ` Closed check-in ${closed.map((f) => refOf("f", f)).join(", ")}.` : ""}`,
    );
  });
}
