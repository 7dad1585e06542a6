import type { Kysely } from "kysely";
import type { DB } from "./schema.js";
import type { PersonRef } from "./people.js";
import type { Writer } from "./changes.js";

type Db = Kysely<DB>;

// Follow-ups: promises to get back to someone by a date. Open ones have no done_on.

export interface FollowUp {
  readonly id: number;
  readonly person: PersonRef;
  readonly due: string;
  readonly note: string | null;
  readonly interactionId: number | null;
  readonly introId: number | null;
  readonly doneOn: string | null;
}

export interface NewFollowUp {
  readonly personId: number;
  readonly due: string;
  readonly note: string | null;
  readonly interactionId?: number | null;
  readonly introId?: number | null;
}

export async function addFollowUp(w: Writer, followUp: NewFollowUp, today: string): Promise<number> {
  const [id] = await w.insert("follow_ups", [
    {
      person_id: followUp.personId,
      due: followUp.due,
      note: followUp.note,
      interaction_id: followUp.interactionId ?? null,
      intro_id: followUp.introId ?? null,
      created_on: today,
    },
  ]);
  return id!;
}

function selectFollowUps(db: Db) {
  return db
    .selectFrom("follow_ups as f")
    .innerJoin("people as p", "p.id", "f.person_id")
    .select(["f.id", "f.due", "f.note", "f.interaction_id", "f.intro_id", "f.done_on", "p.id as person_id", "p.name as person_name"]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectFollowUps>["execute"]>>[number];

function fromRow(r: Row): FollowUp {
  return {
    id: r.id,
    person: { id: r.person_id, name: r.person_name },
    due: r.due,
    note: r.note,
    interactionId: r.interaction_id,
    introId: r.intro_id,
    doneOn: r.done_on,
  };
}

/** Follow-ups by id, in the order asked; ids that do not exist are left out. */
export async function followUpsByIds(db: Db, ids: readonly number[]): Promise<FollowUp[]> {
  if (ids.length === 0) return [];
  const rows = await selectFollowUps(db).where("f.id", "in", ids).execute();
  const byId = new Map(rows.map((r) => [r.id, fromRow(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Every open follow-up due on or before `until`, oldest first (reads the follow_ups_open_due index). */
export async function openFollowUpsUntil(db: Db, until: string): Promise<FollowUp[]> {
  const rows = await selectFollowUps(db)
    .where("f.done_on", "is", null)
    .where("f.due", "<=", until)
    .orderBy("f.due")
    .orderBy("f.id")
    .execute();
  return rows.map(fromRow);
}

/** These people's open follow-ups (only those due on or before `until`, when given), oldest first. */
export async function openFollowUpsOf(db: Db, personIds: readonly number[], until?: string): Promise<FollowUp[]> {
  if (personIds.length === 0) return [];
  const rows = await selectFollowUps(db)
    .where("f.person_id", "in", personIds)
    .where("f.done_on", "is", null)
    .$if(until !== undefined, (q) => q.where("f.due", "<=", until!))
    .orderBy("f.due")
    .orderBy("f.id")
    .execute();
  return rows.map(fromRow);
}

export async function markDone(w: Writer, ids: readonly number[], on: string): Promise<void> {
  if (ids.length === 0) return;
  await w.update("follow_ups", { id: [...ids], done_on: null }, { done_on: on });
}

export async function moveFollowUp(w: Writer, id: number, due: string): Promise<void> {
  await w.update("follow_ups", { id }, { due });
}

/** Changes a follow-up's day or note. */
export async function editFollowUp(w: Writer, id: number, edit: { readonly due?: string; readonly note?: string | null }): Promise<void> {
  await w.update("follow_ups", { id }, { due: edit.due, note: edit.note });
}
