import type { Kysely } from "kysely";

// Frozen: what `net export ics` last wrote of each calendar entry (a follow-up's event or to-do, a birthday), so that
// the next export can tell a calendar what changed: a raised SEQUENCE and a new LAST-MODIFIED for an entry whose text
// or day changed, STATUS:CANCELLED for one that is done or gone. Not part of the journal's history: undo leaves it be,
// and the next export compares with it again.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("calendar_entries")
    .addColumn("uid", "text", (c) => c.primaryKey())
    // 'event' (VEVENT) or 'todo' (VTODO).
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("starts_on", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("description", "text")
    // A recurrence rule as iCalendar writes it (FREQ=YEARLY), or null.
    .addColumn("rrule", "text")
    // 'open', 'completed' (a done to-do) or 'cancelled'.
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("completed_on", "text")
    .addColumn("sequence", "integer", (c) => c.notNull())
    .addColumn("modified_on", "text", (c) => c.notNull())
    // The day it was completed or cancelled: it stays in the file for a while after, then is left out.
    .addColumn("ended_on", "text")
    .execute();
}
