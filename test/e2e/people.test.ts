import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { session, tempJournal } from "../support/net.js";
import { addInteractions, addPeople, personIn } from "../support/people-fixtures.js";

let temp: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(() => {
  temp = tempJournal();
  net = session(temp.db);
});
afterEach(() => temp.cleanup());

/** Ana: seen often and recently; Ben: one e-mail months ago; Cy: never; Dee: archived. */
async function network(): Promise<void> {
  await addPeople(temp.db, [
    { name: "Ana Souza", company: "Acme", title: "CTO", tags: ["climate", "design"], metOn: "2024-01-10" },
    { name: "Ben Ode", company: "Ode Ventures", tags: ["investor", "climate"] },
    { name: "Cy Dee", title: "Designer" },
    { name: "Dee Archer", tags: ["climate"], archived: true },
  ]);
  const weekly = Array.from({ length: 20 }, (_, n) => ({
    date: `2026-${String(7 + Math.floor(n / 4)).padStart(2, "0")}-${String(1 + (n % 4) * 4).padStart(2, "0")}`,
    people: [1],
    channel: "meeting" as const,
    initiatedBy: n % 2 === 0 ? ("me" as const) : ("them" as const),
  }));
  await addInteractions(temp.db, [
    ...weekly,
    { date: "2026-11-20", people: [1], channel: "video" },
    { date: "2026-06-01", people: [2], channel: "email" },
    { date: "2026-11-01", people: [4] },
  ]);
}

describe("net people", () => {
  it("on an empty journal says how to start", () => {
    const r = net(["people"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/journal is empty/);
    expect(r.stderr).toContain("net add");
    expect(r.stderr).toContain("net import");
    expect(r.stderr).toContain("net demo");
    expect(net(["people", "--json"]).json()).toEqual([]);
  });

  it("lists everyone not archived, by name, with depth, balance and last contact", async () => {
    await network();
    const r = net(["people", "--json"]);
    expect(r.code).toBe(0);
    const people = r.json();
    expect(people.map((p: { name: string }) => p.name)).toEqual(["Ana Souza", "Ben Ode", "Cy Dee"]);
    expect(people[0]).toMatchObject({
      id: 1,
      company: "Acme",
      title: "CTO",
      tags: ["climate", "design"],
      archived: false,
      lastContact: "2026-11-20",
      depth: { score: expect.any(Number), tier: expect.any(String) },
      balance: { given: 0, received: 0, net: 0 },
    });
    expect(Object.keys(people[0].depth)).toEqual(["score", "tier"]);
    expect(people[1].lastContact).toBe("2026-06-01");
    expect(people[2].lastContact).toBeNull();
  });

  it("prints a table a person can read", async () => {
    await network();
    const r = net(["ls"]);
    expect(r.code).toBe(0);
    const [head, ...rows] = r.stdout.trimEnd().split("\n");
    expect(head).toMatch(/name\s+company \/ title\s+tier\s+depth\s+balance\s+last contact\s+tags/);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/#1 Ana Souza\s+CTO at Acme\s+\w+\s+\d+\s+0\s+2026-11-20 \(2 days ago\)\s+climate, design/);
    expect(rows[1]).toMatch(/#2 Ben Ode\s+Ode Ventures\s+.*2026-06-01 \(174 days ago\)\s+climate, investor/);
    expect(rows[2]).toMatch(/#3 Cy Dee\s+Designer\s+contact\s+0\s+0\s+never/);
    expect(r.stdout).not.toContain("Dee Archer");
  });

  it("filters by tag and tier and sorts by last contact or depth", async () => {
    await network();
    const names = (args: string[]) =>
      net(["people", ...args, "--json"])
        .json()
        .map((p: { name: string }) => p.name);
    expect(names(["--tag", "Climate"])).toEqual(["Ana Souza", "Ben Ode"]);
    expect(names(["--tag", "climate", "--all"])).toEqual(["Ana Souza", "Ben Ode", "Dee Archer"]);
    expect(names(["--sort", "last"])).toEqual(["Ana Souza", "Ben Ode", "Cy Dee"]);
    expect(names(["--sort", "depth"])[0]).toBe("Ana Souza");
    const all = net(["people", "--json", "--all"]).json() as { name: string; depth: { tier: string } }[];
    const ana = all.find((p) => p.name === "Ana Souza")!;
    expect(names(["--tier", ana.depth.tier])).toContain("Ana Souza");
    expect(names(["--tier", "contact"])).toContain("Cy Dee");
    expect(names(["--tier", "contact"])).not.toContain("Ana Souza");
  });

  it("shows the same people, in the same order and with the same tags, as --json does, however sorted and filtered", async () => {
    await network();
    // Added out of name order, tags out of order, most never contacted: ties in depth and dates keep name order.
    await addPeople(temp.db, [
      { name: "Zoë Young", tags: ["zebra", "climate", "alpha"] },
      { name: "Abe Zhu" },
      { name: "Émile Ba", company: "Ba SA", tags: ["investor"] },
      { name: "Mo Ali", title: "Founder", archived: true, tags: ["design"] },
    ]);
    await addInteractions(temp.db, [{ date: "2026-06-01", people: [6], channel: "call" }]);
    const variants = [
      [],
      ["--sort", "depth"],
      ["--sort", "last"],
      ["--all"],
      ["--all", "--sort", "depth"],
      ["--tag", "climate", "--all", "--sort", "last"],
      ["--tier", "contact", "--sort", "depth"],
    ];
    for (const args of variants) {
      const listed = net(["people", ...args, "--json"]).json() as { id: number; tags: string[] }[];
      const rows = net(["people", ...args])
        .stdout.trimEnd()
        .split("\n")
        .slice(1);
      expect(
        rows.map((row) => Number(/^#(\d+) /.exec(row)?.[1])),
        args.join(" "),
      ).toEqual(listed.map((p) => p.id));
      listed.forEach((p, i) => {
        if (p.tags.length > 0) expect(rows[i]!.endsWith(`  ${p.tags.join(", ")}`), rows[i]).toBe(true);
        else expect(rows[i]).toMatch(/(never|\))$/);
      });
    }
    expect(net(["people", "--all"]).stdout).toMatch(/#8 Mo Ali \(archived\)\s+Founder\s/);
  });

  it("stays right as conversations and favours are logged and the days go by, kept in the journal or not", async () => {
    await network();
    /** Depth, balance and last contact of each person listed, in order. */
    const standings = (today: string) =>
      net(["people", "--json", "--sort", "depth"], { today })
        .json<{ name: string; depth: { score: number }; balance: { net: number }; lastContact: string | null }[]>()
        .map((p) => `${p.name} ${p.depth.score} ${p.balance.net} ${p.lastContact}`);
    /** The same, worked out from scratch: as if the journal kept nothing for the day. */
    const afresh = (today: string) => {
      forgetTheDay();
      return standings(today);
    };
    const forgetTheDay = () => {
      const sqlite = new Database(temp.db);
      sqlite.prepare("DELETE FROM relationship_cache_state").run();
      sqlite.close();
    };

    const first = standings("2026-11-22");
    expect(standings("2026-11-22")).toEqual(first);
    expect(net(["log", "Cy Dee", "--via", "meeting", "--note", "coffee"]).code).toBe(0);
    expect(net(["gave", "Ben Ode", "an intro to a fund", "--size", "large"]).code).toBe(0);
    const later = standings("2026-11-22");
    expect(later).not.toEqual(first);
    expect(later.find((line) => line.startsWith("Cy Dee"))).toMatch(/ 2026-11-22$/);
    expect(later.find((line) => line.startsWith("Ben Ode"))).toMatch(/^Ben Ode \d+ 4 /);
    expect(afresh("2026-11-22")).toEqual(later);
    // A year on, every score has faded; the kept day is worked out again.
    const nextYear = standings("2027-11-22");
    expect(afresh("2027-11-22")).toEqual(nextYear);
    expect(nextYear).not.toEqual(later);
  });

  it("says why a filter matched no one", async () => {
    await network();
    const r = net(["people", "--tag", "golf"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/No one matches --tag golf/);
  });

  it.each([
    [["people", "--tier", "bestie"], /--tier "bestie" is not one of contact, acquaintance, connection, inner/],
    [["people", "--sort", "age"], /--sort "age" is not one of name, last, depth/],
    [["people", "--tag", ""], /--tag needs a tag/],
    [["people", "--bogus"], /unknown option '--bogus'/],
  ])("refuses %j with exit 2", (args, message) => {
    const r = net(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });
});

describe("net archive and unarchive", () => {
  it("hides a person from the list but keeps them, their history and their name", async () => {
    await network();
    const r = net(["archive", "ben", "--json"]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({
      id: 2,
      name: "Ben Ode",
      archived: true,
      depth: { tier: expect.any(String) },
      balance: { net: expect.any(Number) },
    });
    expect(r.stderr).toContain("Archived Ben Ode");
    expect(r.stderr).toContain("net unarchive 'Ben Ode'");

    expect(
      net(["people", "--json"])
        .json()
        .map((p: { name: string }) => p.name),
    ).toEqual(["Ana Souza", "Cy Dee"]);
    const all = net(["people", "--all"]);
    expect(all.stdout).toMatch(/#2 Ben Ode \(archived\)/);

    const show = net(["show", "ben ode", "--json"]);
    expect(show.code).toBe(0);
    expect(show.json()).toMatchObject({ archived: true, lastContact: "2026-06-01" });
    expect(show.json().timeline).toHaveLength(1);
  });

  it("archiving twice is harmless and says nothing changed", async () => {
    await network();
    const r = net(["archive", "dee archer"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Dee Archer was already archived; nothing changed.");
    expect((await personIn(temp.db, 4))?.archived).toBe(true);
  });

  it("unarchive brings a person back; unarchiving someone active says so", async () => {
    await network();
    const r = net(["unarchive", "dee archer"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Dee Archer is back");
    expect(
      net(["people", "--json"])
        .json()
        .map((p: { name: string }) => p.name),
    ).toContain("Dee Archer");
    const again = net(["unarchive", "ana", "--json"]);
    expect(again.code).toBe(0);
    expect(again.json()).toMatchObject({ name: "Ana Souza", archived: false });
    expect(again.stderr).toContain("Ana Souza is not archived; nothing changed.");
  });

  it.each([
    [["archive", "zed"], /no one called "zed"/],
    [["unarchive", "#42"], /no person with id 42/],
  ])("refuses %j with exit 2", async (args, message) => {
    await network();
    const r = net(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("refuses an ambiguous name without changing anyone", async () => {
    await addPeople(temp.db, [{ name: "Ana Souza" }, { name: "Ana Lima" }]);
    const r = net(["archive", "ana"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"ana" matches 2 people/);
    expect([(await personIn(temp.db, 1))?.archived, (await personIn(temp.db, 2))?.archived]).toEqual([false, false]);
  });
});
