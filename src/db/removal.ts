import type { Kysely } from "kysely";
import { chunksOf, whereOf, type Row, type Writer } from "./changes.js";
import { TABLE_OF, type Target } from "./entries.js";
import type { DB } from "./schema.js";
import { POINTED_AT_BY, TABLES, type JournalTable } from "./tables.js";

// What `net rm` takes out: the entries and people asked for, what the schema takes with them (an introduction's
// check-in, an ask's ledger entry, a person's details), and what stays but loses its link (a follow-up logged with a
// deleted conversation). Worked out by reading along the same foreign keys the Writer's delete follows.

type Db = Kysely<DB>;

/** A row that goes, and the target whose delete takes it (null: it was asked for). */
export interface Gone {
  readonly table: JournalTable;
  readonly row: Row;
  readonly because: Target | null;
}

export interface RemovalPlan {
  /** The targets as asked, each once, and the conversations only deleted people were in. */
  readonly targets: readonly Target[];
  readonly gone: readonly Gone[];
  /** Rows that stay, with the link to a deleted row cleared (interaction_id null). */
  readonly kept: readonly { readonly table: JournalTable; readonly row: Row; readonly was: Target }[];
  /** Conversations that stay and only lose some of their people. */
  readonly lessPeople: readonly number[];
  /** Who was in each conversation the plan touches. */
  readonly participants: ReadonlyMap<number, readonly number[]>;
  /** The name of every person the plan mentions, deleted or not. */
  readonly names: ReadonlyMap<number, string>;
}

/** Conversations in which every participant is one of these people (each with one of them): deleting the people leaves them with no one. */
export async function conversationsOnlyWith(db: Db, personIds: readonly number[]): Promise<Map<number, number>> {
  if (personIds.length === 0) return new Map();
  const theirs = new Map<number, number>();
  for (const chunk of chunksOf(personIds, 5000)) {
    for (const r of await db
      .selectFrom("interaction_people")
      .select(["interaction_id", "person_id"])
      .where("person_id", "in", chunk)
      .execute()) {
      if (!theirs.has(r.interaction_id)) theirs.set(r.interaction_id, r.person_id);
    }
  }
  const gone = new Set(personIds);
  const withOthers = new Set<number>();
  for (const chunk of chunksOf([...theirs.keys()], 5000)) {
    for (const r of await db
      .selectFrom("interaction_people")
      .select(["interaction_id", "person_id"])
      .where("interaction_id", "in", chunk)
      .execute()) {
      if (!gone.has(r.person_id)) withOthers.add(r.interaction_id);
    }
  }
  return new Map([...theirs].filter(([id]) => !withOthers.has(id)).sort(([a], [b]) => a - b));
}

/** What deleting these entries and people takes out and what it leaves without its link, read before anything is written. */
export async function planRemoval(db: Db, asked: readonly Target[]): Promise<RemovalPlan> {
  const any = db as unknown as Kysely<any>;
  const targets = uniqueTargets(asked);
  const people = targets.filter((t) => t.kind === "p").map((t) => t.id);
  const onlyWith = await conversationsOnlyWith(db, people);
  const solo = [...onlyWith.keys()].filter((id) => !targets.some((t) => t.kind === "c" && t.id === id));
  // A person's conversations with no one else go too, before the person (the Writer's delete would leave them empty).
  const all = [
    ...targets.filter((t) => t.kind !== "p"),
    ...solo.map((id) => ({ kind: "c" as const, id })),
    ...targets.filter((t) => t.kind === "p"),
  ];
  const byPerson = (id: number): Target | null => (solo.includes(id) ? { kind: "p", id: onlyWith.get(id)! } : null);

  const seen = new Set<string>();
  const keyOf = (table: JournalTable, row: Row) => `${table}:${TABLES[table].key.map((k) => row[k]).join(",")}`;
  const gone: Gone[] = [];
  const cleared: { table: JournalTable; row: Row; was: Target }[] = [];

  async function select(table: JournalTable, column: string, ids: readonly number[]): Promise<Row[]> {
    const out: Row[] = [];
    for (const chunk of chunksOf(ids, 5000)) {
      for (const r of await whereOf(any.selectFrom(table).select([...TABLES[table].columns]), { [column]: chunk }).execute())
        out.push(r as Row);
    }
    return out;
  }
  async function follow(table: JournalTable, rows: readonly Row[], because: Target): Promise<void> {
    const ids = rows.map((r) => Number(r.id));
    for (const fk of POINTED_AT_BY[table] ?? []) {
      const children = await select(fk.table, fk.column, ids);
      if (fk.onDelete === "set null") {
        for (const row of children) cleared.push({ table: fk.table, row, was: { kind: TABLES[table].ref!, id: Number(row[fk.column]) } });
        continue;
      }
      const fresh = children.filter((r) => !seen.has(keyOf(fk.table, r)));
      for (const row of fresh) {
        seen.add(keyOf(fk.table, row));
        gone.push({ table: fk.table, row, because });
      }
      if (TABLES[fk.table].serial && fresh.length > 0) await follow(fk.table, fresh, because);
    }
  }

  // What was asked for first, so that an entry both asked for and taken by another (an intro's check-in) counts as asked.
  const asRows: { target: Target; table: JournalTable; row: Row }[] = [];
  for (const target of all) {
    const table = TABLE_OF[target.kind];
    const [row] = await select(table, "id", [target.id]);
    if (!row || seen.has(keyOf(table, row))) continue;
    seen.add(keyOf(table, row));
    asRows.push({ target, table, row });
    gone.push({ table, row, because: target.kind === "c" ? byPerson(target.id) : null });
  }
  for (const { target, table, row } of asRows) await follow(table, [row], (target.kind === "c" ? byPerson(target.id) : null) ?? target);

  const kept = cleared.filter((k) => !seen.has(keyOf(k.table, k.row)));
  const goneConversations = new Set(gone.filter((g) => g.table === "interactions").map((g) => Number(g.row.id)));
  const lessPeople = [...new Set(gone.filter((g) => g.table === "interaction_people").map((g) => Number(g.row.interaction_id)))].filter(
    (id) => !goneConversations.has(id),
  );

  const conversations = [...new Set([...goneConversations, ...lessPeople])];
  const participants = new Map<number, number[]>();
  for (const r of await select("interaction_people", "interaction_id", conversations)) {
    const list =
      participants.get(Number(r.interaction_id)) ?? participants.set(Number(r.interaction_id), []).get(Number(r.interaction_id))!;
    list.push(Number(r.person_id));
  }
  // The people deleted themselves, history or none, and everyone their entries name.
  const mentioned = new Set<number>([...[...participants.values()].flat(), ...all.filter((t) => t.kind === "p").map((t) => t.id)]);
  for (const { row } of [...gone, ...kept])
    for (const c of ["person_id", "a_id", "b_id"]) if (typeof row[c] === "number") mentioned.add(row[c] as number);
  const names = new Map<number, string>();
  for (const chunk of chunksOf([...mentioned], 5000)) {
    for (const r of await db.selectFrom("people").select(["id", "name"]).where("id", "in", chunk).execute()) names.set(r.id, r.name);
  }
  return { targets: all, gone, kept, lessPeople, participants, names };
}

/** Deletes what the plan lists, conversations before people; the Writer records every row for `net undo`. */
export async function carryOut(w: Writer, plan: RemovalPlan): Promise<void> {
  for (const kind of ["c", "f", "l", "a", "i", "p"] as const) {
    const ids = plan.targets.filter((t) => t.kind === kind).map((t) => t.id);
    if (ids.length > 0) await w.delete(TABLE_OF[kind], { id: ids });
  }
}

function uniqueTargets(targets: readonly Target[]): Target[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = `${t.kind}${t.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
