import Database from "better-sqlite3";
import { Kysely, SqliteDialect, sql, type Compilable } from "kysely";
import { nameKey } from "../domain/names.js";
import { sqliteAddon } from "./open.js";
import type { DB } from "./schema.js";

// What a shell's completion offers from the journal: a few rows by prefix, read synchronously (the completion library
// asks for candidates from plain functions) from the file opened read-only, with no migration and no undo history.

/** Enough to choose from on a screen, and cheap at any size of journal. */
const LIMIT = 50;
// Above any character a name can start with: name_key >= key AND name_key < key + TOP is "starts with key", on its index.
const TOP = "\u{10FFFF}";

export interface FollowUpCandidate {
  readonly id: number;
  readonly name: string;
  readonly due: string;
  readonly note: string | null;
}

export interface ConversationCandidate {
  readonly id: number;
  readonly date: string;
  readonly channel: string;
  readonly note: string | null;
}

export class CompletionCandidates {
  readonly #sqlite: Database.Database;
  readonly #db: Kysely<DB>;

  private constructor(sqlite: Database.Database) {
    this.#sqlite = sqlite;
    this.#db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  }

  /** The journal at path, read-only; null when there is none or it cannot be read (completion then offers no names). */
  static open(path: string): CompletionCandidates | null {
    try {
      return new CompletionCandidates(new Database(path, { readonly: true, fileMustExist: true, nativeBinding: sqliteAddon() }));
    } catch {
      return null;
    }
  }

  /** Names that start with what was typed (case and accents aside), in name order. */
  names(typed: string, archived?: boolean): string[] {
    // A space typed after a first name is part of the prefix: "ana " is not "anabel".
    const key = nameKey(typed) + (/\s$/.test(typed) && typed.trim() !== "" ? " " : "");
    let query = this.#db.selectFrom("people").select("name").orderBy("name_key").limit(LIMIT);
    if (key !== "") query = query.where("name_key", ">=", key).where("name_key", "<", key + TOP);
    if (archived !== undefined) query = query.where("archived", "=", archived ? 1 : 0);
    return this.#rows<{ name: string }>(query).map((r) => r.name);
  }

  tags(typed: string): string[] {
    const prefix = typed.trim().toLowerCase();
    let query = this.#db.selectFrom("person_tags").select("tag").distinct().orderBy("tag").limit(LIMIT);
    if (prefix !== "") query = query.where("tag", ">=", prefix).where("tag", "<", prefix + TOP);
    return this.#rows<{ tag: string }>(query).map((r) => r.tag);
  }

  /** Open follow-ups soonest first, or closed ones most recently done first; digits narrows to ids starting with them. */
  followUps(state: "open" | "closed", digits: string): FollowUpCandidate[] {
    let query = this.#db
      .selectFrom("follow_ups as f")
      .innerJoin("people as p", "p.id", "f.person_id")
      .select(["f.id", "p.name", "f.due", "f.note"])
      .where("f.done_on", state === "open" ? "is" : "is not", null)
      .orderBy(state === "open" ? "f.due" : "f.done_on", state === "open" ? "asc" : "desc")
      .orderBy("f.id")
      .limit(LIMIT);
    if (digits !== "") query = query.where(sql<string>`cast(f.id as text)`, "like", `${digits}%`);
    return this.#rows<FollowUpCandidate>(query);
  }

  /** The newest conversations; digits narrows to ids starting with them. */
  conversations(digits: string): ConversationCandidate[] {
    let query = this.#db.selectFrom("interactions").select(["id", "date", "channel", "note"]).orderBy("id", "desc").limit(LIMIT);
    if (digits !== "") query = query.where(sql<string>`cast(id as text)`, "like", `${digits}%`);
    return this.#rows<ConversationCandidate>(query);
  }

  close(): void {
    this.#sqlite.close();
  }

  #rows<T>(query: Compilable): T[] {
    const { sql: text, parameters } = query.compile();
    try {
      return this.#sqlite.prepare(text).all(...(parameters as unknown[])) as T[];
    } catch {
      // A journal from another version of net, or one being written to: no candidates rather than an error in the shell.
      return [];
    }
  }
}
