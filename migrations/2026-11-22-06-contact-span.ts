import { sql, type Kysely } from "kysely";

// Frozen: each person's first and last conversation dates on people, kept by triggers, so that whole-network reports
// (net stats) read them from a small partial index instead of a min and max over every conversation, and find the
// people in the 12-month window without a pass over all of them. Also: the ledger indexed by person and by date with
// what depth and the give-and-take totals read (no table lookups), and the archived people indexed on their own.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE people ADD COLUMN first_contact TEXT`.execute(db);
  await sql`ALTER TABLE people ADD COLUMN last_contact TEXT`.execute(db);
  // Two scalar subqueries, not one min() and max() together: each is then a single seek in interaction_people_person_window.
  const span = sql`first_contact = (SELECT min(date) FROM interaction_people WHERE person_id = people.id),
    last_contact = (SELECT max(date) FROM interaction_people WHERE person_id = people.id)`;
  await sql`UPDATE people SET ${span} WHERE id IN (SELECT DISTINCT person_id FROM interaction_people)`.execute(db);
  // A new conversation's date is copied into interaction_people by an UPDATE (migration 05's trigger), from NULL: it can
  // only widen the span, and most imports add thousands.
  await sql`
    CREATE TRIGGER people_span_added AFTER UPDATE OF date ON interaction_people
    WHEN OLD.date IS NULL AND OLD.person_id = NEW.person_id AND NEW.date IS NOT NULL BEGIN
      UPDATE people SET
        first_contact = CASE WHEN first_contact IS NULL OR NEW.date < first_contact THEN NEW.date ELSE first_contact END,
        last_contact = CASE WHEN last_contact IS NULL OR NEW.date > last_contact THEN NEW.date ELSE last_contact END
      WHERE id = NEW.person_id AND (first_contact IS NULL OR NEW.date < first_contact OR NEW.date > last_contact);
    END`.execute(db);
  await sql`
    CREATE TRIGGER people_span_moved AFTER UPDATE OF date, person_id ON interaction_people
    WHEN NOT (OLD.date IS NULL AND OLD.person_id = NEW.person_id AND NEW.date IS NOT NULL) BEGIN
      UPDATE people SET ${span} WHERE id IN (OLD.person_id, NEW.person_id);
    END`.execute(db);
  await sql`
    CREATE TRIGGER people_span_removed AFTER DELETE ON interaction_people BEGIN
      UPDATE people SET ${span} WHERE id = OLD.person_id;
    END`.execute(db);
  await sql`CREATE INDEX people_contacted ON people(last_contact, first_contact, met_on, archived) WHERE last_contact IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX people_archived ON people(id) WHERE archived = 1`.execute(db);
  // ledger_person again, covering what depth and the balance read of each entry.
  await sql`DROP INDEX ledger_person`.execute(db);
  await sql`CREATE INDEX ledger_person ON ledger(person_id, date, direction, size)`.execute(db);
  await sql`CREATE INDEX ledger_date ON ledger(date, direction, size)`.execute(db);
}
