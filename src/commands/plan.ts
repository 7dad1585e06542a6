import type { Context } from "../context.js";
import { introducedPairs, peopleWithPhrases } from "../db/connector.js";
import { openFollowUpsUntil } from "../db/follow-ups.js";
import { keepInTouchList, rhythmList } from "../db/interactions.js";
import { listAsks } from "../db/ledger.js";
import { personRefs } from "../db/people.js";
import { relationshipsToday } from "../db/relationship-cache.js";
import { relationshipOf } from "../db/relationships.js";
import { benefitLine, SUGGEST_MIN_TIER, suggestIntros } from "../domain/connector.js";
import { addDays } from "../domain/dates.js";
import { tierRank } from "../domain/depth.js";
import { goingCold, strongTiesFirst } from "../domain/due.js";
import { refOf } from "../domain/refs.js";
import { personArgument } from "../domain/shell.js";
import { readyAfterOneGive } from "../domain/verdict.js";
import { colour } from "../ui/colour.js";
import { print, printJson, say } from "../ui/output.js";
import { visible } from "../ui/visible.js";
import { askVerdictOf } from "./shared/ask-verdict.js";
import { withJournal } from "./shared/with-journal.js";

// `net plan`: this week's short list, each item with the command that does it.

/** At most this many of the strongest ties going cold. */
export const PLAN_REACH_OUT = 5;
/** At most this many strong ties you owe a give. */
export const PLAN_GIVES = 5;
/** Introductions worth making this week. */
export const PLAN_INTROS = 2;
/** The deepest ties looked at for "one more give makes a large ask ready". */
export const PLAN_HOOK_CANDIDATES = 30;

interface Item {
  readonly person?: { id: number; name: string };
  readonly what: string;
  readonly command: string;
}

export async function run(ctx: Context): Promise<void> {
  return withJournal(ctx, async (journal) => {
    const db = journal.db;
    const today = ctx.today;
    const [histories, keepInTouch, rhythms, followUps, asks, phrases, introduced] = await Promise.all([
      relationshipsToday(journal, today),
      keepInTouchList(db),
      rhythmList(db, today),
      openFollowUpsUntil(db, addDays(today, 7)),
      listAsks(db),
      peopleWithPhrases(db),
      introducedPairs(db),
    ]);
    const relationship = relationshipOf(histories, today);
    const tier = (id: number) => relationship(id).depth.tier;
    const strong = (id: number) => tierRank(tier(id)) >= tierRank("connection");

    const reachOut: Item[] = strongTiesFirst(goingCold(today, keepInTouch, rhythms), tier)
      .slice(0, PLAN_REACH_OUT)
      .map((c) => ({
        person: c.person,
        what: `${tier(c.person.id)}, ${c.daysOver} days over ${c.reason === "cadence" ? "their cadence" : "their usual rhythm"}`,
        command: `net log ${personArgument(c.person)}`,
      }));

    // Strong ties who gave more than they got; then those one give away from a large ask.
    const owed = [...histories.values()]
      .filter((r) => strong(r.personId) && r.balance.net < 0)
      .sort((a, b) => a.balance.net - b.balance.net);
    const deepest = [...histories.values()]
      .filter((r) => strong(r.personId) && r.balance.net >= 0)
      .sort((a, b) => b.depth.score - a.depth.score)
      .slice(0, PLAN_HOOK_CANDIDATES);
    const names = new Map(
      (
        await personRefs(
          db,
          [...owed.slice(0, PLAN_GIVES), ...deepest].map((r) => r.personId),
        )
      ).map((p) => [p.id, p]),
    );
    const givesOwed: Item[] = owed.slice(0, PLAN_GIVES).map((r) => {
      const person = names.get(r.personId)!;
      return {
        person,
        what: `they gave ${-r.balance.net} more than they got (${r.depth.tier})`,
        command: `net gave ${personArgument(person)} 'WHAT'`,
      };
    });
    for (const r of deepest) {
      if (givesOwed.length >= PLAN_GIVES + 2) break;
      const person = names.get(r.personId);
      if (!person) continue;
      const { facts } = await askVerdictOf(db, person, relationship(r.personId), "large", today);
      if (readyAfterOneGive(facts, today))
        givesOwed.push({ person, what: "one more give makes a large ask ready", command: `net gave ${personArgument(person)} 'WHAT'` });
    }

    const known = phrases
      .filter((p) => tierRank(tier(p.id)) >= tierRank(SUGGEST_MIN_TIER))
      .map((p) => ({ ...p, depthScore: relationship(p.id).depth.score }));
    const intros: Item[] = suggestIntros(known, introduced)
      .slice(0, PLAN_INTROS)
      .map((s) => ({
        // The other side's line only when they gain something of their own.
        what: s.forB
          ? `${benefitLine(s.a, s.b, s.forA, null)}; ${benefitLine(s.b, s.a, s.forB, null)}`
          : benefitLine(s.a, s.b, s.forA, null),
        command: `net intro ${personArgument(s.a)} ${personArgument(s.b)} --proposed --why '…'`,
      }));

    const followUpItems: Item[] = followUps.map((f) => ({
      person: f.person,
      what: `${f.due < today ? "overdue since" : "due"} ${f.due}${f.note ? `: ${f.note}` : ""}`,
      // An introduction's check-in closes with how it went.
      command: f.introId === null ? `net done ${refOf("f", f.id)}` : `net intros outcome ${refOf("i", f.introId)} met`,
    }));
    const askItems: Item[] = asks
      .filter((a) => a.status === "open")
      .map((a) => ({ person: a.person, what: `${a.what} (asked ${a.on})`, command: `net asks close ${refOf("a", a.id)} --granted` }));

    const plan = { reachOut, givesOwed, intros, followUps: followUpItems, asks: askItems };
    if (ctx.json) return printJson(plan);
    const c = colour();
    const sections = (
      [
        ["Reach out", reachOut],
        ["Give first", givesOwed],
        ["Introduce", intros],
        ["Follow-ups this week", followUpItems],
        ["Open asks", askItems],
      ] as const
    ).filter(([, items]) => items.length > 0);
    if (sections.length === 0) {
      say("Nothing to plan this week: no one going cold, nothing owed, due or open.");
      return;
    }
    print(
      sections
        .map(([title, items]) =>
          [
            c.bold(title),
            ...items.map(
              (i) =>
                `  ${i.person ? `${c.bold(visible(i.person.name))}  ` : ""}${visible(i.what)}\n    ${c.dim("→")} ${visible(i.command)}`,
            ),
          ].join("\n"),
        )
        .join("\n\n"),
    );
  });
}
