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

/** Each column of a row type as an array: index i of every array is row i. */
export type Columns<T> = { readonly [K in keyof T]: T[K][] };

/**
 * The rows of a query that returns tens of thousands, read column by column: one JSON text holding an array a column,
 * no object a row. Rows keep the query's ORDER BY: SQLite keeps a FROM-clause subquery's ORDER BY when the outer query
 * aggregates with anything but count(), min() or max(), as here.
 */
export async function jsonColumns<T>(
  db: Kysely<any>,
  columns: readonly (keyof T & string)[],
  query: RawBuilder<unknown>,
): Promise<Columns<T>> {
  const arrays = sql.join(columns.map((column) => sql`json_group_array(${sql.ref(column)})`));
  const result = await sql<{ columns: string }>`SELECT json_array(${arrays}) AS columns FROM (${query})`.execute(db);
  const parsed = JSON.parse(result.rows[0]!.columns) as unknown[][];
  const table: Record<string, unknown[]> = {};
  for (const [i, column] of columns.entries()) table[column] = parsed[i]!;
  return table as Columns<T>;
}
