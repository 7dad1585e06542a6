import type { Context } from "../context.js";
import { aboutMe } from "../db/about-me.js";
import { archivedAmong, personRefs } from "../db/people.js";
import { relationshipsOf } from "../db/relationships.js";
import { searchHits, textsOf } from "../db/search.js";
import { indexPrefixOf, stemsOf, WHO_FIELDS, whoMatch, whoScore, type WhoField } from "../domain/connector.js";
import { wordsOf } from "../domain/search.js";
import { usageError } from "../errors.js";
import { colour } from "../ui/colour.js";
import { print, printJson, say } from "../ui/output.js";
import { verdictText } from "../ui/verdict.js";
import { visible } from "../ui/visible.js";
import { askVerdictOf } from "./shared/ask-verdict.js";
import { sizeFlag } from "./shared/ledger-flags.js";
import { limitFrom } from "./shared/limit-flag.js";
import { withJournal } from "./shared/with-journal.js";

// `net who NEED…`: who could help with it, whom of them you can actually ask, and what to do first.

export interface WhoFlags {
  readonly size?: string;
  readonly limit?: string;
}

export const WHO_LIMIT = 10;

export async function run(ctx: Context, words: string[], flags: WhoFlags): Promise<void> {
  const size = sizeFlag(flags.size, "medium");
  const limit = limitFrom(flags.limit, WHO_LIMIT);
  return withJournal(ctx, async (journal) => {
    // Without words, what you said you need (net me): each need on its own.
    const needs = words.length > 0 ? [words.join(" ")] : [...(await aboutMe(journal.db)).needs];
    if (needs.length === 0)
      throw usageError(
        "who can help with what? name the need",
        "For example: net who a product designer; or say what you need once with net me --needs 'a seed investor', then run net who.",
      );
    const needStems = needs.map(stemsOf);
    if (needStems.every((s) => s.length === 0))
      throw usageError(
        `nothing to match in ${JSON.stringify(needs.join("; "))}: name what is needed`,
        "For example: net who a product designer.",
      );
    const fields = Object.keys(WHO_FIELDS) as WhoField[];
    // Each word that carries meaning, found in the index by the start it shares with its stem.
    const prefixes = [...new Set(needs.flatMap((n) => wordsOf(n)).filter((w) => stemsOf(w).length > 0))];
    const hits = await searchHits(
      journal.db,
      prefixes.map((w) => ({ words: [indexPrefixOf(w)], prefix: true })),
      true,
      fields,
    );
    const texts = await textsOf(
      journal.db,
      hits.map((h) => h.key),
    );
    const byPerson = new Map<number, Partial<Record<WhoField, string[]>>>();
    for (const hit of hits) {
      const own = byPerson.get(hit.personId) ?? {};
      const field = hit.field as WhoField;
      const text = texts.get(hit.key);
      if (text === undefined) continue;
      // A person's list (tags, offers) is one text in the index: each of its values is matched on its own.
      const values = field === "offers" || field === "tags" ? text.split("; ") : [text];
      own[field] = [...new Set([...(own[field] ?? []), ...values])];
      byPerson.set(hit.personId, own);
    }
    const archived = new Set((await archivedAmong(journal.db, [...byPerson.keys()])).map((p) => p.id));
    const matches = [...byPerson]
      .filter(([id]) => !archived.has(id))
      .map(([id, own]) => {
        // With several needs, the one they answer best.
        const best = needStems.map((stems) => whoMatch(stems, own)).sort((a, b) => b.match - a.match)[0]!;
        return { id, ...best };
      })
      .filter((m) => m.match > 0);
    const relationships = await relationshipsOf(
      journal.db,
      ctx.today,
      matches.map((m) => m.id),
    );
    const ranked = matches
      .map((m) => ({ ...m, relationship: relationships.get(m.id)!, score: whoScore(m.match, relationships.get(m.id)!.depth.score) }))
      .sort((a, b) => b.score - a.score || b.match - a.match || a.id - b.id);
    const shown = ranked.slice(0, limit);
    const names = new Map(
      (
        await personRefs(
          journal.db,
          shown.map((m) => m.id),
        )
      ).map((p) => [p.id, p.name]),
    );
    const results = [];
    for (const m of shown) {
      const person = { id: m.id, name: names.get(m.id)! };
      const { verdict, suggestion } = await askVerdictOf(journal.db, person, m.relationship, size, ctx.today);
      results.push({
        person,
        score: m.score,
        matched: [...m.matched],
        verdict,
        suggestion,
        depth: { score: m.relationship.depth.score, tier: m.relationship.depth.tier },
      });
    }
    if (ctx.json) return printJson(results);
    if (results.length === 0) {
      say(`No one in the journal offers or mentions ${needs.map((n) => visible(n)).join(" or ")}.`);
      say("Record what people can offer as you learn it: net edit NAME --offers 'product design'.");
      return;
    }
    const c = colour();
    print(
      results
        .map((r) =>
          [
            `${c.bold(visible(r.person.name))} ${c.dim(`#${r.person.id}`)}  ${c.dim(`score ${r.score} · ${r.depth.tier}, depth ${r.depth.score}`)}  ${verdictText(r.verdict)}`,
            ...r.matched.slice(0, 2).map((m) => `  ${c.dim("matched")} ${visible(m)}`),
            `  ${c.dim("next")}    ${visible(r.suggestion)}`,
          ].join("\n"),
        )
        .join("\n\n"),
    );
    if (ranked.length > results.length) say(`${ranked.length} people could help; showing the best ${results.length} (--limit N for more).`);
    say(`Verdicts are for a ${size} ask, as net ask NAME --size ${size} gives them.`);
  });
}
