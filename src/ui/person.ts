import type { Relationship } from "../db/relationships.js";
import { cadenceWords } from "../domain/cadence.js";
import type { Person } from "../domain/person.js";
import { colour } from "./colour.js";
import { columns } from "./table.js";
import { visible, visibleLines } from "./visible.js";

// How a person is shown: the JSON shape every command shares, and the profile block for humans.

export function personJson(person: Person) {
  return {
    id: person.id,
    name: person.name,
    company: person.company,
    title: person.title,
    emails: person.emails,
    phones: person.phones,
    tags: person.tags,
    links: person.links,
    needs: person.needs,
    offers: person.offers,
    met: person.met,
    metOn: person.metOn,
    birthday: person.birthday,
    linkedinUrl: person.linkedinUrl,
    note: person.note,
    cadenceDays: person.cadenceDays,
    archived: person.archived,
    created: person.createdOn,
  };
}

/** The person with where the relationship stands: what --json of add, edit, archive and people print. */
export function personStandingJson(person: Person, relationship: Relationship) {
  return {
    ...personJson(person),
    lastContact: relationship.lastContact,
    depth: { score: relationship.depth.score, tier: relationship.depth.tier },
    balance: relationship.balance,
  };
}

export function roleLine(person: Pick<Person, "title" | "company">): string {
  return roleOf(person.title, person.company);
}

/** "CTO at Acme", "CTO", "Acme" or "". */
export function roleOf(title: string | null, company: string | null): string {
  if (title && company) return `${title} at ${company}`;
  return title ?? company ?? "";
}

/** How often to keep in touch, as people say it (see cadenceWords). */
export function cadenceText(days: number | null): string {
  return cadenceWords(days);
}

/** The profile block: name, role, and the facts the user has recorded. */
export function renderProfile(person: Person): string {
  const c = colour();
  const lines = [`${c.bold(visible(person.name))} ${c.dim(`#${person.id}`)}${person.archived ? c.yellow(" (archived)") : ""}`];
  const role = roleLine(person);
  if (role) lines.push(`  ${visible(role)}`);
  const facts: [string, string | null][] = [
    ["email", person.emails.join(", ") || null],
    ["phone", person.phones.join(", ") || null],
    ["tags", person.tags.join(", ") || null],
    ["met", [person.met, person.metOn].filter(Boolean).join(", ") || null],
    ["birthday", person.birthday ? person.birthday.replace(/^--/, "") : null],
    ["linkedin", person.linkedinUrl],
    ["links", person.links.join(", ") || null],
    ["needs", person.needs.join("; ") || null],
    ["offers", person.offers.join("; ") || null],
    [
      "keep in touch",
      person.cadenceDays === null ? null : person.cadenceDays === 0 ? "none (never going cold)" : cadenceText(person.cadenceDays),
    ],
    ["note", person.note],
  ];
  // One aligned list: a note's own line breaks stay, each later line under the first.
  const shown = facts.filter((fact): fact is [string, string] => Boolean(fact[1]));
  if (shown.length > 0)
    lines.push(columns(shown.map(([label, value]) => [`  ${c.dim(label)}`, label === "note" ? visibleLines(value) : visible(value)])));
  return lines.join("\n");
}
