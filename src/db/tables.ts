import type { RefKind } from "../domain/refs.js";

// The journal's tables as the undo history sees them: each one's key, the columns a change is recorded by, and the
// foreign keys that point at it. One place for these facts: db/changes.ts records with them, db/undo.ts replays them.

export type JournalTable =
  | "people"
  | "person_emails"
  | "person_phones"
  | "person_tags"
  | "person_links"
  | "person_needs"
  | "person_offers"
  | "about_me"
  | "last_imported"
  | "interactions"
  | "interaction_people"
  | "intros"
  | "asks"
  | "follow_ups"
  | "ledger";

export interface TableFacts {
  /** The primary key's columns. */
  readonly key: readonly string[];
  /** The columns a row is recorded and compared by: everything but what triggers keep (first_contact, the copied date…). */
  readonly columns: readonly string[];
  /** Its own numbered id, handed out from id_counters and never again. */
  readonly serial: boolean;
  /** The reference letter its rows are shown with, for messages (c12); tables of a person's details have none. */
  readonly ref?: RefKind;
}

export const TABLES: Readonly<Record<JournalTable, TableFacts>> = {
  people: {
    key: ["id"],
    columns: [
      "id",
      "name",
      "name_key",
      "company",
      "title",
      "met",
      "met_on",
      "note",
      "cadence_days",
      "archived",
      "birthday",
      "linkedin_url",
      "created_on",
      "uid",
      "card_n",
    ],
    serial: true,
    ref: "p",
  },
  person_emails: { key: ["person_id", "email"], columns: ["person_id", "email"], serial: false },
  person_phones: { key: ["person_id", "phone"], columns: ["person_id", "phone", "phone_key"], serial: false },
  person_tags: { key: ["person_id", "tag"], columns: ["person_id", "tag"], serial: false },
  person_links: { key: ["person_id", "url"], columns: ["person_id", "url"], serial: false },
  person_needs: { key: ["person_id", "phrase"], columns: ["person_id", "phrase"], serial: false },
  person_offers: { key: ["person_id", "phrase"], columns: ["person_id", "phrase"], serial: false },
  about_me: { key: ["kind", "value"], columns: ["kind", "value"], serial: false },
  last_imported: { key: ["person_id", "source"], columns: ["person_id", "source", "company", "title"], serial: false },
  interactions: { key: ["id"], columns: ["id", "date", "channel", "initiated_by", "note", "created_on"], serial: true, ref: "c" },
  interaction_people: { key: ["interaction_id", "person_id"], columns: ["interaction_id", "person_id"], serial: false },
  intros: {
    key: ["id"],
    columns: ["id", "a_id", "b_id", "why", "status", "proposed_on", "made_on", "outcome", "outcome_note", "outcome_on"],
    serial: true,
    ref: "i",
  },
  asks: {
    key: ["id"],
    columns: ["id", "person_id", "what", "size", "date", "status", "closed_on", "interaction_id"],
    serial: true,
    ref: "a",
  },
  follow_ups: {
    key: ["id"],
    columns: ["id", "person_id", "due", "note", "interaction_id", "intro_id", "created_on", "done_on"],
    serial: true,
    ref: "f",
  },
  ledger: {
    key: ["id"],
    columns: ["id", "person_id", "direction", "what", "size", "date", "interaction_id", "intro_id", "ask_id"],
    serial: true,
    ref: "l",
  },
};

/** Parents before the tables that point at them: the order to put rows back in (and the reverse, to take them out). */
export const PARENTS_FIRST: readonly JournalTable[] = [
  "people",
  "interactions",
  "intros",
  "asks",
  "person_emails",
  "person_phones",
  "person_tags",
  "person_links",
  "person_needs",
  "person_offers",
  "about_me",
  "last_imported",
  "interaction_people",
  "follow_ups",
  "ledger",
];

export interface ForeignKey {
  readonly table: JournalTable;
  readonly column: string;
  /** What the schema does to the row when the row it points at goes (migrations 01, 02, 03). */
  readonly onDelete: "cascade" | "set null";
}

/** Who points at each table's id. A delete goes through these itself, so that nothing goes unrecorded by a cascade. */
export const POINTED_AT_BY: Readonly<Partial<Record<JournalTable, readonly ForeignKey[]>>> = {
  people: [
    { table: "person_emails", column: "person_id", onDelete: "cascade" },
    { table: "person_phones", column: "person_id", onDelete: "cascade" },
    { table: "person_tags", column: "person_id", onDelete: "cascade" },
    { table: "person_links", column: "person_id", onDelete: "cascade" },
    { table: "person_needs", column: "person_id", onDelete: "cascade" },
    { table: "person_offers", column: "person_id", onDelete: "cascade" },
    { table: "last_imported", column: "person_id", onDelete: "cascade" },
    { table: "interaction_people", column: "person_id", onDelete: "cascade" },
    { table: "intros", column: "a_id", onDelete: "cascade" },
    { table: "intros", column: "b_id", onDelete: "cascade" },
    { table: "asks", column: "person_id", onDelete: "cascade" },
    { table: "follow_ups", column: "person_id", onDelete: "cascade" },
    { table: "ledger", column: "person_id", onDelete: "cascade" },
  ],
  interactions: [
    { table: "interaction_people", column: "interaction_id", onDelete: "cascade" },
    { table: "asks", column: "interaction_id", onDelete: "set null" },
    { table: "follow_ups", column: "interaction_id", onDelete: "set null" },
    { table: "ledger", column: "interaction_id", onDelete: "set null" },
  ],
  intros: [
    { table: "follow_ups", column: "intro_id", onDelete: "cascade" },
    { table: "ledger", column: "intro_id", onDelete: "cascade" },
  ],
  asks: [{ table: "ledger", column: "ask_id", onDelete: "cascade" }],
};
