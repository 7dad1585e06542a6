import type { Context } from "../context.js";
import { knownPeople } from "../db/match-keys.js";
import { duplicatePairs } from "../domain/matching.js";
import { colour } from "../ui/colour.js";
import { print, printJson, say } from "../ui/output.js";
import { table } from "../ui/table.js";
import { visible } from "../ui/visible.js";
import { withJournal } from "./shared/with-journal.js";

/** Without --json, this many pairs are listed. */
const SHOWN = 50;

export async function run(ctx: Context): Promise<void> {
  const people = await withJournal(ctx, async (journal) => knownPeople(journal.sqlite));
  const pairs = duplicatePairs([...people.values()]);
  const who = (id: number) => {
    const p = people.get(id)!;
    return { id: p.id, name: p.name, company: p.company };
  };
  if (ctx.json) return printJson({ pairs: pairs.map((p) => ({ strength: p.strength, reasons: p.reasons, a: who(p.a), b: who(p.b) })) });
  if (pairs.length === 0) return say("No likely duplicates: no shared e-mail, phone or LinkedIn profile, and no near-identical names.");
  const c = colour();
  const label = (id: number) => {
    const p = who(id);
    return `#${p.id} ${visible(p.name)}${p.company ? c.dim(` (${visible(p.company)})`) : ""}`;
  };
  const shown = pairs.slice(0, SHOWN);
  print(
    table(
      ["strength", "keep", "other", "why"],
      shown.map((p) => [String(p.strength), label(p.a), label(p.b), visible(p.reasons.join("; "))]),
      ["right", "left", "left", "left"],
    ),
  );
  if (pairs.length > shown.length) say(`… and ${pairs.length - shown.length} more pairs (--json lists them all).`);
  const first = pairs[0]!;
  say(`Fold a duplicate into the person to keep: net merge ${first.a} ${first.b}`);
}
