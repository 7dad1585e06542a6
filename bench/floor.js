// The floor: the least any Node CLI on this stack can do for `net due` — open the journal with better-sqlite3
// and print the overdue follow-ups. Every command's time is reported as a ratio to this script's.
// Usage: NET_DB=journal.db NET_TODAY=2026-11-22 node bench/floor.js
import Database from "better-sqlite3";

const db = new Database(process.env.NET_DB, { fileMustExist: true });
const rows = db
  .prepare(
    `SELECT f.id, f.due, f.note, p.name FROM follow_ups f JOIN people p ON p.id = f.person_id
     WHERE f.done_on IS NULL AND f.due < ? ORDER BY f.due, f.id`,
  )
  .all(process.env.NET_TODAY);
const lines = rows.map((r) => `#${r.id}  ${r.name}  ${r.due}  ${r.note ?? ""}`);
process.stdout.write(`Overdue\n${lines.join("\n")}\n`);
db.close();
