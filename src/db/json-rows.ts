import { sql, type Kysely, type RawBuilder } from "kysely";

/**
 * The rows of a query that returns thousands, read as one JSON text: better-sqlite3 sets every value of every row
 * through V8's generic setter, several times slower than JSON.parse building the same objects. Each row becomes an
 * object with the given columns (text, numbers and nulls come back as they are).
 */
export async function jsonRows<T>(db: Kysely<any>, columns: readonly (keyof T & string)[], query: RawBuilder<unknown>): Promise<T[]> {
  const fields = sql.join(columns.map((column) => sql`${column}, ${sql.ref(column)}`));
  const result = await sql<{ rows: string }>`SELECT json_group_array(json_object(${fields})) AS rows FROM (${query})`.execute(db);
  return JSON.parse(result.rows[0]!.rows) as T[];
}
