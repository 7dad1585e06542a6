import type { Kysely } from "kysely";
import type { RefKind } from "../domain/refs.js";
import { chunksOf } from "./changes.js";
import type { DB } from "./schema.js";
import type { JournalTable } from "./tables.js";

// Entries by reference (c12, f7, l5, a3, i2; p4 a person): which are there, and whom each is about.

type Db = Kysely<DB>;

/** The table of each kind of entry. */
export const TABLE_OF: Readonly<Record<RefKind, JournalTable>> = {
  c: "interactions",
  f: "follow_ups",
  l: "ledger",
  a: "asks",
  i: "intros",
  p: "people",
};

export interface Target {
  readonly kind: RefKind;
  readonly id: number;
}

/** Which of these entries are not in the journal. */
export async function missingEntries(db: Db, targets: readonly Target[]): Promise<Target[]> {
  const missing: Target[] = [];
  for (const kind of Object.keys(TABLE_OF) as RefKind[]) {
    const ids = [...new Set(targets.filter((t) => t.kind === kind).map((t) => t.id))];
    if (ids.length === 0) continue;
    const found = new Set<number>();
    for (const chunk of chunksOf(ids, 5000)) {
      for (const r of await (db as unknown as Kysely<any>).selectFrom(TABLE_OF[kind]).select("id").where("id", "in", chunk).execute())
        found.add(Number(r.id));
    }
    for (const t of targets) if (t.kind === kind && !found.has(t.id)) missing.push(t);
  }
  return missing;
}

/** The people an entry is about: everyone in a conversation, both sides of an introduction, else its one person. */
export async function peopleOfEntry(db: Db, target: Target): Promise<number[]> {
  switch (target.kind) {
    case "p":
      return [target.id];
    case "c":
      return (
        await db.selectFrom("interaction_people").select("person_id").where("interaction_id", "=", target.id).orderBy("person_id").execute()
      ).map((r) => r.person_id);
    case "i": {
      const intro = await db.selectFrom("intros").select(["a_id", "b_id"]).where("id", "=", target.id).executeTakeFirst();
      return intro ? [intro.a_id, intro.b_id] : [];
    }
    default: {
      const row = await (db as unknown as Kysely<any>)
        .selectFrom(TABLE_OF[target.kind])
        .select("person_id")
        .where("id", "=", target.id)
        .executeTakeFirst();
      return row ? [Number(row.person_id)] : [];
    }
  }
}

/**
 * The introduction or ask that made each of these ledger entries (an introduction's credit to each side, what a granted
 * ask counted as received): such an entry is changed or deleted through what made it, or the numbers would disagree.
 */
export async function ledgerEntriesMadeBy(db: Db, ids: readonly number[]): Promise<Map<number, Target>> {
  const made = new Map<number, Target>();
  for (const chunk of chunksOf([...new Set(ids)], 5000)) {
    for (const r of await db.selectFrom("ledger").select(["id", "intro_id", "ask_id"]).where("id", "in", chunk).execute()) {
      if (r.intro_id !== null) made.set(r.id, { kind: "i", id: r.intro_id });
      else if (r.ask_id !== null) made.set(r.id, { kind: "a", id: r.ask_id });
    }
  }
  return made;
}
