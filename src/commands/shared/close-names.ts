import type { Context } from "../../context.js";
import type { Journal } from "../../db/open.js";
import { allCandidates, type PersonRef } from "../../db/people.js";
import { closeNames } from "../../domain/names.js";
import { say } from "../../ui/output.js";
import { visible } from "../../ui/visible.js";

// A new name close to someone already in the journal (one letter off, or the same name with other accents or case) is
// often that person typed again: asked at a terminal before anything is written, warned about afterwards without one.

/** At most this many close names are offered or named. */
const SHOWN = 5;

export type NewName =
  | { readonly kind: "same"; readonly person: PersonRef }
  | { readonly kind: "new"; readonly close: readonly PersonRef[] };

/** Whether a name about to be added is someone already there: the user says so at a terminal; without one it is new. */
export async function newOrClose(journal: Journal, name: string, ctx: Context): Promise<NewName> {
  const found = closeNames(name, await allCandidates(journal.db)).slice(0, SHOWN);
  const close = found.map((p): PersonRef => ({ id: p.id, name: p.name }));
  if (close.length === 0 || !ctx.interactive || ctx.json) return { kind: "new", close };
  const [{ choose }, { candidateLabel }] = await Promise.all([import("../../ui/prompts.js"), import("../../ui/candidate.js")]);
  const question = close.length === 1 ? `Is "${name}" ${close[0]!.name} (#${close[0]!.id})?` : `Is "${name}" one of these people?`;
  const picked = await choose<PersonRef | null>(question, [
    ...found.map((p, i) => ({ name: `${close.length === 1 ? "Yes, " : ""}${candidateLabel(p, ctx.today)}`, value: close[i]! })),
    { name: `No, add "${name}" as a new person`, value: null },
  ]);
  return picked ? { kind: "same", person: picked } : { kind: "new", close: [] };
}

/** After a name was added beside close ones: which they are and how to fold them together. */
export function sayCloseNames(added: PersonRef, close: readonly PersonRef[]): void {
  if (close.length === 0) return;
  const them = close.map((p) => `${visible(p.name)} (#${p.id})`).join(", ");
  const merge = close.map((p) => `net merge ${p.id} ${added.id}`).join(" or ");
  say(
    `net: added ${visible(added.name)} (#${added.id}); ${them} ${close.length === 1 ? "has a close name" : "have close names"} — if they are the same person: ${merge}`,
  );
}
