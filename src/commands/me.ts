import type { Context } from "../context.js";
import { aboutMe, changeAboutMe } from "../db/about-me.js";
import { SIDES, type Side } from "../domain/needs-offers.js";
import { colour } from "../ui/colour.js";
import { print, printJson, say } from "../ui/output.js";
import { columns } from "../ui/table.js";
import { visible } from "../ui/visible.js";
import { phraseFlag } from "./shared/person-flags.js";
import { withJournal } from "./shared/with-journal.js";

// `net me`: what you are looking for and what you can offer, for `net who` and `net suggest` to work from.

export interface MeFlags {
  readonly needs?: string[];
  readonly offers?: string[];
  readonly unneed?: string[];
  readonly unoffer?: string[];
}

export async function run(ctx: Context, flags: MeFlags): Promise<void> {
  const phrases = (values: string[] | undefined, flag: string) =>
    (values ?? []).map((v) => phraseFlag(v, flag)).filter((p): p is string => p !== null);
  const added: Record<Side, string[]> = { needs: phrases(flags.needs, "--needs"), offers: phrases(flags.offers, "--offers") };
  const removed: Record<Side, string[]> = { needs: phrases(flags.unneed, "--unneed"), offers: phrases(flags.unoffer, "--unoffer") };
  const changing = [flags.needs, flags.offers, flags.unneed, flags.unoffer].some((f) => f !== undefined);
  return withJournal(ctx, async (journal) => {
    let missing: Record<Side, string[]> = { needs: [], offers: [] };
    if (changing) {
      missing = await journal.write(async (w) => {
        w.describe("me: your needs and offers");
        return changeAboutMe(w, added, removed);
      });
    }
    const me = await aboutMe(journal.db);
    for (const side of SIDES)
      if (missing[side].length > 0)
        say(`Note: you had no ${side === "needs" ? "need" : "offer"} ${missing[side].map((p) => `"${visible(p)}"`).join(", ")}.`);
    if (ctx.json) return printJson({ needs: me.needs, offers: me.offers });
    if (me.needs.length + me.offers.length === 0) {
      say("You have not said what you need or can offer yet.");
      say("Say it, and net who and net suggest work from it: net me --needs 'a seed investor' --offers 'product strategy'");
      return;
    }
    const c = colour();
    print(
      columns([
        [c.bold("You need"), me.needs.map(visible).join("; ") || c.dim("nothing said")],
        [c.bold("You offer"), me.offers.map(visible).join("; ") || c.dim("nothing said")],
      ]),
    );
    if (changing) say("Updated what you need and offer.");
  });
}
