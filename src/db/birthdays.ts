import { sql, type Kysely } from "kysely";
import type { DB } from "./schema.js";

// Birthdays are stored as YYYY-MM-DD, or --MM-DD when the year is unknown; both end in MM-DD.

export interface BirthdayRow {
  readonly person: { readonly id: number; readonly name: string };
  readonly birthday: string;
}

/** People (not archived) whose birthday falls on one of these MM-DD days; `birthday is not null` selects the partial index people_birthday. */
export async function birthdaysOn(db: Kysely<DB>, monthDays: readonly string[]): Promise<BirthdayRow[]> {
  if (monthDays.length === 0) return [];
  const rows = await db
    .selectFrom("people")
    .select(["id", "name", "birthday"])
    .where("birthday", "is not", null)
    .where("archived", "=", 0)
    .where(sql<string>`substr(birthday, -5)`, "in", [...monthDays])
    .execute();
  return rows.map((r) => ({ person: { id: r.id, name: r.name }, birthday: r.birthday! }));
}
