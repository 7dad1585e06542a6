import type { ListedPerson } from "../db/people-list.js";
import { colour } from "./colour.js";
import { roleLine } from "./person.js";
import { netText, tierText } from "./receipt.js";
import { table } from "./table.js";
import { lastContactText } from "./when.js";

// The `net people` table: one row per person, the depth score and balance beside who they are.

export function renderPeople(listed: readonly ListedPerson[], today: string): string {
  const c = colour();
  const rows = listed.map(({ person, relationship }) => [
    `${c.dim(`#${person.id}`)} ${person.name}${person.archived ? c.yellow(" (archived)") : ""}`,
    roleLine(person),
    tierText(relationship.depth.tier),
    String(relationship.depth.score),
    netText(relationship.balance.net),
    relationship.lastContact === null ? c.dim("never") : lastContactText(relationship.lastContact, today),
    person.tags.join(", "),
  ]);
  return table(["name", "company / title", "tier", "depth", "balance", "last contact", "tags"].map((h) => c.bold(h)), rows, ["left", "left", "left", "right", "right", "left", "left"]);
}
