import type { Kysely } from "kysely";
import type { KeepInTouch } from "../domain/due.js";
import type { Writer } from "./changes.js";
import type { ChannelName, DB, Initiator } from "./schema.js";

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
    { date: interaction.date, channel: interaction.channel, initiated_by: interaction.initiatedBy, note: interaction.note, created_on: today },
  ]);
  await w.insert("interaction_people", interaction.personIds.map((person_id) => ({ interaction_id: id!, person_id })));
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
        eb(eb.selectFrom("interaction_people as ip").select((s) => s.fn.countAll<number>().as("n")).whereRef("ip.interaction_id", "=", "i.id"), "=", ids.length),
        eb(
          eb.selectFrom("interaction_people as ip").select((s) => s.fn.countAll<number>().as("n")).whereRef("ip.interaction_id", "=", "i.id").where("ip.person_id", "in", ids),
          "=",
          ids.length,
        ),
      ]),
    )
    .orderBy("i.id")
    .executeTakeFirst();
}
