import type { Context } from "../../context.js";
import type { Journal } from "../../db/open.js";
import { allNames, peopleNamed, type PersonFields, type PersonRef } from "../../db/people.js";
import { readId, trimInvisible } from "../../domain/input.js";
import { nameKey, resolveName } from "../../domain/names.js";
import { usageError } from "../../errors.js";
import { newOrClose } from "../shared/close-names.js";
import { resolvePerson } from "../shared/resolve-person.js";
import { validName } from "../shared/text-flags.js";

// Who a conversation was with: people already in the journal, and (with --add) names to create in the same transaction.

/** `close`: people already in the journal whose names are close to a new one's, to warn about once it is added. */
export type Who =
  | { readonly kind: "known"; readonly person: PersonRef }
  | {
      readonly kind: "new";
      readonly name: string;
      readonly close: readonly PersonRef[];
      /** What the guided log asked about them (company, title). */
      readonly fields?: PersonFields;
    };

export async function whoFromNames(journal: Journal, names: readonly string[], ctx: Context, add: boolean): Promise<Who[]> {
  const who: Who[] = [];
  for (const raw of names) {
    const name = trimInvisible(raw);
    if (name === "") throw usageError("an empty name was given", "Pass each person's name, e.g. net log ana ben.");
    let found = add ? await knownOrNew(journal, name, ctx) : ({ kind: "known", person: await resolvePerson(journal, name, ctx) } as const);
    if (found.kind === "new") {
      // Someone new must have a name net can keep: one line, not too long.
      validName(found.name);
      const same = await newOrClose(journal, found.name, ctx);
      found = same.kind === "same" ? { kind: "known", person: same.person } : { ...found, close: same.close };
    }
    if (!who.some((w) => sameWho(w, found))) who.push(found);
  }
  return who;
}

/**
 * --add creates a name that matches no one. A one-word prefix ("ana") still means the person it names, but a full
 * name that is only a prefix or a close spelling of someone else ("Dana White" beside "Dana Whitfield") is new.
 */
async function knownOrNew(journal: Journal, name: string, ctx: Context): Promise<Who> {
  if (readId(name) === null && (await peopleNamed(journal.db, name)).length === 0) {
    const resolution = resolveName(name, await allNames(journal.db));
    const fullName = nameKey(name).includes(" ");
    if (resolution.kind === "unknown") return { kind: "new", name, close: [] };
    if (resolution.kind === "found") {
      if (resolution.match === "fuzzy" || (fullName && resolution.match === "prefix")) return { kind: "new", name, close: [] };
      return { kind: "known", person: resolution.person };
    }
    if (fullName) return { kind: "new", name, close: [] };
  }
  return { kind: "known", person: await resolvePerson(journal, name, ctx) };
}

function sameWho(a: Who, b: Who): boolean {
  if (a.kind === "known" && b.kind === "known") return a.person.id === b.person.id;
  if (a.kind === "new" && b.kind === "new") return nameKey(a.name) === nameKey(b.name);
  return false;
}
