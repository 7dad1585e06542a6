import type { Context } from "../context.js";
import { withJournal } from "./shared/with-journal.js";
import { noHistoryDepth } from "../db/relationships.js";
import { activeCount, interactionsPerMonth, ledgerBetween, tiersWithHistory } from "../db/stats.js";
import { windowStart, TIERS } from "../domain/depth.js";
import { giveAndTake, monthsUpTo, networkTiers, percentOf } from "../domain/stats.js";
import { barChart } from "../ui/chart.js";
import { colour } from "../ui/colour.js";
import { print, printJson } from "../ui/output.js";
import { netText, tierText } from "../ui/receipt.js";
import { columns } from "../ui/table.js";

const MONTHS = 12;

// `net stats`: breadth against depth, give against take, and a year of activity.
export async function run(ctx: Context): Promise<void> {
  const months = monthsUpTo(ctx.today, MONTHS);
  const since = windowStart(ctx.today);
  return withJournal(ctx, async (journal) => {
    const [withHistory, people, perMonth, ledger] = await Promise.all([
      tiersWithHistory(journal.db, ctx.today),
      activeCount(journal.db),
      interactionsPerMonth(journal.db, months, ctx.today),
      ledgerBetween(journal.db, since, ctx.today),
    ]);
    const tiers = networkTiers(withHistory, people, noHistoryDepth(ctx.today).tier);
    const { gave, got, net } = giveAndTake(ledger);
    const activity = months.map((month) => ({ month, interactions: perMonth.get(month) ?? 0 }));
    if (ctx.json) return printJson({ date: ctx.today, people, tiers, lastYear: { since, gave, got }, interactionsByMonth: activity });

    const c = colour();
    print(c.bold(`Your network: ${people} ${people === 1 ? "person" : "people"}`));
    print(
      columns(
        [...TIERS].reverse().map((t) => [`  ${tierText(t)}`, String(tiers[t]), percentText(percentOf(tiers[t], people))]),
        ["left", "right", "right"],
      ),
    );
    print();
    print(c.bold(`Give and take since ${since}`));
    print(`  gave ${gave.count} (weight ${gave.weight}) · got ${got.count} (weight ${got.weight}) · net ${netText(net)}`);
    print();
    print(c.bold("Conversations per month"));
    print(barChart(activity.map((a) => ({ label: `  ${a.month}`, value: a.interactions }))));
  });
}

function percentText(percent: number | null): string {
  return percent === null ? "" : `${percent}%`;
}
