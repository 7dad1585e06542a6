import { afterEach, beforeEach, describe, expect, it } from "vitest";
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

describe("the give/take ledger", () => {
  it("gave and got record entries weighed by size, and balance lists the most leaned-on first", () => {
    const gave = net(["gave", "ana", "reviewed", "her", "deck", "--size", "medium", "--on", "2026-11-20", "--json"]);
    expect(gave.code, gave.stderr).toBe(0);
    expect(gave.json()).toMatchObject({
      entry: { person: { name: "Ana Souza" }, direction: "gave", what: "reviewed her deck", size: "medium", on: "2026-11-20" },
      balance: { given: 2, received: 0, net: 2 },
    });
    expect(net(["got", "ben", "an intro to his CTO", "--size", "large"]).stdout).toContain(
      "Ben Ortiz gave you: an intro to his CTO (large, 2026-11-22, l2)",
    );
    net(["got", "ana", "a coffee"]);

    const balance = net(["balance", "--json"]).json();
    expect(balance).toEqual([
      { person: { id: 2, name: "Ben Ortiz", ref: "p2" }, given: 0, received: 4, net: -4 },
      { person: { id: 1, name: "Ana Souza", ref: "p1" }, given: 2, received: 1, net: 1 },
    ]);
    expect(net(["balance"]).stdout.split("\n")[1]).toMatch(/^#2 Ben Ortiz\s+0\s+4\s+-4$/);
  });

  it("an ask stays open until closed; granted counts as received at its size, declined does not", () => {
    const asked = net(["asked", "ben", "a referral to Acme", "--size", "large", "--on", "2026-11-01", "--json"]).json();
    expect(asked.ask).toMatchObject({ id: 1, what: "a referral to Acme", size: "large", on: "2026-11-01", status: "open" });
    net(["asked", "ana", "feedback on my talk", "--size", "small"]);
    expect(
      net(["asks", "--json"])
        .json()
        .map((a: { id: number; status: string }) => [a.id, a.status]),
    ).toEqual([
      [1, "open"],
      [2, "open"],
    ]);
    const listed = net(["asks"]);
    expect(listed.stdout).toMatch(/^a1\s+Ben Ortiz\s+a referral to Acme\s+large\s+2026-11-01\s+open$/m);
    expect(listed.stderr).toContain("net asks close a1 --granted");
    expect(net(["asks", "--json"]).json()[0]).toMatchObject({ id: 1, ref: "a1" });

    const granted = net(["asks", "close", "1", "--granted", "--on", "2026-11-10", "--json"]);
    expect(granted.code, granted.stderr).toBe(0);
    expect(granted.json()).toMatchObject({
      ask: { status: "granted", closedOn: "2026-11-10" },
      entry: { direction: "got", size: "large", what: "a referral to Acme" },
    });
    expect(net(["asks", "close", "2", "--declined"]).code).toBe(0);

    const asks = net(["asks", "--json"]).json();
    expect(asks.map((a: { id: number; status: string }) => [a.id, a.status])).toEqual([
      [2, "declined"],
      [1, "granted"],
    ]);
    expect(net(["balance", "--json"]).json()).toEqual([
      { person: { id: 2, name: "Ben Ortiz", ref: "p2" }, given: 0, received: 4, net: -4 },
    ]);
  });

  it("asking again while an ask is open, or within 30 days, is recorded with a note", () => {
    net(["asked", "ben", "a referral", "--on", "2026-11-01"]);
    const again = net(["asked", "ben", "an intro"]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("Ben Ortiz already had an open ask (a1)");
    net(["asks", "close", "1", "--declined"]);
    net(["asks", "close", "2", "--granted"]);
    expect(net(["asked", "ben", "a third thing"]).stderr).toMatch(/you last asked Ben Ortiz on 2026-11-\d\d, less than 30 days before/);
    expect(net(["asked", "ana", "feedback"]).stderr).not.toContain("Note:");
  });

  it("bad input is a usage error and writes nothing", () => {
    net(["asked", "ben", "a referral"]);
    const before = net(["asks", "--json"]).stdout;
    const cases: [string[], RegExp][] = [
      [["gave", "ana", "x", "--size", "huge"], /--size "huge" is not a size[\s\S]*small, medium, large/],
      [["gave", "ana", "x", "--on", "next week"], /--on 2026-11-29 is in the future/],
      [["got", "ana", "x", "--on", "tomorrow"], /--on 2026-11-23 is in the future/],
      [["asked", "ana", "x", "--size", "tiny"], /not a size/],
      [["got", "ana", "x", "--on", "someday"], /--on "someday" is not a date/],
      [["gave", "nobody-here", "x"], /no one called "nobody-here"/],
      [["asks", "close", "1"], /--granted or --declined/],
      [["asks", "close", "1", "--granted", "--declined"], /not both/],
      [["asks", "close", "9", "--granted"], /no ask with id 9/],
      [["asks", "close", "abc", "--granted"], /"abc" is not an ask id/],
      [["asks", "close", "1", "--granted", "--on", "2026-01-01"], /before the ask was made/],
    ];
    for (const [args, message] of cases) {
      const r = net(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe("");
    }
    expect(net(["asks", "--json"]).stdout).toBe(before);
    expect(net(["balance", "--json"]).json()).toEqual([]);
  });

  it("closing an ask twice is refused and changes nothing", () => {
    net(["asked", "ben", "a referral"]);
    expect(net(["asks", "close", "1", "--declined"]).code).toBe(0);
    const again = net(["asks", "close", "1", "--granted"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("ask a1 is already closed (declined on 2026-11-22)");
    expect(net(["asks", "--json"]).json()[0]).toMatchObject({ status: "declined" });
    expect(net(["balance", "--json"]).json()).toEqual([]);
  });
});

describe("net balance columns", () => {
  // Terminal columns: combining marks take none, CJK characters two.
  const width = (line: string) => [...line.normalize("NFC")].reduce((w, ch) => w + (/[\u4E00-\u9FFF]/.test(ch) ? 2 : 1), 0);
  const named = ["李小龍", "Zoe\u0308 Ng", "Al Baker"];

  it.each([
    ["a short table", 0],
    ["a long table", 250],
  ])("line up for CJK names and combining marks (%s)", async (_, extra) => {
    const people = [...named, ...Array.from({ length: extra }, (_, i) => `Person ${i}`)];
    await seed(
      journal.db,
      people.map((name, i) => ({
        name,
        ledger: [
          { direction: "got" as const, what: "a favour", size: "large" as const, date: "2026-11-01" },
          ...(i % 2 ? [] : [{ direction: "gave" as const, what: "help", date: "2026-11-02" }]),
        ],
      })),
    );
    const r = net(["balance"]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(people.length + 1);
    // The last column is right-aligned, so every row ends at the same terminal column.
    expect(new Set(lines.map(width))).toEqual(new Set([width(lines[0]!)]));
    // Each name follows its number (#1); from the name on, the first count starts at the same terminal column.
    const given = (name: string) => {
      const line = lines.find((l) => /^#\d+ /.test(l) && l.includes(name))!;
      const from = line.slice(line.indexOf(name));
      return width(from.slice(0, from.search(/\s\d/)));
    };
    expect(given("李小龍")).toBe(given("Zoe\u0308"));
  });
});

describe("a one-way ledger says so", () => {
  it("you have given 3, received nothing yet; they have given 2, you nothing yet; --json unchanged", () => {
    expect(net(["gave", "ana", "an", "intro", "--size", "medium"]).code).toBe(0);
    expect(net(["gave", "ana", "a", "tip"]).code).toBe(0);
    expect(net(["got", "ben", "advice", "--size", "medium"]).code).toBe(0);
    const ana = net(["show", "ana"]).stdout;
    expect(ana).toContain("(you have given 3, received nothing yet)");
    expect(ana).not.toContain("both ways");
    expect(net(["show", "ben"]).stdout).toContain("(they have given 2, you nothing yet)");
    expect(net(["ask", "ben"]).stdout).toContain("(they have given 2, you nothing yet)");
    expect(net(["show", "ana", "--json"]).json()).toMatchObject({ balance: { given: 3, received: 0, net: 3 } });
  });
});
