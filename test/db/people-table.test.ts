import { describe, expect, it } from "vitest";
import { addInteraction } from "../../src/db/interactions.js";
import { addLedgerEntry } from "../../src/db/ledger.js";
import { insertPerson, type PersonFields } from "../../src/db/people.js";
import { listPeople, peopleTable, type PeopleFilter, type PeopleColumns } from "../../src/db/people-list.js";
import { journalPerTest } from "../support/journal.js";

// The columns behind `net people`, read from a real journal: who is shown, in which order, with which tags and standing.

const TODAY = "2026-11-22";
const t = journalPerTest();

const add = (person: PersonFields & { name: string }) => t.journal.write((trx) => insertPerson(trx, person, TODAY));
const talk = (personIds: number[], date: string, channel: "meeting" | "call", initiatedBy: "me" | "them" = "me") =>
  t.journal.write((trx) => addInteraction(trx, { date, channel, initiatedBy, note: null, personIds }, TODAY));
const table = (filter: Partial<PeopleFilter> = {}) => peopleTable(t.journal, TODAY, { includeArchived: false, order: "name", ...filter });
/** The shown rows as "id name [tags] score", in order. */
const shown = (people: PeopleColumns) =>
  Array.from(people.order, (row) => `${people.id[row]} ${people.name[row]} [${people.tags[row]}] ${people.score[row]}`);

describe("the people table's columns", () => {
  it("lists by name, tags in order, and by depth with people alike kept in name order", async () => {
    const zoe = await add({ name: "Zoë Young", tags: ["zebra", "alpha", "climate"] });
    const abe = await add({ name: "Abe Zhu" });
    const mo = await add({ name: "Mo Ali", tags: ["design"] });
    await add({ name: "Cy Dee", archived: true });
    await talk([mo], "2026-11-20", "meeting", "them");
    await t.journal.write((trx) =>
      addLedgerEntry(trx, { personId: abe, direction: "got", what: "a referral", size: "medium", date: "2026-10-01" }),
    );

    const byName = await table();
    expect(shown(byName).map((line) => line.replace(/ \d+$/, ""))).toEqual([
      `${abe} Abe Zhu []`,
      `${mo} Mo Ali [design]`,
      `${zoe} Zoë Young [alpha, climate, zebra]`,
    ]);

    const byDepth = await table({ order: "depth" });
    const scores = Array.from(byDepth.order, (row) => byDepth.score[row]!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(byDepth.name[byDepth.order[0]!]).toBe("Mo Ali");
    expect(byDepth.net[byDepth.order.indexOf(byDepth.id.indexOf(abe))]).toBe(-2);
    expect(byDepth.lastContact[byDepth.id.indexOf(mo)]).toBe("2026-11-20");

    const all = await table({ includeArchived: true, order: "last" });
    expect(Array.from(all.order, (row) => all.name[row])).toEqual(["Mo Ali", "Abe Zhu", "Cy Dee", "Zoë Young"]);
    expect(all.archived[all.id.indexOf(4)]).toBe(1);
  });

  it("finds each person's row whatever their ids, even far apart after a restore", async () => {
    const ana = await add({ name: "Ana Souza", tags: ["investor"] });
    const ben = await add({ name: "Ben Ode" });
    const far = 9_007_199_254_740;
    t.journal.sqlite.prepare("UPDATE people SET id = ? WHERE id = ?").run(far, ben);
    await talk([far], "2026-11-01", "call");
    const people = await table({ order: "depth" });
    expect(shown(people).map((line) => line.replace(/ \d+$/, ""))).toEqual([`${far} Ben Ode []`, `${ana} Ana Souza [investor]`]);
    expect(people.lastContact[people.order[0]!]).toBe("2026-11-01");
  });

  it("lists everyone with all they hold, a thousand at a time, in the same order as the table", async () => {
    await t.journal.write(async (trx) => {
      for (let n = 0; n < 2_100; n++) {
        await insertPerson(
          trx,
          {
            name: `Person ${String((n * 7919) % 2_100).padStart(4, "0")}`,
            emails: n % 3 === 0 ? [`p${n}@example.com`, `q${n}@example.com`] : [],
            tags: n % 5 === 0 ? ["zeta", "alpha"] : [],
          },
          TODAY,
        );
      }
    });
    for (const n of [4, 1_500, 2_099]) await talk([n + 1], `2026-11-${String(10 + (n % 10)).padStart(2, "0")}`, "meeting", "them");
    for (const order of ["name", "depth", "last"] as const) {
      const listed = [...(await listPeople(t.journal, TODAY, { includeArchived: false, order })).people];
      const rows = await table({ order });
      expect(listed.map((l) => l.person.id)).toEqual(Array.from(rows.order, (row) => rows.id[row]));
    }
    const listed = [...(await listPeople(t.journal, TODAY, { includeArchived: false, order: "name" })).people];
    const late = listed.find((l) => l.person.id === 2_086)!;
    expect(late.person.emails).toEqual(["p2085@example.com", "q2085@example.com"]);
    expect(late.person.tags).toEqual(["alpha", "zeta"]);
    expect(listed.find((l) => l.person.id === 1_501)!.relationship.lastContact).toBe("2026-11-10");
  });

  it("shows only a tier when asked, from the same scores", async () => {
    const mo = await add({ name: "Mo Ali" });
    await add({ name: "Abe Zhu" });
    for (const [n, date] of ["2026-11-01", "2026-11-05", "2026-11-10", "2026-11-15", "2026-11-20"].entries())
      await talk([mo], date, "meeting", n % 2 === 0 ? "them" : "me");
    const names = async (tier: PeopleFilter["tier"]) => shown(await table({ tier })).map((line) => line.split(" ")[1]);
    expect(await names("contact")).toEqual(["Abe"]);
    expect(await names("acquaintance")).toEqual(["Mo"]);
    expect(await names("inner")).toEqual([]);
  });
});
