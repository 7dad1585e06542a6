import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openJournal } from "../../src/db/open.js";
import { session, tempJournal } from "../support/net.js";
import { seed } from "../support/seed.js";

let journal: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(async () => {
  journal = tempJournal();
  net = session(journal.db);
  await seed(journal.db, [{ name: "Ana Souza" }, { name: "Ben Ortiz" }]);
});
afterEach(() => journal.cleanup());

async function followUps() {
  const j = await openJournal(journal.db);
  try {
    return await j.db.selectFrom("follow_ups").select(["person_id", "due", "note", "intro_id", "done_on"]).orderBy("id").execute();
  } finally {
    await j.close();
  }
}

describe("introductions", () => {
  it("a made intro is a medium give to both and one check-in 14 days later; the outcome closes it", async () => {
    const made = net(["intro", "ana", "ben", "--why", "Ana is hiring; Ben wants a design role", "--on", "2026-11-20", "--json"]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.json()).toMatchObject({
      intro: { id: 1, a: { name: "Ana Souza" }, b: { name: "Ben Ortiz" }, status: "made", madeOn: "2026-11-20" },
      followUp: { due: "2026-12-04" },
    });
    expect(
      net(["balance", "--json"])
        .json()
        .map((b: { given: number; received: number }) => [b.given, b.received]),
    ).toEqual([
      [2, 0],
      [2, 0],
    ]);
    expect(await followUps()).toEqual([
      { person_id: 1, due: "2026-12-04", note: "How did the introduction of Ana Souza and Ben Ortiz go?", intro_id: 1, done_on: null },
    ]);

    const outcome = net(["intros", "outcome", "1", "met", "--note", "they are working together", "--json"]);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.json()).toMatchObject({
      intro: { outcome: "met", outcomeNote: "they are working together", outcomeOn: "2026-11-22" },
      closedFollowUps: [1],
    });
    expect((await followUps())[0]!.done_on).toBe("2026-11-22");
    expect(net(["intros", "outcome", "1", "fizzled"]).code).toBe(2);
  });

  it("a proposed intro earns nothing until it is made", async () => {
    expect(net(["intro", "ana", "ben", "--proposed"]).stdout).toContain("Intro i1 proposed");
    expect(net(["balance", "--json"]).json()).toEqual([]);
    expect(await followUps()).toEqual([]);
    expect(net(["intros", "outcome", "1", "met"]).stderr).toContain("only proposed");

    const made = net(["intros", "made", "1", "--json"]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.json()).toMatchObject({
      intro: { status: "made", madeOn: "2026-11-22", proposedOn: "2026-11-22" },
      followUp: { due: "2026-12-06" },
    });
    expect(net(["balance", "--json"]).json()).toHaveLength(2);
    const again = net(["intros", "made", "1"]);
    expect(again.code).toBe(2);
    expect(await followUps()).toHaveLength(1);

    const list = net(["intros"]);
    expect(list.stdout).toMatch(/^i1\s+Ana Souza ↔ Ben Ortiz\s+2026-11-22\s+made/m);
    expect(net(["intros", "--json"]).json()).toHaveLength(1);
  });

  it("bad input is a usage error and writes nothing", async () => {
    const cases: [string[], RegExp][] = [
      [["intro", "ana", "Ana Souza"], /both Ana Souza; an introduction needs two different people/],
      [["intro", "ana", "ben", "--on", "whenever"], /not a date/],
      [["intro", "ana", "nobody-here"], /no one called/],
      [["intros", "made", "7"], /no introduction with id 7/],
      [["intros", "outcome", "x", "met"], /not an introduction id/],
      [["intros", "outcome", "1", "great"], /"great" is not an outcome[\s\S]*met, fizzled/],
    ];
    for (const [args, message] of cases) {
      const r = net(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(net(["intros", "--json"]).json()).toEqual([]);
    expect(net(["balance", "--json"]).json()).toEqual([]);
    expect(await followUps()).toEqual([]);
  });
});
