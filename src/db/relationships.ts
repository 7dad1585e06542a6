import type { Kysely } from "kysely";
import type { Balance, Depth } from "../domain/depth.js";
import type { DB } from "./schema.js";

// CONTRACT (being built by the depth work): depth, balance and last contact for many people in one pass.
export interface Relationship {
  readonly personId: number;
  readonly depth: Depth;
  readonly balance: Balance;
  /** The date of the latest interaction, or null. */
  readonly lastContact: string | null;
}

/** For the given people (or everyone when ids is omitted). Placeholder body: replaced by the depth work. */
export async function relationshipsOf(db: Kysely<DB>, today: string, ids?: readonly number[]): Promise<Map<number, Relationship>> {
  void today;
  let q = db
    .selectFrom("people")
    .leftJoin("interaction_people as ip", "ip.person_id", "people.id")
    .leftJoin("interactions as i", "i.id", "ip.interaction_id")
    .select(["people.id as id", (eb) => eb.fn.max("i.date").as("last")])
    .groupBy("people.id");
  if (ids) q = q.where("people.id", "in", ids.length ? ids : [-1]);
  const rows = await q.execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { personId: r.id, depth: { score: 0, tier: "contact", terms: {} }, balance: { given: 0, received: 0, net: 0 }, lastContact: (r.last as string | null) ?? null },
    ]),
  );
}
