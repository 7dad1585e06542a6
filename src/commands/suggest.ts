import type { Context } from "../context.js";
import { aboutMe } from "../db/about-me.js";
import { introducedPairs, peopleWithPhrases } from "../db/connector.js";
import { relationshipsOf } from "../db/relationships.js";
import { benefitLine, overlap, stemsOf, SUGGEST_MIN_OVERLAP, SUGGEST_MIN_TIER, suggestIntros } from "../domain/connector.js";
import { tierRank } from "../domain/depth.js";
import { personArgument } from "../domain/shell.js";
import { colour } from "../ui/colour.js";
import { print, printJson, say } from "../ui/output.js";
import { visible } from "../ui/visible.js";
import { limitFrom } from "./shared/limit-flag.js";
import { resolvePerson } from "./shared/resolve-person.js";
import { withJournal } from "./shared/with-journal.js";

// `net suggest [NAME]`: introductions worth making, where one person's needs meet another's offers.

export const SUGGEST_LIMIT = 10;

export async function run(ctx: Context, name: string | undefined, flags: { limit?: string }): Promise<void> {
  const limit = limitFrom(flags.limit, SUGGEST_LIMIT);
  return withJournal(ctx, async (journal) => {
    const only = name === undefined ? undefined : await resolvePerson(journal, name, ctx, { reading: true });
    const [people, introduced, me] = await Promise.all([peopleWithPhrases(journal.db), introducedPairs(journal.db), aboutMe(journal.db)]);
    const relationships = await relationshipsOf(
      journal.db,
      ctx.today,
      people.map((p) => p.id),
    );
    const depth = (id: number) => relationships.get(id)!.depth;
    const known = people
      .filter((p) => tierRank(depth(p.id).tier) >= tierRank(SUGGEST_MIN_TIER))
      .map((p) => ({ ...p, depthScore: depth(p.id).score }));
    const all = suggestIntros(known, introduced).filter((s) => only === undefined || s.a.id === only.id || s.b.id === only.id);
    const shown = all.slice(0, limit);
    const results = shown.map((s) => ({
      a: { id: s.a.id, name: s.a.name },
      b: { id: s.b.id, name: s.b.name },
      score: s.score,
      forA: benefitLine(s.a, s.b, s.forA, null),
      forB: benefitLine(s.b, s.a, s.forB, s.forA),
      matched: [...new Set([s.forA?.needs, s.forA?.offers, s.forB?.needs, s.forB?.offers].filter((t): t is string => t !== undefined))],
    }));
    if (ctx.json) return printJson(results);
    const c = colour();
    if (results.length > 0) {
      print(
        results
          .map((r, i) =>
            [
              `${c.bold(`${visible(r.a.name)} and ${visible(r.b.name)}`)}  ${c.dim(`score ${r.score}`)}`,
              `  ${c.dim("for")} ${visible(r.forA)}`,
              `  ${c.dim("for")} ${visible(r.forB)}`,
              `  ${c.dim("make it")} net intro ${personArgument(shown[i]!.a)} ${personArgument(shown[i]!.b)} --proposed --why '…'`,
            ].join("\n"),
          )
          .join("\n\n"),
      );
      if (all.length > results.length)
        say(`${all.length} introductions worth making; showing the best ${results.length} (--limit N for more).`);
    } else {
      say(
        only
          ? `No introduction to suggest for ${visible(only.name)}: none of their needs meets someone's offer, or the other way.`
          : "No introduction to suggest yet: it takes acquaintances whose needs meet others' offers.",
      );
      say("Record them as you learn them: net edit NAME --needs 'a product designer' --offers 'intros to banks'.");
    }
    // Your own offers against their needs: a give you could make yourself.
    const gives = known
      .filter((p) => only === undefined || p.id === only.id)
      .flatMap((p) =>
        p.needs.flatMap((need) =>
          me.offers.filter((offer) => overlap(stemsOf(need), stemsOf(offer)) >= SUGGEST_MIN_OVERLAP).map((offer) => ({ p, need, offer })),
        ),
      )
      .slice(0, 3);
    for (const g of gives)
      say(`You could help ${visible(g.p.name)} yourself: they need ${visible(g.need)}, and you offer ${visible(g.offer)}.`);
  });
}
