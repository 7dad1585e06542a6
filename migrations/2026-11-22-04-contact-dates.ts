import { sql, type Kysely } from "kysely";

// Frozen: each person's conversation dates, kept beside interaction_people by triggers, so that "when did we last
// talk" and "when did we first talk" are one index seek per person instead of a lookup of every interaction
// (net due's Going cold section; `net people` and `net stats` over the whole network).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE interaction_people ADD COLUMN date TEXT`.execute(db);
  await sql`UPDATE interaction_people SET date = (SELECT date FROM interactions WHERE id = interaction_id)`.execute(db);
  await sql`CREATE INDEX interaction_people_person_date ON interaction_people(person_id, date)`.execute(db);
  await sql`
    CREATE TRIGGER interaction_people_date AFTER INSERT ON interaction_people BEGIN
      UPDATE interaction_people SET date = (SELECT date FROM interactions WHERE id = NEW.interaction_id)
      WHERE interaction_id = NEW.interaction_id AND person_id = NEW.person_id;
    END`.execute(db);
  await sql`
    CREATE TRIGGER interactions_date_moved AFTER UPDATE OF date ON interactions BEGIN
      UPDATE interaction_people SET date = NEW.date WHERE interaction_id = NEW.id;
    END`.execute(db);
}
