import { Migrator, type Kysely, type Migration } from "kysely";

// Kept apart from open.ts and imported only when migrations are pending, so the usual run never loads the migrator.

/** Applies the pending migrations in order; returns the error, if any. */
export async function migrateToLatest(db: Kysely<any>, known: Readonly<Record<string, Migration>>): Promise<unknown> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...known }) } });
  const { error } = await migrator.migrateToLatest();
  return error;
}
