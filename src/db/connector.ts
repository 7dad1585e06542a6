import { sql, type Kysely } from "kysely";
import type { DB } from "./schema.js";

// What `net suggest` reads: everyone's needs and offers, and which pairs were ever introduced.

export interface PersonPhrases {
  readonly id: number;
  readonly name: string;
  readonly needs: string[];
  readonly offers: string[];
}

/** People not archived who have a need or an offer, each with all of theirs in the order written down. */
export async function peopleWithPhrases(db: Kysely<DB>): Promise<PersonPhrases[]> {
  const [needs, offers] = await Promise.all(
    (["person_needs", "person_offers"] as const).map((table) =>
      db
        .selectFrom(`${table} as t`)
        .innerJoin("people as p", "p.id", "t.person_id")
        .select(["p.id", "p.name", "t.phrase"])
        .where("p.archived", "=", 0)
        .orderBy("p.id")
        .orderBy(sql`t.rowid`)
        .execute(),
    ),
  );
  const people = new Map<number, PersonPhrases>();
  const of = (id: number, name: string) => people.get(id) ?? people.set(id, { id, name, needs: [], offers: [] }).get(id)!;
  for (const r of needs!) of(r.id, r.name).needs.push(r.phrase);
  for (const r of offers!) of(r.id, r.name).offers.push(r.phrase);
  return [...people.values()];
}

/** Every pair ever introduced (proposed or made), as "a:b" with the lower id first. */
export async function introducedPairs(db: Kysely<DB>): Promise<Set<string>> {
  const rows = await db.selectFrom("intros").select(["a_id", "b_id"]).execute();
  return new Set(rows.map((r) => (r.a_id < r.b_id ? `${r.a_id}:${r.b_id}` : `${r.b_id}:${r.a_id}`)));
}
