import { expect, test } from "vitest";
import { journalPerTest } from "../support/journal-per-test.js";

// The whole human layout of the daily views at 80 columns, on a journal built here (NET_TODAY fixed).

const { net, ok } = journalPerTest("2026-12-03");
const at80 = (args: string[]) => net(args, { env: { COLUMNS: "80" } }).stdout;

test("due, show, people and ask at 80 columns", async () => {
  ok(["add", "Ana Souza", "--company", "Acme Climate Partners International", "--title", "Head of Design", "--cadence", "1w"]);
  ok([
    "add",
    "Ben Ng 你好",
    "--company",
    "Lisbon 🎉 Studio",
    "--note",
    "met at the offsite\nhas two kids; loves sailing and long conversations about type design",
  ]);
  ok([
    "log",
    "ana",
    "--on",
    "2026-11-01",
    "--note",
    "coffee; she is hiring a designer for the new climate team and wants names",
    "--follow-up",
    "2026-12-05",
    "--follow-up-note",
    "send her three portfolios of designers who care about climate",
  ]);
  ok(["gave", "ben", "reviewed his deck", "--on", "2026-11-10"]);
  await expect(at80(["due"])).toMatchFileSnapshot("__snapshots__/layout-due.txt");
  await expect(at80(["show", "ana"])).toMatchFileSnapshot("__snapshots__/layout-show.txt");
  await expect(at80(["people"])).toMatchFileSnapshot("__snapshots__/layout-people.txt");
  await expect(at80(["ask", "ben"])).toMatchFileSnapshot("__snapshots__/layout-ask.txt");
});
