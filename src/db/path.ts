import { homedir } from "node:os";
import { join } from "node:path";

// Where the journal lives; kept apart from open.ts so that start-up does not load the database code.

/** The journal's path: --db, else NET_DB, else the platform's user data directory. */
export function journalPath(flag: string | undefined, env: NodeJS.ProcessEnv, platform = process.platform): string {
  if (flag) return flag;
  if (env.NET_DB) return env.NET_DB;
  const home = env.HOME || env.USERPROFILE || homedir();
  if (platform === "darwin") return join(home, "Library", "Application Support", "net-journal", "journal.db");
  if (platform === "win32") return join(env.APPDATA || join(home, "AppData", "Roaming"), "net-journal", "journal.db");
  return join(env.XDG_DATA_HOME || join(home, ".local", "share"), "net-journal", "journal.db");
}
