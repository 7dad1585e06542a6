import type { Kysely } from "kysely";
import type { PersonRef } from "./people.js";
import type { DB } from "./schema.js";
import type { ChannelName, Initiator } from "../domain/channels.js";
import type { SizeName } from "../domain/sizes.js";

type Db = Kysely<DB>;

// What happened with one person, for `net show`: interactions (with whoever else was there), the ledger,
// asks and introductions merged newest first.

export type TimelineEvent =
  | {
      readonly kind: "interaction";
      readonly date: string;
      readonly id: number;
      readonly channel: ChannelName;
      readonly initiatedBy: Initiator;
      readonly note: string | null;
      /** Others present besides this person. */
      readonly with: readonly PersonRef[];
    }
  | { readonly kind: "gave" | "got"; readonly date: string; readonly id: number; readonly what: string; readonly size: SizeName }
  | {
      readonly kind: "ask";
      readonly date: string;
      readonly id: number;
      readonly what: string;
      readonly size: SizeName;
      readonly status: "open" | "granted" | "declined";
      readonly closedOn: string | null;
    }
  | {
      readonly kind: "intro";
      readonly date: string;
      readonly id: number;
      /** The person they were introduced to (or are about to be). */
      readonly to: PersonRef;
      readonly why: string | null;
      readonly status: "proposed" | "made";
      readonly outcome: "met" | "fizzled" | null;
      readonly outcomeNote: string | null;
    };

// Same-day events read best as the story went: the conversation, then what was given, asked or introduced.
const KIND_ORDER: Readonly<Record<TimelineEvent["kind"], number>> = { interaction: 0, gave: 1, got: 2, ask: 3, intro: 4 };

/** Everything that happened with one person, newest first. */
export async function timelineOf(db: Db, personId: number): Promise<TimelineEvent[]> {
  return (await readTimeline(db, personId)).events;
}

/** The newest `limit` events and how many there are in all: a person may have thousands of conversations. */
export async function newestTimeline(db: Db, personId: number, limit: number): Promise<{ events: TimelineEvent[]; total: number }> {
  return readTimeline(db, personId, limit);
}

async function readTimeline(db: Db, personId: number, limit?: number): Promise<{ events: TimelineEvent[]; total: number }> {
  // Conversations are the many: with a limit, only the newest are read (interaction_people_person_window), then counted.
  // The ledger, asks and introductions with one person are few, so they are read whole.
  const [interactions, interactionCount, ledger, asks, intros] = await Promise.all([
    db
      .selectFrom("interactions as i")
      .innerJoin("interaction_people as ip", "ip.interaction_id", "i.id")
      .select(["i.id", "i.date", "i.channel", "i.initiated_by", "i.note"])
      .where("ip.person_id", "=", personId)
      .$if(limit !== undefined, (q) => q.orderBy("ip.date", "desc").orderBy("ip.interaction_id", "desc").limit(limit!))
      .execute(),
    limit === undefined
      ? null
      : db
          .selectFrom("interaction_people")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("person_id", "=", personId)
          .executeTakeFirstOrThrow(),
    db.selectFrom("ledger").select(["id", "direction", "what", "size", "date"]).where("person_id", "=", personId).execute(),
    db.selectFrom("asks").select(["id", "what", "size", "date", "status", "closed_on"]).where("person_id", "=", personId).execute(),
    db
      .selectFrom("intros")
      .innerJoin("people", (join) =>
        join.on((eb) =>
          eb.or([
            eb.and([eb("intros.a_id", "=", personId), eb("people.id", "=", eb.ref("intros.b_id"))]),
            eb.and([eb("intros.b_id", "=", personId), eb("people.id", "=", eb.ref("intros.a_id"))]),
          ]),
        ),
      )
      .select([
        "intros.id",
        "intros.why",
        "intros.status",
        "intros.proposed_on",
        "intros.made_on",
        "intros.outcome",
        "intros.outcome_note",
        "people.id as to_id",
        "people.name as to_name",
      ])
      .execute(),
  ]);
  const others = await db
    .selectFrom("interaction_people as mine")
    .innerJoin("interaction_people as other", "other.interaction_id", "mine.interaction_id")
    .innerJoin("people", "people.id", "other.person_id")
    .select(["mine.interaction_id", "people.id", "people.name"])
    .where("mine.person_id", "=", personId)
    .where("other.person_id", "<>", personId)
    .$if(limit !== undefined, (q) => q.where("mine.interaction_id", "in", interactions.length > 0 ? interactions.map((i) => i.id) : [-1]))
    .orderBy("people.name_key")
    .execute();

  const present = new Map<number, PersonRef[]>();
  for (const o of others) present.set(o.interaction_id, [...(present.get(o.interaction_id) ?? []), { id: o.id, name: o.name }]);

  const events: TimelineEvent[] = [
    ...interactions.map(
      (i): TimelineEvent => ({
        kind: "interaction",
        date: i.date,
        id: i.id,
        channel: i.channel,
        initiatedBy: i.initiated_by,
        note: i.note,
        with: present.get(i.id) ?? [],
      }),
    ),
    ...ledger.map((l): TimelineEvent => ({ kind: l.direction, date: l.date, id: l.id, what: l.what, size: l.size })),
    ...asks.map(
      (a): TimelineEvent => ({ kind: "ask", date: a.date, id: a.id, what: a.what, size: a.size, status: a.status, closedOn: a.closed_on }),
    ),
    ...intros.map(
      (i): TimelineEvent => ({
        kind: "intro",
        date: i.made_on ?? i.proposed_on ?? "",
        id: i.id,
        to: { id: i.to_id, name: i.to_name },
        why: i.why,
        status: i.status,
        outcome: i.outcome,
        outcomeNote: i.outcome_note,
      }),
    ),
  ];
  events.sort((a, b) => (a.date === b.date ? KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.id - a.id : a.date < b.date ? 1 : -1));
  const total = (interactionCount?.n ?? interactions.length) + ledger.length + asks.length + intros.length;
  return { events: limit === undefined ? events : events.slice(0, limit), total };
}
