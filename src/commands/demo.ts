import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Context } from "../context.js";
import { addFollowUp } from "../db/follow-ups.js";
import { addInteraction } from "../db/interactions.js";
import { addIntro } from "../db/intros.js";
import { addAsk, addLedgerEntry } from "../db/ledger.js";
import { openJournal } from "../db/open.js";
import { insertPerson, type PersonRef } from "../db/people.js";
import { changeAboutMe } from "../db/about-me.js";
import { demoNetwork } from "../domain/demo-network.js";
import { colour } from "../ui/colour.js";
import { print, printJson, say } from "../ui/output.js";

// `net demo`: a sample network in a throw-away journal, then a morning's `net due` and an `ask` verdict.
// It never touches the user's own journal: the sample lives in a new temporary directory.

const ASK_NAME = "Marcus Lee";

export async function run(ctx: Context): Promise<void> {
  const dbPath = join(mkdtempSync(join(tmpdir(), "net-demo-")), "journal.db");
  const network = demoNetwork(ctx.today);
  const journal = await openJournal(dbPath);
  try {
    await journal.write(async (w) => {
      w.describe("demo: the sample journal");
      const people = new Map<string, PersonRef>();
      for (const p of network.people) people.set(p.name, { id: await insertPerson(w, p, ctx.today), name: p.name });
      const idOf = (name: string) => people.get(name)!.id;
      for (const i of network.interactions) {
        await addInteraction(
          w,
          { date: i.date, channel: i.channel, initiatedBy: i.initiatedBy, note: i.note ?? null, personIds: i.people.map(idOf) },
          ctx.today,
        );
      }
      for (const e of network.ledger)
        await addLedgerEntry(w, { personId: idOf(e.person), direction: e.direction, what: e.what, size: e.size, date: e.date });
      for (const a of network.asks) await addAsk(w, { personId: idOf(a.person), what: a.what, size: a.size, date: a.date });
      for (const i of network.intros)
        await addIntro(w, { a: people.get(i.a)!, b: people.get(i.b)!, why: i.why, on: i.date, proposed: false }, ctx.today);
      for (const f of network.followUps) await addFollowUp(w, { personId: idOf(f.person), due: f.due, note: f.note }, ctx.today);
      await changeAboutMe(w, network.me, { needs: [], offers: [] });
    });
  } finally {
    await journal.close();
  }

  // The tour runs other commands on the sample; it must never stop to prompt.
  const demo: Context = { ...ctx, dbPath, interactive: false };
  if (ctx.json) {
    return printJson({ journal: dbPath, people: network.people.length, interactions: network.interactions.length });
  }
  const c = colour();
  const heading = (text: string) => print(`\n${c.bold.underline(text)}\n`);
  print(`${c.bold("net demo")}: a sample network of ${network.people.length} people in ${dbPath}`);
  print(c.dim(`(your own journal is not touched; to explore this one, prefix commands with NET_DB=${dbPath})`));

  heading("Each morning: net due");
  await (await import("./due.js")).run(demo, {});

  heading("Who is strong, who is only a contact: net people --sort depth");
  await (await import("./people.js")).run(demo, { sort: "depth" });

  heading(`Before an ask: net ask "${ASK_NAME}" --for "an intro to his investors"`);
  await (await import("./ask.js")).run(demo, ASK_NAME, { size: "medium", for: "an intro to his investors" });

  heading("Being a connector: net plan");
  await (await import("./plan.js")).run(demo);

  say(`\nTry more on the sample: NET_DB=${dbPath} net show priya, net who a product designer, net suggest, net brief priya`);
  say('Start your own journal: net add "Your first contact" --company … --cadence monthly, then net log NAME after you talk.');
}
