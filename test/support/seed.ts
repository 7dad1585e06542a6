import type { ChannelName, Initiator } from "../../src/domain/channels.js";
import type { SizeName } from "../../src/domain/sizes.js";
import { addInteraction } from "../../src/db/interactions.js";
import { addAsk, addLedgerEntry } from "../../src/db/ledger.js";
import { insertPerson } from "../../src/db/people.js";
import { withJournal } from "./people-fixtures.js";

// Writes a journal straight through the db modules, for tests that need years of history before running the CLI.

export interface SeedPerson {
  readonly name: string;
  readonly metOn?: string;
  readonly cadenceDays?: number;
  readonly talks?: readonly { date: string; via: ChannelName; by?: Initiator }[];
  readonly ledger?: readonly { direction: "gave" | "got"; what: string; size?: SizeName; date: string }[];
  readonly asks?: readonly { what: string; size?: SizeName; date: string }[];
}

export async function seed(dbPath: string, people: readonly SeedPerson[], today = "2026-11-22"): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  await withJournal(dbPath, (journal) =>
    journal.write(async (trx) => {
      for (const p of people) {
        const id = await insertPerson(trx, { name: p.name, metOn: p.metOn ?? null, cadenceDays: p.cadenceDays ?? null }, today);
        ids.set(p.name, id);
        for (const t of p.talks ?? [])
          await addInteraction(trx, { date: t.date, channel: t.via, initiatedBy: t.by ?? "me", note: null, personIds: [id] }, today);
        for (const l of p.ledger ?? [])
          await addLedgerEntry(trx, { personId: id, direction: l.direction, what: l.what, size: l.size ?? "small", date: l.date });
        for (const a of p.asks ?? []) await addAsk(trx, { personId: id, what: a.what, size: a.size ?? "medium", date: a.date });
      }
    }),
  );
  return ids;
}

/** Every `step` days from `from` up to `to`, inclusive. */
export function every(step: number, from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + step))
    out.push(d.toISOString().slice(0, 10));
  return out;
}

/** The first of every month from `from` (YYYY-MM) up to `to` (YYYY-MM-DD). */
export function monthly(from: string, to: string, day = "01"): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number) as [number, number];
  for (;;) {
    const date = `${y}-${String(m).padStart(2, "0")}-${day}`;
    if (date > to) return out;
    out.push(date);
    if (m === 12) {
      m = 1;
      y++;
    } else m++;
  }
}
