import type { Context } from "../../context.js";
import { refOf } from "../../domain/refs.js";
import { addLedgerEntry, sameLedgerEntry } from "../../db/ledger.js";
import { withJournal } from "./with-journal.js";
import { archivedAmong } from "../../db/people.js";
import { personArgument } from "../../domain/shell.js";
import { relationshipsOf } from "../../db/relationships.js";
import { NO_BALANCE } from "../../domain/balance.js";
import { print, printJson, say } from "../../ui/output.js";
import { balanceText } from "../../ui/receipt.js";
import { dayFlag, sizeFlag, whatText } from "./ledger-flags.js";
import { recordAgain } from "./record-again.js";
import { resolvePerson } from "./resolve-person.js";
import { editedText, refuseEditWith } from "./text-flags.js";
import { visible, visibleLines } from "../../ui/visible.js";

// `net gave` and `net got`: one ledger entry, then the balance with that person.

export interface LedgerFlags {
  readonly size?: string;
  readonly on?: string;
  /** Record it even when the same entry is already there. */
  readonly again?: boolean;
  /** Write what it was in the editor. */
  readonly edit?: boolean;
}

export async function record(ctx: Context, direction: "gave" | "got", name: string, words: string[], flags: LedgerFlags): Promise<void> {
  const label = direction === "gave" ? "what you gave" : "what you got";
  refuseEditWith(flags.edit, words.length > 0, "the words after the name");
  const typed = flags.edit ? null : whatText(words, `net ${direction} ana 'an intro to her next client'`, label);
  const size = sizeFlag(flags.size, "small");
  const date = dayFlag(flags.on, ctx.today);
  return withJournal(ctx, async (journal) => {
    const person = await resolvePerson(journal, name, ctx);
    const what = typed ?? (await editedText(null, label));
    if ((await archivedAmong(journal.db, [person.id])).length > 0)
      say(
        `${visible(person.name)} is archived; recorded anyway. To see them in net due and net people again: net unarchive ${visible(personArgument(person))}`,
      );
    const same = flags.again ? undefined : await sameLedgerEntry(journal.db, { personId: person.id, direction, what, date });
    if (same) {
      const existing = `${refOf("l", same.id)}: ${direction === "gave" ? "you gave" : "you got from"} ${person.name} "${what}" on ${date}`;
      if (!(await recordAgain(ctx, existing))) return say("Nothing was written.");
    }
    const id = await journal.write(async (w) => {
      const id = await addLedgerEntry(w, { personId: person.id, direction, what, size, date });
      w.describe(`${direction} ${refOf("l", id)} ${direction === "gave" ? "to" : "from"} ${person.name} on ${date}`);
      return id;
    });
    const balance = (await relationshipsOf(journal.db, ctx.today, [person.id])).get(person.id)?.balance ?? NO_BALANCE;
    if (ctx.json) return printJson({ entry: { id, ref: refOf("l", id), person, direction, what, size, on: date }, balance });
    const who = visible(person.name);
    const text = visibleLines(what, "  ");
    const details = `(${size}, ${date}, ${refOf("l", id)})`;
    print(direction === "gave" ? `You gave ${who}: ${text} ${details}.` : `${who} gave you: ${text} ${details}.`);
    print(`Balance with ${who}: ${balanceText(balance)}`);
  });
}
