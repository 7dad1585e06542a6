import type { Context } from "../context.js";
import { personRefs } from "../db/people.js";
import { relationshipsOf } from "../db/relationships.js";
import { searchHits, textsOf, type SearchHit } from "../db/search.js";
import { plainSnippet, readTerms, snippetOf } from "../domain/search.js";
import { plural } from "../domain/plural.js";
import { usageError } from "../errors.js";
import { colour } from "../ui/colour.js";
import { print, printJson, say } from "../ui/output.js";
import { visible } from "../ui/visible.js";
import { limitFrom } from "./shared/limit-flag.js";
import { withJournal } from "./shared/with-journal.js";

// `net find WORDS…`: everything the user wrote or imported that holds the words, grouped by person, best first.

export interface FindFlags {
  readonly any?: boolean;
  readonly limit?: string;
}

/** How many people a search shows unless --limit says otherwise. */
export const FIND_LIMIT = 20;
/** The matches kept of each person, best first (the human view shows the first few). */
export const HITS_PER_PERSON = 50;
export const HITS_SHOWN = 3;

export async function run(ctx: Context, words: string[], flags: FindFlags): Promise<void> {
  const terms = readTerms(words);
  if (terms.length === 0)
    throw usageError(
      `nothing to look for in ${JSON.stringify(words.join(" "))}: give a word`,
      `For example: net find fintech, net find '"product designer"' zurich, or net find climate investor --any.`,
    );
  const limit = limitFrom(flags.limit, FIND_LIMIT);
  return withJournal(ctx, async (journal) => {
    const hits = await searchHits(journal.db, terms, Boolean(flags.any));
    const byPerson = new Map<number, { score: number; hits: SearchHit[] }>();
    for (const hit of hits) {
      const found = byPerson.get(hit.personId);
      if (found) {
        found.score += hit.relevance;
        found.hits.push(hit);
      } else byPerson.set(hit.personId, { score: hit.relevance, hits: [hit] });
    }
    const score = (id: number) => Math.round(byPerson.get(id)!.score * 100) / 100;
    const ranked = [...byPerson.keys()].sort((a, b) => score(b) - score(a) || a - b);
    // Relevance first, then depth: depth is worked out for those who could still make the list on a tie.
    const cut = ranked.length > limit ? score(ranked[limit - 1]!) : Number.NEGATIVE_INFINITY;
    const contenders = ranked.filter((id) => score(id) >= cut);
    const relationships = await relationshipsOf(journal.db, ctx.today, contenders);
    const depth = (id: number) => relationships.get(id)!.depth.score;
    const shown = contenders.sort((a, b) => score(b) - score(a) || depth(b) - depth(a) || a - b).slice(0, limit);
    const names = new Map((await personRefs(journal.db, shown)).map((p) => [p.id, p.name]));
    const kept = new Map(
      shown.map((id) => [
        id,
        byPerson
          .get(id)!
          .hits.sort((a, b) => b.relevance - a.relevance)
          .slice(0, HITS_PER_PERSON),
      ]),
    );
    const texts = await textsOf(
      journal.db,
      [...kept.values()].flatMap((list) => list.map((h) => h.key)),
    );
    const results = shown.map((id) => ({
      person: { id, name: names.get(id)! },
      score: score(id),
      depth: relationships.get(id)!.depth,
      total: byPerson.get(id)!.hits.length,
      hits: kept.get(id)!.map((h) => ({ ref: h.ref, field: h.field, pieces: snippetOf(texts.get(h.key) ?? "", terms) })),
    }));
    if (ctx.json) {
      return printJson(
        results.map((r) => ({
          person: r.person,
          score: r.score,
          hits: r.hits.map((h) => ({ ref: h.ref, field: h.field, snippet: plainSnippet(h.pieces) })),
        })),
      );
    }
    if (results.length === 0) {
      say(`Nothing in the journal matches ${words.map((w) => visible(w)).join(" ")}.`);
      if (!flags.any && terms.length > 1) say("Every word must match; with --any, either one does.");
      return;
    }
    const c = colour();
    const blocks = results.map((r) => {
      const head = `${c.bold(visible(r.person.name))} ${c.dim(`#${r.person.id}`)}  ${c.dim(`${r.depth.tier}, depth ${r.depth.score}`)}`;
      const refWidth = Math.max(...r.hits.slice(0, HITS_SHOWN).map((h) => h.ref.length));
      const lines = r.hits.slice(0, HITS_SHOWN).map((h) => {
        const snippet = h.pieces.map((p) => (p.match ? c.bold(visible(p.text)) : visible(p.text))).join("");
        return `  ${c.dim(h.ref.padEnd(refWidth))}  ${c.dim(`${h.field}:`)} ${snippet}`;
      });
      if (r.total > HITS_SHOWN) lines.push(c.dim(`  … and ${plural(r.total - HITS_SHOWN, "more match", "more matches")}`));
      return [head, ...lines].join("\n");
    });
    print(blocks.join("\n\n"));
    if (byPerson.size > results.length)
      say(`${plural(byPerson.size, "person matches", "people match")}; showing the first ${results.length} (--limit N for more).`);
  });
}
