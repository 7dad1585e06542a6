import type { Kysely } from "kysely";
import { asksOf, ledgerOf } from "../../db/ledger.js";
import { cadenceOf, type PersonRef } from "../../db/people.js";
import type { Relationship } from "../../db/relationships.js";
import type { DB } from "../../db/schema.js";
import type { SizeName } from "../../domain/sizes.js";
import { askFactsFrom, verdictFor, type AskFacts, type AskVerdict } from "../../domain/verdict.js";

/** What `net ask` says of asking this person for something of this size today, and the facts it weighed. */
export async function askVerdictOf(
  db: Kysely<DB>,
  person: PersonRef,
  relationship: Relationship,
  size: SizeName,
  today: string,
): Promise<AskVerdict & { facts: AskFacts }> {
  const [cadenceDays, asks, ledger] = await Promise.all([cadenceOf(db, person.id), asksOf(db, person.id), ledgerOf(db, person.id)]);
  const facts = askFactsFrom(
    {
      id: person.id,
      name: person.name,
      size,
      depth: relationship.depth,
      balance: relationship.balance,
      lastContact: relationship.lastContact,
      cadenceDays,
    },
    { asks, ledger },
  );
  return { ...verdictFor(facts, today), facts };
}
