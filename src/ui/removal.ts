import type { Row } from "../db/changes.js";
import type { Target } from "../db/entries.js";
import type { RemovalPlan } from "../db/removal.js";
import { TABLES, type JournalTable } from "../db/tables.js";
import { plural } from "../domain/plural.js";
import { REF_KINDS, refOf, type RefKind } from "../domain/refs.js";
import { visible } from "./visible.js";

// What `net rm` deleted and kept, in the user's words: one line per entry, a person's history as counts.

/** How many characters of a note a one-line description quotes. */
const QUOTED = 60;

export function targetRef(t: Target): string {
  return t.kind === "p" ? `#${t.id}` : refOf(t.kind, t.id);
}

function quoted(text: unknown): string {
  if (typeof text !== "string" || text.trim() === "") return "";
  const full = text.trim();
  const line = full.split(/\r\n|[\n\r\u2028\u2029]/)[0]!;
  const cut = line.length > QUOTED ? line.slice(0, QUOTED - 1) : line;
  return ` ("${cut}${cut === full ? "" : "…"}")`;
}

/** An entry as one line says it: conversation with Ana Lima on 2026-12-02 ("coffee; she is hiring"). */
export function entryWords(table: JournalTable, row: Row, plan: Pick<RemovalPlan, "names" | "participants">): string {
  const name = (id: unknown) => plan.names.get(Number(id)) ?? `#${id}`;
  switch (table) {
    case "interactions": {
      const people = (plan.participants.get(Number(row.id)) ?? []).map(name);
      return `conversation${people.length ? ` with ${people.join(", ")}` : ""} on ${row.date}${quoted(row.note)}`;
    }
    case "follow_ups":
      return `${row.intro_id !== null ? "check-in" : "follow-up"} with ${name(row.person_id)}, ${row.done_on ? `done ${row.done_on}` : `due ${row.due}`}${quoted(row.note)}`;
    case "ledger":
      return row.direction === "gave"
        ? `gave ${name(row.person_id)} "${row.what}" on ${row.date}`
        : `got "${row.what}" from ${name(row.person_id)} on ${row.date}`;
    case "asks":
      return `ask of ${name(row.person_id)} for "${row.what}" on ${row.date} (${row.status})`;
    case "intros":
      return `introduction of ${name(row.a_id)} and ${name(row.b_id)}${(row.made_on ?? row.proposed_on) ? ` on ${row.made_on ?? row.proposed_on}` : ""}`;
    case "people":
      return `${row.name} (#${row.id})`;
    default:
      return table;
  }
}

export function rowRef(table: JournalTable, row: Row): string | null {
  const ref = TABLES[table].ref;
  if (!ref) return null;
  return ref === "p" ? `#${row.id}` : refOf(ref, Number(row.id));
}

/** What a person's delete takes, as counts: "3 conversations (c1, c2, c5), 2 follow-ups (f1, f2), their details (2 e-mails, 1 tag)". */
export function historyCounts(plan: RemovalPlan, person: Target): string[] {
  const theirs = plan.gone.filter((g) => g.because?.kind === "p" && g.because.id === person.id);
  const lines: string[] = [];
  const refs = (kind: RefKind, table: JournalTable) => {
    const rows = theirs.filter((g) => g.table === table).sort((a, b) => Number(a.row.id) - Number(b.row.id));
    if (rows.length === 0) return;
    const shown = rows.slice(0, 8).map((g) => refOf(kind, Number(g.row.id)));
    const what = REF_KINDS[kind].what;
    const many = what === "ledger entry" ? "ledger entries" : `${what}s`;
    lines.push(
      `${plural(rows.length, what, many)} (${shown.join(", ")}${rows.length > shown.length ? ", …" : ""})${kind === "c" ? " where they were the only one" : ""}`,
    );
  };
  refs("c", "interactions");
  refs("f", "follow_ups");
  refs("l", "ledger");
  refs("a", "asks");
  refs("i", "intros");
  const groups = plan.lessPeople.filter((id) => plan.participants.get(id)?.includes(person.id));
  if (groups.length > 0) {
    lines.push(
      `${plural(groups.length, "group conversation")} (${groups
        .slice(0, 8)
        .map((id) => refOf("c", id))
        .join(", ")}${groups.length > 8 ? ", …" : ""}) only lose${groups.length === 1 ? "s" : ""} them`,
    );
  }
  const details: string[] = [];
  for (const [table, one] of [
    ["person_emails", "e-mail"],
    ["person_phones", "phone"],
    ["person_tags", "tag"],
    ["person_links", "link"],
    ["person_needs", "need"],
    ["person_offers", "offer"],
  ] as const) {
    const n = theirs.filter((g) => g.table === table).length;
    if (n > 0) details.push(plural(n, one));
  }
  lines.push(details.length ? `their details (${details.join(", ")})` : "their profile");
  return lines;
}

/** The listing shown before a person is deleted. */
export function personListing(plan: RemovalPlan, person: Target): string {
  const name = plan.names.get(person.id) ?? `#${person.id}`;
  return (
    visible(`Deleting ${name} (#${person.id}) deletes all their history:`) +
    historyCounts(plan, person)
      .map((l) => `\n  ${visible(l)}`)
      .join("")
  );
}

export function removalJson(plan: RemovalPlan) {
  const entry = (table: JournalTable, row: Row) => {
    const kind = TABLES[table].ref!;
    return { ref: refOf(kind, Number(row.id)), id: Number(row.id), kind: REF_KINDS[kind].what, what: entryWords(table, row, plan) };
  };
  return {
    deleted: [...plan.gone.filter((g) => g.because === null), ...plan.gone.filter((g) => g.because !== null)]
      .filter((g) => TABLES[g.table].ref)
      .map((g) => ({ ...entry(g.table, g.row), with: g.because ? refOf(g.because.kind, g.because.id) : null })),
    kept: plan.kept.filter((k) => TABLES[k.table].ref).map((k) => ({ ...entry(k.table, k.row), was: refOf(k.was.kind, k.was.id) })),
    groupConversations: plan.lessPeople.map((id) => refOf("c", id)),
  };
}
