import { sql, type Kysely } from "kysely";
import { usageError } from "../errors.js";
import type { Writer } from "./changes.js";
import type { DB } from "./schema.js";
import type { SizeName } from "../domain/sizes.js";
import { refOf } from "../domain/refs.js";

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

export async function addLedgerEntry(w: Writer, entry: LedgerEntryInput): Promise<number> {
  const [id] = await w.insert("ledger", [
    {
      person_id: entry.personId,
      direction: entry.direction,
      what: entry.what,
      size: entry.size,
      date: entry.date,
      interaction_id: entry.interactionId ?? null,
      intro_id: entry.introId ?? null,
      ask_id: entry.askId ?? null,
    },
  ]);
  return id!;
}

/** The first entry already recorded with this person, direction, what and day: a second one is most likely a slip. */
export async function sameLedgerEntry(
  db: Db,
  entry: Pick<LedgerEntryInput, "personId" | "direction" | "what" | "date">,
): Promise<{ id: number } | undefined> {
  return db
    .selectFrom("ledger")
    .select("id")
    .where("person_id", "=", entry.personId)
    .where("direction", "=", entry.direction)
    .where("what", "=", entry.what)
    .where("date", "=", entry.date)
    .orderBy("id")
    .executeTakeFirst();
}

export interface AskInput {
  readonly personId: number;
  readonly what: string;
  readonly size: SizeName;
  readonly date: string;
  readonly interactionId?: number | null;
}

/** A request you made: it stays open until closed as granted or declined. */
export async function addAsk(w: Writer, ask: AskInput): Promise<number> {
  const [id] = await w.insert("asks", [
    { person_id: ask.personId, what: ask.what, size: ask.size, date: ask.date, status: "open", interaction_id: ask.interactionId ?? null },
  ]);
  return id!;
}

export interface AskRow {
  readonly id: number;
  readonly person: { readonly id: number; readonly name: string };
  readonly what: string;
  readonly size: SizeName;
  readonly on: string;
  readonly status: "open" | "granted" | "declined";
  readonly closedOn: string | null;
}

function selectAsks(db: Db) {
  return db
    .selectFrom("asks as a")
    .innerJoin("people as p", "p.id", "a.person_id")
    .select(["a.id", "a.what", "a.size", "a.date", "a.status", "a.closed_on", "p.id as person_id", "p.name as person_name"]);
}

function askFromRow(r: Awaited<ReturnType<ReturnType<typeof selectAsks>["execute"]>>[number]): AskRow {
  return {
    id: r.id,
    person: { id: r.person_id, name: r.person_name },
    what: r.what,
    size: r.size,
    on: r.date,
    status: r.status,
    closedOn: r.closed_on,
  };
}

/** Every ask: open ones first (oldest first), then closed ones, most recent first. */
export async function listAsks(db: Db): Promise<AskRow[]> {
  const rows = await selectAsks(db)
    .orderBy(sql`a.status = 'open'`, "desc")
    .orderBy(sql`CASE WHEN a.status = 'open' THEN a.date END`, "asc")
    .orderBy(sql`coalesce(a.closed_on, a.date)`, "desc")
    .orderBy("a.id", "desc")
    .execute();
  return rows.map(askFromRow);
}

/** Asks made on or before this day and still open, the oldest first. */
export async function openAsksSince(db: Db, onOrBefore: string): Promise<AskRow[]> {
  const rows = await selectAsks(db)
    .where("a.status", "=", "open")
    .where("a.date", "<=", onOrBefore)
    .orderBy("a.date")
    .orderBy("a.id")
    .execute();
  return rows.map(askFromRow);
}

/** One person's asks, newest first (through the asks_person index). */
export async function asksOf(db: Db, personId: number): Promise<AskRow[]> {
  const rows = await selectAsks(db).where("a.person_id", "=", personId).orderBy("a.date", "desc").orderBy("a.id", "desc").execute();
  return rows.map(askFromRow);
}

export async function askById(db: Db, id: number): Promise<AskRow | undefined> {
  const row = await selectAsks(db).where("a.id", "=", id).executeTakeFirst();
  return row ? askFromRow(row) : undefined;
}

/**
 * Closes an open ask; a granted one becomes a `got` entry at the ask's size, linked to it. Returns that entry's id.
 * Run it inside journal.write: the status is checked by the update itself, so two closes at once cannot both count.
 */
export async function closeAsk(w: Writer, ask: AskRow, outcome: "granted" | "declined", on: string): Promise<number | null> {
  const closed = await w.update("asks", { id: ask.id, status: "open" }, { status: outcome, closed_on: on });
  if (closed !== 1) throw usageError(`ask ${refOf("a", ask.id)} is already closed`, "Nothing was changed. See open asks with `net asks`.");
  if (outcome === "declined") return null;
  return addLedgerEntry(w, { personId: ask.person.id, direction: "got", what: ask.what, size: ask.size, date: on, askId: ask.id });
}

export interface LedgerRow {
  readonly id: number;
  readonly direction: "gave" | "got";
  readonly what: string;
  readonly size: SizeName;
  readonly date: string;
}

/** One person's ledger, oldest first (through the ledger_person index). */
export async function ledgerOf(db: Db, personId: number): Promise<LedgerRow[]> {
  return db
    .selectFrom("ledger")
    .select(["id", "direction", "what", "size", "date"])
    .where("person_id", "=", personId)
    .orderBy("date")
    .orderBy("id")
    .execute();
}

export interface LedgerTallyRow {
  readonly person: { readonly id: number; readonly name: string };
  readonly direction: "gave" | "got";
  readonly size: SizeName;
  readonly count: number;
}

/** Counts per person, direction and size: everything `net balance` needs, in one GROUP BY. */
export async function ledgerTallies(db: Db): Promise<LedgerTallyRow[]> {
  const rows = await db
    .selectFrom("ledger as l")
    .innerJoin("people as p", "p.id", "l.person_id")
    .select(["p.id", "p.name", "l.direction", "l.size", (eb) => eb.fn.countAll<number>().as("count")])
    .groupBy(["p.id", "l.direction", "l.size"])
    .execute();
  return rows.map((r) => ({ person: { id: r.id, name: r.name }, direction: r.direction, size: r.size, count: Number(r.count) }));
}

/** One ledger entry, as `net gave --json` shows it, with what it came from (a conversation, an introduction, an ask). */
export interface LedgerEntry {
  readonly id: number;
  readonly person: { readonly id: number; readonly name: string };
  readonly direction: "gave" | "got";
  readonly what: string;
  readonly size: SizeName;
  readonly on: string;
  readonly interactionId: number | null;
  readonly introId: number | null;
  readonly askId: number | null;
}

export async function ledgerEntryById(db: Db, id: number): Promise<LedgerEntry | undefined> {
  const r = await db
    .selectFrom("ledger as l")
    .innerJoin("people as p", "p.id", "l.person_id")
    .select([
      "l.id",
      "l.direction",
      "l.what",
      "l.size",
      "l.date",
      "l.interaction_id",
      "l.intro_id",
      "l.ask_id",
      "p.id as person_id",
      "p.name as person_name",
    ])
    .where("l.id", "=", id)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    person: { id: r.person_id, name: r.person_name },
    direction: r.direction,
    what: r.what,
    size: r.size,
    on: r.date,
    interactionId: r.interaction_id,
    introId: r.intro_id,
    askId: r.ask_id,
  };
}

/** What can be corrected in a ledger entry or an ask: its day, what it was, its size. */
export interface WhatEdit {
  readonly date?: string;
  readonly what?: string;
  readonly size?: SizeName;
}

export async function editLedgerEntry(w: Writer, id: number, edit: WhatEdit): Promise<void> {
  await w.update("ledger", { id }, { date: edit.date, what: edit.what, size: edit.size });
}

/**
 * Changes an ask. A granted one's `got` entry was copied from it: where it still says what the ask said, it follows the
 * new what and size (its day stays the day it was granted). Returns the ids of the entries that followed.
 */
export async function editAsk(w: Writer, before: AskRow, edit: WhatEdit): Promise<number[]> {
  await w.update("asks", { id: before.id }, { date: edit.date, what: edit.what, size: edit.size });
  const followed = new Set<number>();
  for (const [column, old, value] of [
    ["what", before.what, edit.what],
    ["size", before.size, edit.size],
  ] as const) {
    if (value === undefined || value === old) continue;
    const rows = await w.db.selectFrom("ledger").select("id").where("ask_id", "=", before.id).where(column, "=", old).execute();
    for (const r of rows) followed.add(r.id);
    await w.update("ledger", { ask_id: before.id, [column]: old }, { [column]: value });
  }
  return [...followed].sort((a, b) => a - b);
}
