import { sql, type Kysely } from "kysely";
import { newPhrases, phrasesNamed, type Side } from "../domain/needs-offers.js";
import type { Writer } from "./changes.js";
import type { DB } from "./schema.js";

// What the user says of themself (net me): their own needs and offers, which `net who` and `net suggest` read.

export interface AboutMe {
  readonly needs: readonly string[];
  readonly offers: readonly string[];
}

export async function aboutMe(db: Kysely<DB>): Promise<AboutMe> {
  const rows = await db
    .selectFrom("about_me")
    .select(["kind", "value"])
    .where("kind", "in", ["needs", "offers"])
    .orderBy(sql`rowid`)
    .execute();
  return {
    needs: rows.filter((r) => r.kind === "needs").map((r) => r.value),
    offers: rows.filter((r) => r.kind === "offers").map((r) => r.value),
  };
}

/** Adds the phrases not there yet and takes away those named; returns the removals that named none. */
export async function changeAboutMe(
  w: Writer,
  added: Readonly<Record<Side, readonly string[]>>,
  removed: Readonly<Record<Side, readonly string[]>>,
): Promise<Record<Side, string[]>> {
  const before = await aboutMe(w.db);
  const missing: Record<Side, string[]> = { needs: [], offers: [] };
  for (const side of ["needs", "offers"] as const) {
    const { found, missing: none } = phrasesNamed(before[side], removed[side]);
    missing[side] = none;
    if (found.length) await w.delete("about_me", { kind: side, value: found });
    const left = before[side].filter((p) => !found.includes(p));
    const phrases = newPhrases(left, added[side]);
    if (phrases.length)
      await w.insert(
        "about_me",
        phrases.map((value) => ({ kind: side, value })),
      );
  }
  return missing;
}
