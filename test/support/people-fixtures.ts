import { openJournal, type Journal } from "../../src/db/open.js";
import { addInteraction } from "../../src/db/interactions.js";
import { getPerson, insertPerson, type PersonFields } from "../../src/db/people.js";
import type { ChannelName, Initiator } from "../../src/domain/channels.js";
import type { Person } from "../../src/domain/person.js";

// Fixtures for the people, show and edit tests, written in-process (much faster than spawning `net add` for each).

export async function withJournal<T>(path: string, fn: (journal: Journal) => Promise<T>): Promise<T> {
  const journal = await openJournal(path);
  try {
    return await fn(journal);
  } finally {
    await journal.close();
  }
}

export async function addPeople(
  path: string,
  people: readonly (PersonFields & { name: string })[],
  today = "2026-11-22",
): Promise<number[]> {
  return withJournal(path, (journal) =>
    journal.write(async (trx) => {
      const ids: number[] = [];
      for (const person of people) ids.push(await insertPerson(trx, person, today));
      return ids;
    }),
  );
}

export async function personIn(path: string, id: number): Promise<Person | undefined> {
  return withJournal(path, (journal) => getPerson(journal.db, id));
}

export interface Conversation {
  readonly date: string;
  readonly people: readonly number[];
  readonly channel?: ChannelName;
  readonly initiatedBy?: Initiator;
  readonly note?: string;
}

export async function addInteractions(path: string, conversations: readonly Conversation[]): Promise<number[]> {
  return withJournal(path, (journal) =>
    journal.write(async (trx) => {
      const ids: number[] = [];
      for (const c of conversations) {
        const interaction = {
          date: c.date,
          channel: c.channel ?? "call",
          initiatedBy: c.initiatedBy ?? "me",
          note: c.note ?? null,
          personIds: c.people,
        } as const;
        ids.push(await addInteraction(trx, interaction, c.date));
      }
      return ids;
    }),
  );
}
