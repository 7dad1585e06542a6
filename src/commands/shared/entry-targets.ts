import type { Context } from "../../context.js";
import { ledgerEntriesMadeBy, missingEntries, type Target } from "../../db/entries.js";
import type { Journal } from "../../db/open.js";
import { personById } from "../../db/people.js";
import { aKind, readRef, REF_KINDS, refKindsList, refOf } from "../../domain/refs.js";
import { usageError } from "../../errors.js";
import { resolvePerson } from "./resolve-person.js";

// Arguments that are an entry's reference (c12, f7, l5, a3, i2) or a person (a name, 4, #4, p4), for net rm and net tag.

export interface TypedTarget {
  readonly typed: string;
  readonly target: Target;
}

/** Reads each argument and checks that every entry named is in the journal; the first bad one is a usage error. */
export async function readTargets(journal: Journal, typed: readonly string[], ctx: Context, nothing: string): Promise<TypedTarget[]> {
  const out: TypedTarget[] = [];
  const absent: string[] = [];
  for (const text of typed) {
    const read = readRef(text);
    if (read.kind === "unknown") {
      throw usageError(
        `"${text}" is no kind of reference: references start with ${refKindsList()}; ${nothing}`,
        "Name a person by name or number (4, #4, p4), or an entry by its reference, like c12 or f7.",
      );
    }
    if (read.kind === "ref" && read.ref.kind !== "p") {
      if (read.ref.id === null) absent.push(refOf(read.ref.kind, Number(read.ref.digits)));
      else out.push({ typed: text, target: { kind: read.ref.kind, id: read.ref.id } });
      continue;
    }
    if (read.kind === "ref") {
      const person = read.ref.id === null ? undefined : await personById(journal.db, read.ref.id);
      if (!person) throw usageError(`no person with id ${read.ref.digits}; ${nothing}`, "Run `net people` to see everyone with their ids.");
      out.push({ typed: text, target: { kind: "p", id: person.id } });
      continue;
    }
    const person = await resolvePerson(journal, text, ctx);
    out.push({ typed: text, target: { kind: "p", id: person.id } });
  }
  for (const t of await missingEntries(
    journal.db,
    out.map((o) => o.target).filter((t) => t.kind !== "p"),
  ))
    absent.push(refOf(t.kind, t.id));
  if (absent.length > 0) {
    const first = readRef(absent[0]!);
    const kind = first.kind === "ref" ? first.ref.kind : "c";
    const which = absent.length === 1 ? `${aKind(kind).replace(/^an? /, "")} ${absent[0]}` : absent.join(", ");
    throw usageError(`no ${which} in the journal; ${nothing}`, `See the references with \`${REF_KINDS[kind].list}\`.`);
  }
  return out;
}

/** A ledger entry an introduction or an ask made is changed through it: a usage error naming it, unless it is named too. */
export async function refuseLedgerEntriesMadeByOthers(journal: Journal, targets: readonly Target[], nothing: string): Promise<void> {
  const ledger = targets.filter((t) => t.kind === "l").map((t) => t.id);
  if (ledger.length === 0) return;
  for (const [id, maker] of await ledgerEntriesMadeBy(journal.db, ledger)) {
    if (targets.some((t) => t.kind === maker.kind && t.id === maker.id)) continue;
    const l = refOf("l", id);
    const by = refOf(maker.kind, maker.id);
    const what = maker.kind === "i" ? `the credit introduction ${by} gives` : `what ask ${by} counted as received when granted`;
    throw usageError(
      `${l} is ${what}; ${nothing}`,
      maker.kind === "i"
        ? `Change the introduction instead: net edit ${by} --on DATE, or net rm ${by} (its credits go with it).`
        : `Change the ask instead: net edit ${by} --what TEXT --size SIZE, or net rm ${by} (this entry goes with it).`,
    );
  }
}
