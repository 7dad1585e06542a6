import type { Generated } from "kysely";
import type { AskStatus, LedgerDirection } from "../domain/balance.js";
import type { ChannelName, Initiator } from "../domain/channels.js";
import type { IntroOutcome, IntroStatus } from "../domain/intros.js";
import type { SizeName } from "../domain/sizes.js";

// The journal's tables as the migrations leave them. Dates are 'YYYY-MM-DD' text.
export interface PeopleTable {
  id: Generated<number>;
  name: string;
  name_key: string;
  company: string | null;
  title: string | null;
  met: string | null;
  met_on: string | null;
  note: string | null;
  cadence_days: number | null;
  archived: Generated<number>;
  birthday: string | null;
  linkedin_url: string | null;
  created_on: string;
  /** The vCard UID (migration 09): null only between an insert and its own update, never in a committed row. */
  uid: string | null;
  /** The structured name N of the card the person was imported from, escaped as written there. */
  card_n: string | null;
  /** The first and last conversation's dates (any date, even after today), kept by triggers (migration 06). */
  first_contact: string | null;
  last_contact: string | null;
}

export interface PersonEmailsTable {
  person_id: number;
  email: string;
}

export interface PersonPhonesTable {
  person_id: number;
  phone: string;
  phone_key: Generated<string>;
}

export interface PersonTagsTable {
  person_id: number;
  tag: string;
}

export interface PersonLinksTable {
  person_id: number;
  url: string;
}

/** What a person is looking for, or can offer, as a short phrase (migration 11). */
export interface PersonPhrasesTable {
  person_id: number;
  phrase: string;
}

/** What the user says of themself (net me): kind 'needs', 'offers' or 'email' (migration 11). */
export interface AboutMeTable {
  kind: string;
  value: string;
}

/** What an import source (linkedin, google, vcard) last said about a person: re-imports change only what the file changed. */
export interface LastImportedTable {
  person_id: number;
  source: string;
  company: string | null;
  title: string | null;
}

export interface InteractionsTable {
  id: Generated<number>;
  date: string;
  channel: ChannelName;
  initiated_by: Generated<Initiator>;
  note: string | null;
  created_on: string;
}

export interface InteractionPeopleTable {
  interaction_id: number;
  person_id: number;
  /** The interaction's date, kept in step by triggers (migrations 04, 05) for per-person date seeks; never written directly. */
  date: Generated<string>;
  /** The interaction's channel and initiator, kept in step by triggers (migration 05) so the 12-month window reads this table alone. */
  channel: Generated<ChannelName>;
  initiated_by: Generated<Initiator>;
}

export interface FollowUpsTable {
  id: Generated<number>;
  person_id: number;
  due: string;
  note: string | null;
  interaction_id: number | null;
  intro_id: number | null;
  created_on: string;
  done_on: string | null;
}

export interface AsksTable {
  id: Generated<number>;
  person_id: number;
  what: string;
  size: SizeName;
  date: string;
  status: Generated<AskStatus>;
  closed_on: string | null;
  interaction_id: number | null;
}

export interface IntrosTable {
  id: Generated<number>;
  a_id: number;
  b_id: number;
  why: string | null;
  status: IntroStatus;
  proposed_on: string | null;
  made_on: string | null;
  outcome: IntroOutcome | null;
  outcome_note: string | null;
  outcome_on: string | null;
}

export interface LedgerTable {
  id: Generated<number>;
  person_id: number;
  direction: LedgerDirection;
  what: string;
  size: SizeName;
  date: string;
  interaction_id: number | null;
  intro_id: number | null;
  ask_id: number | null;
}

/** Depth and give-and-take as worked out on relationship_cache_state's day (migration 07); score NULL: to be worked out again. */
export interface RelationshipCacheTable {
  person_id: number;
  score: number | null;
  given: number | null;
  received: number | null;
}

export interface RelationshipCacheStateTable {
  only: number;
  as_of: string;
  formula: number;
}

/** One command that wrote: what it did, in the user's words, and whether it was undone (migration 08). */
export interface UndoStepsTable {
  id: Generated<number>;
  summary: string;
  day: string;
  at: string;
  changes: number;
  undone_at: string | null;
}

/** What a step did, in order: a JSON object of table name to row images (see db/changes.ts). */
export interface UndoChangesTable {
  step_id: number;
  seq: number;
  kind: "insert" | "update" | "delete";
  rows: string;
}

/** The last id handed out per table: ids are never handed out twice. */
export interface IdCountersTable {
  table_name: string;
  last_id: number;
}

/** What the calendar export last wrote of each entry (migration 10): domain/calendar.ts's PublishedEntry. */
export interface CalendarEntriesTable {
  uid: string;
  kind: string;
  starts_on: string;
  summary: string;
  description: string | null;
  rrule: string | null;
  status: string;
  completed_on: string | null;
  sequence: number;
  modified_on: string;
  ended_on: string | null;
}

export interface DB {
  people: PeopleTable;
  person_emails: PersonEmailsTable;
  person_phones: PersonPhonesTable;
  person_tags: PersonTagsTable;
  person_links: PersonLinksTable;
  person_needs: PersonPhrasesTable;
  person_offers: PersonPhrasesTable;
  about_me: AboutMeTable;
  last_imported: LastImportedTable;
  interactions: InteractionsTable;
  interaction_people: InteractionPeopleTable;
  follow_ups: FollowUpsTable;
  asks: AsksTable;
  intros: IntrosTable;
  ledger: LedgerTable;
  relationship_cache: RelationshipCacheTable;
  relationship_cache_state: RelationshipCacheStateTable;
  undo_steps: UndoStepsTable;
  undo_changes: UndoChangesTable;
  id_counters: IdCountersTable;
  calendar_entries: CalendarEntriesTable;
}
