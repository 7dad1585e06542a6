import type { Kysely } from "kysely";
import type { DB, SizeName } from "./schema.js";

type Db = Kysely<DB>;

// The give/take ledger and asks: what you did for people, what they did for you, and what you asked of them.

export interface LedgerEntryInput {
  readonly personId: number;
  readonly direction: "gave" | "got";
  readonly what: string;
  readonly size: SizeName;
  readonly date: string;
  readonly interactionId?: number | null;
  readonly introId?: number | null;
  readonly askId?: number | null;
}

export async function addLedgerEntry(db: Db, entry: LedgerEntryInput): Promise<number> {
  const row = await db
    .insertInto("ledger")
    .values({
      person_id: entry.personId,
      direction: entry.direction,
      what: entry.what,
      size: entry.size,
      date: entry.date,
      interaction_id: entry.interactionId ?? null,
      intro_id: entry.introId ?? null,
      ask_id: entry.askId ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface AskInput {
  readonly personId: number;
  readonly what: string;
  readonly size: SizeName;
  readonly date: string;
  readonly interactionId?: number | null;
}

/** A request you made: it stays open until closed as granted or declined. */
export async function addAsk(db: Db, ask: AskInput): Promise<number> {
  const row = await db
    .insertInto("asks")
    .values({ person_id: ask.personId, what: ask.what, size: ask.size, date: ask.date, interaction_id: ask.interactionId ?? null })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
