import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { net } from "../support/net.js";

// The connector's commands on the sample network of net demo, as the README shows them.

const today = "2026-11-22";
let sample = "";
const run = (args: string[]) => net(args, { db: sample, today });
const json = (args: string[]) => {
  const r = run([...args, "--json"]);
  expect(r.code, r.stderr).toBe(0);
  return r.json();
};
beforeAll(() => {
  sample = net(["demo", "--json"], { today }).json().journal;
});
afterAll(() => rmSync(dirname(sample), { recursive: true, force: true }));

describe("the sample network as a connector sees it", () => {
  it("net me holds your own needs and offers", () => {
    expect(json(["me"])).toEqual({
      needs: ["intros to fintech CTOs", "a seed investor"],
      offers: ["product strategy", "reviews of SRE hiring plans"],
    });
  });

  it("net who finds the designer by her offer first, and works from your own needs", () => {
    const designer = json(["who", "a", "product", "designer"]);
    expect(designer[0]).toMatchObject({
      person: { name: "Aisha Karim" },
      matched: ["offers: product design", "title: Product designer", "tags: design"],
    });
    const mine = json(["who"]);
    expect(mine.map((w: { person: { name: string } }) => w.person.name)).toEqual(expect.arrayContaining(["Priya Raman", "Daniel Okafor"]));
    expect(mine[0]).toMatchObject({ person: { name: "Priya Raman" } });
    expect(mine[0].matched[0]).toBe("offers: intros to fintech CTOs");
  });

  it("net suggest pairs Priya with Sofia and Tom with Hannah, and never Marcus with Aisha (already introduced)", () => {
    const pairs = json(["suggest"]).map((s: { a: { name: string }; b: { name: string } }) => `${s.a.name} + ${s.b.name}`);
    expect(pairs).toContain("Priya Raman + Sofia Alvarez");
    expect(pairs).toContain("Tom Nguyen + Hannah Becker");
    expect(pairs.some((p: string) => p.includes("Marcus Lee") && p.includes("Aisha Karim"))).toBe(false);
    expect(pairs.every((p: string) => p.split(" + ")[0] !== p.split(" + ")[1])).toBe(true);
  });

  it("net plan lists whom to reach out to, gives owed, two introductions, the week's follow-ups and open asks, each with its command", () => {
    const plan = json(["plan"]);
    expect(Object.keys(plan)).toEqual(["reachOut", "givesOwed", "intros", "followUps", "asks"]);
    expect(plan.reachOut[0]).toMatchObject({ person: { name: "Hannah Becker" }, command: "net log 'Hannah Becker'" });
    expect(plan.reachOut.length).toBeLessThanOrEqual(5);
    expect(plan.givesOwed[0]).toMatchObject({ person: { name: "Hannah Becker" }, command: "net gave 'Hannah Becker' 'WHAT'" });
    expect(plan.intros).toHaveLength(2);
    expect(plan.intros[0].command).toMatch(/^net intro '.+' '.+' --proposed --why/);
    expect(plan.followUps.map((f: { command: string }) => f.command)).toEqual(expect.arrayContaining(["net intros outcome i1 met"]));
    expect(plan.asks).toEqual([
      expect.objectContaining({ person: { id: 8, name: "Omar Haddad" }, command: "net asks close a1 --granted" }),
    ]);
    const human = run(["plan"]);
    for (const section of ["Reach out", "Give first", "Introduce", "Follow-ups this week", "Open asks"])
      expect(human.stdout).toContain(`${section}\n`);
  });

  it("net brief shows the last conversations, promises, needs, offers, gives both ways and the ask verdict in one screen", () => {
    const brief = json(["brief", "priya"]);
    expect(brief.person).toMatchObject({ name: "Priya Raman", company: "Northwind" });
    expect(brief.conversations).toHaveLength(3);
    expect(brief.conversations[0]).toMatchObject({ note: "Lunch. She is building a platform team and wants senior SREs." });
    expect(brief).toMatchObject({ needs: ["senior SRE candidates"], offers: ["intros to fintech CTOs", "engineering leadership advice"] });
    expect(brief.gave.map((l: { what: string }) => l.what)).toEqual(["reviewed her conference talk", "referred a senior SRE candidate"]);
    expect(brief.got.map((l: { what: string }) => l.what)).toEqual(["intro to Northwind's CTO", "reference call for my last job"]);
    expect(brief.ask).toMatchObject({ size: "medium", verdict: json(["ask", "priya"]).verdict });
    const screen = run(["brief", "priya"]).stdout;
    expect(screen.split("\n").length).toBeLessThanOrEqual(40);
    for (const section of ["Last conversations", "They need", "They offer", "You did for them", "They did for you", "A medium ask"])
      expect(screen).toContain(section);
    const omar = json(["brief", "omar"]);
    expect(omar.openAsks).toEqual([expect.objectContaining({ ref: "a1", what: "a referral for the Initech platform role" })]);
    expect(run(["brief", "nobody-at-all"]).code).not.toBe(0);
  });
});
