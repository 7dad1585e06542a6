import type { Candidate } from "../db/people.js";
import { daysBetween } from "../domain/dates.js";

// A person as a picker lists them: the name and id, then what tells two people of that name apart.

/** "Sam Lee #4 — Acme, CTO · last talked 3 weeks ago"; the parts the journal does not hold are left out. */
export function candidateLabel(person: Candidate, today: string): string {
  const role = [person.company, person.title].filter((part) => part !== null && part !== "").join(", ");
  const last = person.lastContact === null ? "never talked" : `last talked ${roughlyWhen(person.lastContact, today)}`;
  return `${person.name} #${person.id} — ${role === "" ? "" : `${role} · `}${last}`;
}

/** How long ago, as people say it: "today", "yesterday", "5 days ago", "3 weeks ago", "2 months ago", "a year ago". */
export function roughlyWhen(date: string, today: string): string {
  const days = daysBetween(date, today);
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 0) return days === -1 ? "tomorrow" : `in ${-days} days`;
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  if (days < 365) return `${Math.round(days / 30)} months ago`;
  const years = Math.round(days / 365);
  return years === 1 ? "a year ago" : `${years} years ago`;
}
