import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { session, tempJournal } from "../support/net.js";

let t: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(() => {
  t = tempJournal();
  net = session(t.db, "2026-12-02");
  net(["add", "Ana Lima", "--tag", "investor", "--tag", "climate"]);
  net(["add", "Ben Okafor", "--tag", "investor"]);
  net(["add", "Cleo Diaz", "--tag", "climate"]);
});
afterEach(() => t.cleanup());

const names = (args: string[]) =>
  net(["people", ...args, "--json"])
    .json()
    .map((p: { name: string }) => p.name);

describe("net people --tag", () => {
  it("with several tags lists the people who have all of them; --any-tag lists those with any", () => {
    expect(names(["--tag", "investor"])).toEqual(["Ana Lima", "Ben Okafor"]);
    expect(names(["--tag", "investor", "--tag", "climate"])).toEqual(["Ana Lima"]);
    expect(names(["--tag", "Investor", "--tag", "climate", "--any-tag"])).toEqual(["Ana Lima", "Ben Okafor", "Cleo Diaz"]);
    const none = net(["people", "--tag", "investor", "--tag", "founder"]);
    expect(none.code).toBe(0);
    expect(none.stderr).toMatch(/No one matches --tag investor --tag founder/);
  });

  it("--any-tag without a tag is exit 2", () => {
    const r = net(["people", "--any-tag"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--any-tag needs tags/);
    expect(r.stdout).toBe("");
  });
});
