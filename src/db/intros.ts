import type { Kysely } from "kysely";
import { checkInDue, checkInNote } from "../domain/intros.js";
import { usageError } from "../errors.js";
import { addFollowUp } from "./follow-ups.js";
import { addLedgerEntry } from "./ledger.js";
import type { PersonRef } from "./people.js";
import type { Writer } from "./changes.js";
import { refOf } from "../domain/refs.js";
import type { DB } from "./schema.js";

type Db = Kysely<DB>;

// Introductions: proposed ones are only a note; a made one is a medium give to both people and a check-in two weeks later.

export interface Intro {
  readonly id: number;
  readonly a: PersonRef;
  readonly b: PersonRef;
  readonly why: string | null;
  readonly status: "proposed" | "made";
  readonly proposedOn: string | null;
  readonly madeOn: string | null;
  readonly outcome: "met" | "fizzled" | null;
  readonly outcomeNote: string | null;
  readonly outcomeOn: string | null;
}

function selectIntros(db: Db) {
  return db
    .selectFrom("intros as i")
    .innerJoin("people as a", "a.id", "i.a_id")
    .innerJoin("people as b", "b.id", "i.b_id")
    .select([
      "i.id",
      "i.why",
      "i.status",
      "i.proposed_on",
      "i.made_on",
      "i.outcome",
      "i.outcome_note",
      "i.outcome_on",
      "a.id as a_id",
      "a.name as a_name",
      "b.id as b_id",
      "b.name as b_name",
    ]);
}

function fromRow(r: Awaited<ReturnType<ReturnType<typeof selectIntros>["execute"]>>[number]): Intro {
  return {
    id: r.id,
    a: { id: r.a_id, name: r.a_name },
    b: { id: r.b_id, name: r.b_name },
    why: r.why,
    status: r.status,
    proposedOn: r.proposed_on,
    madeOn: r.made_on,
    outcome: r.outcome,
    outcomeNote: r.outcome_note,
    outcomeOn: r.outcome_on,
  };
}

export async function introById(db: Db, id: number): Promise<Intro | undefined> {
  const row = await selectIntros(db).where("i.id", "=", id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** The pair's first introduction (either way round) that is proposed, or made with no outcome yet: still under way. */
export async function openIntroOf(db: Db, aId: number, bId: number): Promise<Intro | undefined> {
  const row = await selectIntros(db)
    .where((eb) =>
      eb.or([eb.and([eb("i.a_id", "=", aId), eb("i.b_id", "=", bId)]), eb.and([eb("i.a_id", "=", bId), eb("i.b_id", "=", aId)])]),
    )
    .where("i.status", "in", ["proposed", "made"])
    .where("i.outcome", "is", null)
    .orderBy("i.id")
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Every introduction, newest first. */
export async function listIntros(db: Db): Promise<Intro[]> {
  const rows = await selectIntros(db)
    .orderBy((eb) => eb.fn.coalesce("i.made_on", "i.proposed_on"), "desc")
    .orderBy("i.id", "desc")
    .execute();
  return rows.map(fromRow);
}

/** Introductions proposed on or before this day and not made yet, the oldest first. */
export async function proposedSince(db: Db, onOrBefore: string): Promise<Intro[]> {
  const rows = await selectIntros(db)
    .where("i.status", "=", "proposed")
    .where("i.proposed_on", "<=", onOrBefore)
    .orderBy("i.proposed_on")
    .orderBy("i.id")
    .execute();
  return rows.map(fromRow);
}

export interface NewIntro {
  readonly a: PersonRef;
  readonly b: PersonRef;
  readonly why: string | null;
  readonly on: string;
  readonly proposed: boolean;
}

/** Records an introduction; a made one also gets its credit and check-in. Returns its id. */
export async function addIntro(w: Writer, intro: NewIntro, today: string): Promise<number> {
  const [id] = await w.insert("intros", [
    {
      a_id: intro.a.id,
      b_id: intro.b.id,
      why: intro.why,
      status: intro.proposed ? "proposed" : "made",
      proposed_on: intro.proposed ? intro.on : null,
      made_on: intro.proposed ? null : intro.on,
    },
  ]);
  if (!intro.proposed) await creditIntro(w, { id: id!, a: intro.a, b: intro.b }, intro.on, today);
  return id!;
}

/** A proposed introduction happened: mark it made, with its credit and check-in. */
export async function markIntroMade(w: Writer, intro: Pick<Intro, "id" | "a" | "b">, on: string, today: string): Promise<void> {
  // The status is checked by the update itself (inside journal.write), so two at once cannot both earn the credit.
  const made = await w.update("intros", { id: intro.id, status: "proposed" }, { status: "made", made_on: on });
  if (made !== 1)
    throw usageError(
      `introduction ${refOf("i", intro.id)} was already made`,
      `Nothing was changed. Record how it went with: net intros outcome ${refOf("i", intro.id)} met (or fizzled).`,
    );
  await creditIntro(w, intro, on, today);
}

/** A medium give to each side, and one follow-up on the first person to ask how it went. Returns the follow-up's id. */
async function creditIntro(w: Writer, intro: Pick<Intro, "id" | "a" | "b">, on: string, today: string): Promise<number> {
  for (const [to, other] of [
    [intro.a, intro.b],
    [intro.b, intro.a],
  ] as const) {
    await addLedgerEntry(w, {
      personId: to.id,
      direction: "gave",
      what: `introduced to ${other.name}`,
      size: "medium",
      date: on,
      introId: intro.id,
    });
  }
  return addFollowUp(
    w,
    {
      personId: intro.a.id,
      due: checkInDue(on),
      note: checkInNote(intro.a.name, intro.b.name),
      introId: intro.id,
    },
    today,
  );
}

/** Records how it went and closes its open check-ins. */
export async function recordIntroOutcome(
  w: Writer,
  id: number,
  outcome: "met" | "fizzled",
  note: string | null,
  on: string,
): Promise<number[]> {
  const recorded = await w.update("intros", { id, status: "made", outcome: null }, { outcome, outcome_note: note, outcome_on: on });
  if (recorded !== 1)
    throw usageError(
      `introduction ${refOf("i", id)} already has an outcome, or is not made yet`,
      "Nothing was changed. See it with `net intros`.",
    );
  const open = await w.db
    .selectFrom("follow_ups")
    .select("id")
    .where("intro_id", "=", id)
    .where("done_on", "is", null)
    .orderBy("id")
    .execute();
  const ids = open.map((r) => r.id);
  await w.update("follow_ups", { id: ids }, { done_on: on });
  return ids;
}

/** The check-in follow-up of an introduction, if any. */
export async function checkInOf(db: Db, introId: number): Promise<{ id: number; due: string; doneOn: string | null } | undefined> {
  const row = await db
    .selectFrom("follow_ups")
    .select(["id", "due", "done_on"])
    .where("intro_id", "=", introId)
    .orderBy("id")
    .executeTakeFirst();
  return row ? { id: row.id, due: row.due, doneOn: row.done_on } : undefined;
}

/**
 * Changes an introduction's day (the one its status goes by: proposed_on while proposed, made_on once made) or why.
 * A made one's credit, recorded on the day it was made, moves with it, and so does its check-in while still open and
 * due when that day set it. Returns the ids of the ledger entries and follow-up that moved.
 */
export async function editIntro(
  w: Writer,
  before: Intro,
  edit: { readonly on?: string; readonly why?: string | null },
): Promise<{ ledger: number[]; followUps: number[] }> {
  const column = before.status === "made" ? "made_on" : "proposed_on";
  const was = before.status === "made" ? before.madeOn : before.proposedOn;
  await w.update("intros", { id: before.id }, { why: edit.why, ...(edit.on !== undefined ? { [column]: edit.on } : {}) });
  if (before.status !== "made" || edit.on === undefined || was === null || edit.on === was) return { ledger: [], followUps: [] };
  const ledger = (
    await w.db.selectFrom("ledger").select("id").where("intro_id", "=", before.id).where("date", "=", was).orderBy("id").execute()
  ).map((r) => r.id);
  await w.update("ledger", { id: ledger }, { date: edit.on });
  const checkIns = (
    await w.db
      .selectFrom("follow_ups")
      .select("id")
      .where("intro_id", "=", before.id)
      .where("done_on", "is", null)
      .where("due", "=", checkInDue(was))
      .orderBy("id")
      .execute()
  ).map((r) => r.id);
  await w.update("follow_ups", { id: checkIns }, { due: checkInDue(edit.on) });
  return { ledger, followUps: checkIns };
}
