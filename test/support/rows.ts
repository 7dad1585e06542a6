import Database from "better-sqlite3";

// What the journal holds, read straight from the file: to prove a refused command wrote nothing.

const TABLES = ["people", "interactions", "interaction_people", "follow_ups", "ledger", "asks"] as const;

export function rowCounts(db: string): Record<(typeof TABLES)[number], number> & { done: number } {
  const sqlite = new Database(db, { readonly: true });
  try {
    const counts = Object.fromEntries(TABLES.map((t) => [t, (sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
    const done = (sqlite.prepare("SELECT count(*) AS n FROM follow_ups WHERE done_on IS NOT NULL").get() as { n: number }).n;
    return { ...counts, done } as Record<(typeof TABLES)[number], number> & { done: number };
  } finally {
    sqlite.close();
  }
}

export function query<T = Record<string, unknown>>(db: string, sql: string, ...params: unknown[]): T[] {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

/** For setting up what no command of this test's owner writes (an introduction's check-in, an archived person). */
export function exec(db: string, sql: string, ...params: unknown[]): void {
  const sqlite = new Database(db);
  try {
    sqlite.prepare(sql).run(...params);
  } finally {
    sqlite.close();
  }
}
