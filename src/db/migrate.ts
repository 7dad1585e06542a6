import { Migrator, type Kysely, type Migration } from "kysely";

// Kept apart from open.ts and imported only when migrations are pending, so the usual run never loads the migrator.

/**
 * Applies the pending migrations in order, inside the transaction the caller holds (open.ts: BEGIN IMMEDIATE, so that
 * reading which are applied and applying the rest happen under one lock); returns the error, if any.
 */
export async function migrateToLatest(db: Kysely<any>, known: Readonly<Record<string, Migration>>): Promise<unknown> {
  // Kysely's own transaction would be a deferred BEGIN, and its SQLite migration lock does nothing across processes.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...known }) }, disableTransactions: true });
  const { error } = await migrator.migrateToLatest();
  return error;
}
