import { describe, expect, it } from "vitest";
import { journalPerTest } from "../support/journal-per-test.js";

const { net, ok, exported } = journalPerTest("2026-12-04");

interface Suggested {
  a: { id: number; name: string };
  b: { id: number; name: string };
  score: number;
  forA: string;
  forB: string;
  matched: string[];
}
const suggest = (...args: string[]): Suggested[] => ok(["suggest", ...args, "--json"]).json();
const pairs = (...args: string[]) => suggest(...args).map((s) => `${s.a.name} + ${s.b.name}`);

/** Conversations enough to make someone an acquaintance. */
function know(name: string) {
  for (const day of ["2026-09-01", "2026-10-01", "2026-11-02", "2026-12-01"]) ok(["log", name, "--on", day, "--via", "meeting"]);
}

function network() {
  ok(["add", "Ana Lima", "--needs", "a product designer for her fintech app", "--offers", "intros to banks"]);
  ok(["add", "Bruno Reis", "--offers", "product design", "--needs", "bank intros"]);
  ok(["add", "Cleo Diaz", "--offers", "product designers"]);
  // Dan offers design too, but is only a contact: not suggested.
  ok(["add", "Dan Ko", "--offers", "product design"]);
  for (const name of ["Ana Lima", "Bruno Reis", "Cleo Diaz"]) know(name);
}

describe("net suggest", () => {
  it("pairs one's needs with another's offers by word stems, each with a line of benefit for both sides", () => {
    network();
    const found = suggest();
    expect(found.map((s) => `${s.a.name} + ${s.b.name}`)).toEqual(["Ana Lima + Bruno Reis", "Ana Lima + Cleo Diaz"]);
    expect(found[0]).toMatchObject({
      forA: "Ana Lima needs a product designer for her fintech app; Bruno Reis offers product design",
      forB: "Bruno Reis needs bank intros; Ana Lima offers intros to banks",
      matched: ["a product designer for her fintech app", "product design", "bank intros", "intros to banks"],
    });
    expect(found[1]!.forB).toBe("Cleo Diaz meets someone who needs what they offer (product designers)");
    // Each way round helps more than one way.
    expect(found[0]!.score).toBeGreaterThan(found[1]!.score);
    expect(ok(["suggest"]).stdout).toContain("net intro 'Ana Lima' 'Bruno Reis' --proposed");
  });

  it("never a pair already introduced, nor a person with themself; [name] keeps that person's", () => {
    network();
    ok(["edit", "ana", "--offers", "a product designer for her fintech app"]);
    expect(pairs().every((p) => p.split(" + ")[0] !== p.split(" + ")[1])).toBe(true);
    ok(["intro", "ana", "bruno", "--proposed"]);
    expect(pairs()).toEqual(["Ana Lima + Cleo Diaz"]);
    expect(pairs("cleo")).toEqual(["Ana Lima + Cleo Diaz"]);
    expect(pairs("bruno")).toEqual([]);
    expect(net(["suggest", "bruno"]).stderr).toContain("No introduction to suggest for Bruno Reis");
  });

  it("your own offers that meet someone's need are named as a give you could make", () => {
    network();
    ok(["me", "--offers", "fintech app reviews"]);
    expect(ok(["suggest"]).stderr).toContain("You could help Ana Lima yourself: they need a product designer for her fintech app");
  });

  it("a journal with no needs says how to start; a bad --limit or name is refused and writes nothing", () => {
    ok(["add", "Ana Lima"]);
    const r = ok(["suggest"]);
    expect(r.stderr).toContain("No introduction to suggest yet");
    const before = exported();
    expect(net(["suggest", "--limit", "-1"]).code).toBe(2);
    expect(net(["suggest", "Zed Nobody"]).code).not.toBe(0);
    expect(exported()).toBe(before);
  });
});
