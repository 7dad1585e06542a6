import type { Context } from "../context.js";
import { refOf } from "../domain/refs.js";
import { askById, closeAsk } from "../db/ledger.js";
import { withJournal } from "./shared/with-journal.js";
import { usageError } from "../errors.js";
import { askJson } from "../ui/ledger.js";
import { print, printJson, say } from "../ui/output.js";
import { ASK_SPACING_DAYS } from "../domain/verdict.js";
import { dayFlag, idArgument } from "./shared/ledger-flags.js";
import { personArgument } from "../domain/shell.js";
import { visible, visibleLines } from "../ui/visible.js";

// `net asks close ID --granted|--declined`: a granted ask counts as received at its size; a declined one only for spacing.
export async function run(ctx: Context, idText: string, flags: { granted?: boolean; declined?: boolean; on?: string }): Promise<void> {
  const typed = idArgument(idText, "a");
  if (Boolean(flags.granted) === Boolean(flags.declined)) {
    throw usageError(
      flags.granted ? "pass --granted or --declined, not both" : "say how it ended: --granted or --declined",
      `For example: net asks close ${typed.digits} --granted`,
    );
  }
  const outcome = flags.granted ? "granted" : "declined";
  const on = dayFlag(flags.on, ctx.today);
  return withJournal(ctx, async (journal) => {
    const ask = typed.id === null ? undefined : await askById(journal.db, typed.id);
    if (!ask) throw usageError(`no ask with id ${typed.digits}`, "See your asks and their ids with `net asks`.");
    const id = ask.id;
    if (ask.status !== "open")
      throw usageError(
        `ask ${refOf("a", id)} is already closed (${ask.status} on ${ask.closedOn})`,
        "Nothing was changed. See open asks with `net asks`.",
      );
    if (on < ask.on) throw usageError(`--on ${on} is before the ask was made (${ask.on})`, "Pass a date on or after the ask.");
    const entryId = await journal.write((w) => {
      w.describe(`asks close ${refOf("a", id)} ${outcome} (${ask.person.name}) on ${on}`);
      return closeAsk(w, ask, outcome, on);
    });
    const closed = { ...ask, status: outcome, closedOn: on } as const;
    if (ctx.json) {
      return printJson({
        ask: askJson(closed),
        entry: entryId === null ? null : { id: entryId, person: ask.person, direction: "got", what: ask.what, size: ask.size, on },
      });
    }
    print(
      outcome === "granted"
        ? `Ask ${refOf("a", id)} granted: ${visible(ask.person.name)} did "${visibleLines(ask.what, "  ")}" for you (${ask.size}, counted as received).`
        : `Ask ${refOf("a", id)} declined. It counts for spacing (wait ${ASK_SPACING_DAYS} days before the next ask) but not for the balance.`,
    );
    if (outcome === "granted")
      say(`Thank ${visible(ask.person.name)}, and look for a way to give back: net gave ${personArgument(ask.person)} WHAT.`);
  });
}
