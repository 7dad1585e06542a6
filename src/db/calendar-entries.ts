import type { Kysely } from "kysely";
import type { CalendarBirthday, CalendarFollowUp, EntryKind, EntryStatus, PublishedEntry } from "../domain/calendar.js";
import type { DB } from "./schema.js";

type Db = Kysely<DB>;

// What the calendar export reads (follow-ups with the names their titles need, birthdays) and what it remembers of
// the entries it wrote (migration 10), so the next export can say what changed.

/** Open follow-ups (intro check-ins included), and those done on or after doneSince when it is given. */
export async function calendarFollowUps(db: Db, doneSince: string | null): Promise<CalendarFollowUp[]> {
  const rows = await db
    .selectFrom("follow_ups as f")
    .innerJoin("people as p", "p.id", "f.person_id")
    .leftJoin("intros as i", "i.id", "f.intro_id")
    .leftJoin("people as a", "a.id", "i.a_id")
    .leftJoin("people as b", "b.id", "i.b_id")
    .select(["f.id", "f.due", "f.note", "f.done_on", "p.name as person", "i.id as introId", "a.name as introA", "b.name as introB"])
    .where((eb) =>
      doneSince === null ? eb("f.done_on", "is", null) : eb.or([eb("f.done_on", "is", null), eb("f.done_on", ">=", doneSince)]),
    )
    .orderBy("f.due")
    .orderBy("f.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    due: r.due,
    note: r.note,
    person: r.person,
    intro: r.introId !== null && r.introA !== null && r.introB !== null ? { id: r.introId, a: r.introA, b: r.introB } : null,
    doneOn: r.done_on,
  }));
}

/** The birthdays of people not archived, by id. */
export async function calendarBirthdays(db: Db): Promise<CalendarBirthday[]> {
  const rows = await db
    .selectFrom("people")
    .select(["id", "name", "birthday"])
    .where("birthday", "is not", null)
    .where("archived", "=", 0)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ personId: r.id, name: r.name, birthday: r.birthday! }));
}

export async function publishedEntries(db: Db): Promise<PublishedEntry[]> {
  const rows = await db.selectFrom("calendar_entries").selectAll().orderBy("uid").execute();
  return rows.map((r) => ({
    uid: r.uid,
    kind: r.kind as EntryKind,
    startsOn: r.starts_on,
    summary: r.summary,
    description: r.description,
    rrule: r.rrule,
    status: r.status as EntryStatus,
    completedOn: r.completed_on,
    sequence: r.sequence,
    modifiedOn: r.modified_on,
    endedOn: r.ended_on,
  }));
}

const REPLACED = [
  "kind",
  "starts_on",
  "summary",
  "description",
  "rrule",
  "status",
  "completed_on",
  "sequence",
  "modified_on",
  "ended_on",
] as const satisfies readonly Exclude<keyof DB["calendar_entries"], "uid">[];

/** Remembers entries as this export wrote them, each replacing what was remembered under its UID. */
export async function rememberEntries(db: Db, entries: readonly PublishedEntry[]): Promise<void> {
  // SQLite allows 32,766 bound values a statement: 11 columns a row, 2,000 rows a statement.
  for (let i = 0; i < entries.length; i += 2000) {
    const rows = entries.slice(i, i + 2000).map((e) => ({
      uid: e.uid,
      kind: e.kind,
      starts_on: e.startsOn,
      summary: e.summary,
      description: e.description,
      rrule: e.rrule,
      status: e.status,
      completed_on: e.completedOn,
      sequence: e.sequence,
      modified_on: e.modifiedOn,
      ended_on: e.endedOn,
    }));
    await db
      .insertInto("calendar_entries")
      .values(rows)
      // Every column but the UID takes the new row's value.
      .onConflict((oc) =>
        oc.column("uid").doUpdateSet((eb) => Object.fromEntries(REPLACED.map((column) => [column, eb.ref(`excluded.${column}`)]))),
      )
      .execute();
  }
}
