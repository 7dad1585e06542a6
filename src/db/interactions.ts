import { sql, type Kysely } from "kysely";
import { jsonColumns } from "./json-rows.js";
import { addDays } from "../domain/dates.js";
import { RHYTHM_DAYS, RHYTHM_MIN_CONVERSATIONS, RHYTHM_MIN_DAYS, type KeepInTouch, type Rhythm } from "../domain/due.js";
import type { Writer } from "./changes.js";
import type { DB } from "./schema.js";
import type { ChannelName, Initiator } from "../domain/channels.js";

type Db = Kysely<DB>;

// Interactions: conversations on a date, through a channel, with one or more people.

export interface NewInteraction {
  readonly date: string;
  readonly channel: ChannelName;
  readonly initiatedBy: Initiator;
  readonly note: string | null;
  readonly personIds: readonly number[];
}

export async function addInteraction(w: Writer, interaction: NewInteraction, today: string): Promise<number> {
  const [id] = await w.insert("interactions", [
    {
      date: interaction.date,
      channel: interaction.channel,
      initiated_by: interaction.initiatedBy,
      note: interaction.note,
      created_on: today,
    },
  ]);
  await w.insert(
    "interaction_people",
    interaction.personIds.map((person_id) => ({ interaction_id: id!, person_id })),
  );
  return id!;
}

/**
 * People (not archived) with a cadence, each with their last interaction (kept on people, migration 06).
 * The two filters match the partial index people_keep_in_touch (migration 05), so only those few people are read.
 */
export async function keepInTouchList(db: Db): Promise<KeepInTouch[]> {
  const rows = await db
    .selectFrom("people as p")
    .select(["p.id", "p.name", "p.cadence_days", "p.met_on", "p.created_on", "p.last_contact"])
    .where("p.cadence_days", "is not", null)
    .where("p.archived", "=", 0)
    // 0 is "none": never going cold.
    .where("p.cadence_days", ">", 0)
    .execute();
  return rows.map((r) => ({
    person: { id: r.id, name: r.name },
    cadenceDays: r.cadence_days!,
    lastContact: r.last_contact,
    metOn: r.met_on,
    createdOn: r.created_on,
  }));
}

/**
 * People (not archived) without a cadence whose last conversation is RHYTHM_MIN_DAYS or more before today, each with
 * the distinct days of their latest RHYTHM_DAYS conversations up to today, newest first: whom rhythm can find going cold.
 */
export async function rhythmList(db: Db, today: string): Promise<Rhythm[]> {
  // Two column reads (no window function, no per-person query): the candidates, and their conversation days newest
  // first, through the covering index interaction_people_person_window.
  const who = sql`p.cadence_days IS NULL AND p.archived = 0 AND p.last_contact <= ${addDays(today, -RHYTHM_MIN_DAYS)}`;
  const [people, days] = await Promise.all([
    jsonColumns<{ id: number; name: string }>(db, ["id", "name"], sql`SELECT p.id, p.name FROM people p WHERE ${who} ORDER BY p.id`),
    jsonColumns<{ person_id: number; date: string }>(
      db,
      ["person_id", "date"],
      sql`SELECT ip.person_id, ip.date FROM people p JOIN interaction_people ip ON ip.person_id = p.id
          WHERE ${who} AND ip.date <= ${today} ORDER BY ip.person_id, ip.date DESC`,
    ),
  ]);
  const out: Rhythm[] = [];
  const ids = days.person_id;
  const dates = days.date;
  let at = 0;
  for (let i = 0; i < people.id.length; i++) {
    const id = people.id[i]!;
    while (at < ids.length && ids[at]! < id) at++;
    const recent: string[] = [];
    for (; at < ids.length && ids[at] === id; at++) {
      const day = dates[at]!;
      // Distinct days, the latest RHYTHM_DAYS of them.
      if (recent.length < RHYTHM_DAYS && recent.at(-1) !== day) recent.push(day);
    }
    if (recent.length >= RHYTHM_MIN_CONVERSATIONS)
      out.push({ person: { id, name: people.name[i]! }, lastContact: recent[0]!, recentDays: recent });
  }
  return out;
}

/**
 * The first conversation with exactly these people (no more, no fewer), on this date, through this channel, with this
 * note (no note matches no note): logging it again would count it twice.
 */
export async function sameInteraction(db: Db, interaction: Omit<NewInteraction, "initiatedBy">): Promise<{ id: number } | undefined> {
  const ids = [...new Set(interaction.personIds)];
  if (ids.length === 0) return undefined;
  return db
    .selectFrom("interactions as i")
    .select("i.id")
    .where("i.date", "=", interaction.date)
    .where("i.channel", "=", interaction.channel)
    .where((eb) => (interaction.note === null ? eb("i.note", "is", null) : eb("i.note", "=", interaction.note)))
    .where((eb) =>
      eb.and([
        eb(
          eb
            .selectFrom("interaction_people as ip")
            .select((s) => s.fn.countAll<number>().as("n"))
            .whereRef("ip.interaction_id", "=", "i.id"),
          "=",
          ids.length,
        ),
        eb(
          eb
            .selectFrom("interaction_people as ip")
            .select((s) => s.fn.countAll<number>().as("n"))
            .whereRef("ip.interaction_id", "=", "i.id")
            .where("ip.person_id", "in", ids),
          "=",
          ids.length,
        ),
      ]),
    )
    .orderBy("i.id")
    .executeTakeFirst();
}

/** One conversation as `net log --json` shows it: who was there, in the order they were added. */
export interface Interaction {
  readonly id: number;
  readonly date: string;
  readonly channel: ChannelName;
  readonly initiatedBy: Initiator;
  readonly note: string | null;
  readonly people: readonly { readonly id: number; readonly name: string }[];
}

export async function interactionById(db: Db, id: number): Promise<Interaction | undefined> {
  const row = await db
    .selectFrom("interactions")
    .select(["id", "date", "channel", "initiated_by", "note"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const people = await db
    .selectFrom("interaction_people as ip")
    .innerJoin("people as p", "p.id", "ip.person_id")
    .select(["p.id", "p.name"])
    .where("ip.interaction_id", "=", id)
    .orderBy("p.id")
    .execute();
  return { id: row.id, date: row.date, channel: row.channel, initiatedBy: row.initiated_by, note: row.note, people };
}

export interface InteractionEdit {
  readonly date?: string;
  readonly channel?: ChannelName;
  readonly initiatedBy?: Initiator;
  readonly note?: string | null;
  readonly addPeople?: readonly number[];
  readonly removePeople?: readonly number[];
}

/**
 * Changes a conversation. A new date also moves what was recorded with it on its old day (the --gave, --got and --asked
 * of the same `net log`), so that the conversation and what came of it stay on one day. Returns the ids of those moved.
 */
export async function editInteraction(
  w: Writer,
  before: Interaction,
  edit: InteractionEdit,
): Promise<{ ledger: number[]; asks: number[] }> {
  await w.update(
    "interactions",
    { id: before.id },
    { date: edit.date, channel: edit.channel, initiated_by: edit.initiatedBy, note: edit.note },
  );
  const removed = edit.removePeople ?? [];
  if (removed.length > 0) await w.delete("interaction_people", { interaction_id: before.id, person_id: [...removed] });
  const added = (edit.addPeople ?? []).filter((id) => !before.people.some((p) => p.id === id));
  if (added.length > 0)
    await w.insert(
      "interaction_people",
      added.map((person_id) => ({ interaction_id: before.id, person_id })),
    );
  if (edit.date === undefined || edit.date === before.date) return { ledger: [], asks: [] };
  const newDate = edit.date;
  // Only what belongs to someone still in the conversation moves with it.
  const present = (await w.db.selectFrom("interaction_people").select("person_id").where("interaction_id", "=", before.id).execute()).map(
    (r) => r.person_id,
  );
  const ledger = (
    await w.db
      .selectFrom("ledger")
      .select("id")
      .where("interaction_id", "=", before.id)
      .where("date", "=", before.date)
      .where("person_id", "in", present)
      .orderBy("id")
      .execute()
  ).map((r) => r.id);
  // An ask closed before the new day stays where it is: it cannot have been asked after its answer.
  const asks = (
    await w.db
      .selectFrom("asks")
      .select("id")
      .where("interaction_id", "=", before.id)
      .where("date", "=", before.date)
      .where("person_id", "in", present)
      .where((eb) => eb.or([eb("closed_on", "is", null), eb("closed_on", ">=", newDate)]))
      .orderBy("id")
      .execute()
  ).map((r) => r.id);
  await w.update("ledger", { id: ledger }, { date: newDate });
  await w.update("asks", { id: asks }, { date: newDate });
  return { ledger, asks };
}
