import { sql, type Kysely } from "kysely";

// Frozen: each conversation's channel and initiator beside its date in interaction_people, kept by triggers like the
// date (these replace migration 04's two triggers and its index), so that a person's 12-month window is read from one
// covering index without touching interactions; and partial indexes for net due's keep-in-touch and birthday lists,
// which otherwise scan every person.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE interaction_people ADD COLUMN channel TEXT`.execute(db);
  await sql`ALTER TABLE interaction_people ADD COLUMN initiated_by TEXT`.execute(db);
  await sql`
    UPDATE interaction_people SET (channel, initiated_by) = (SELECT channel, initiated_by FROM interactions WHERE id = interaction_id)`.execute(
    db,
  );
  await sql`DROP INDEX interaction_people_person_date`.execute(db);
  await sql`CREATE INDEX interaction_people_person_window ON interaction_people(person_id, date, channel, initiated_by)`.execute(db);
  await sql`DROP TRIGGER interaction_people_date`.execute(db);
  await sql`DROP TRIGGER interactions_date_moved`.execute(db);
  await sql`
    CREATE TRIGGER interaction_people_copied AFTER INSERT ON interaction_people BEGIN
      UPDATE interaction_people SET (date, channel, initiated_by) =
        (SELECT date, channel, initiated_by FROM interactions WHERE id = NEW.interaction_id)
      WHERE interaction_id = NEW.interaction_id AND person_id = NEW.person_id;
    END`.execute(db);
  await sql`
    CREATE TRIGGER interactions_changed AFTER UPDATE OF date, channel, initiated_by ON interactions BEGIN
      UPDATE interaction_people SET date = NEW.date, channel = NEW.channel, initiated_by = NEW.initiated_by WHERE interaction_id = NEW.id;
    END`.execute(db);
  await sql`CREATE INDEX people_keep_in_touch ON people(id) WHERE cadence_days IS NOT NULL AND archived = 0`.execute(db);
  await sql`CREATE INDEX people_birthday ON people(birthday) WHERE birthday IS NOT NULL`.execute(db);
}
