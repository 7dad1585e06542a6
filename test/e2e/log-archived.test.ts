import { afterEach, beforeEach, expect, it } from "vitest";
import { session, tempJournal } from "../support/net.js";

let t: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(() => {
  t = tempJournal();
  net = session(t.db, "2026-12-02");
});
afterEach(() => t.cleanup());

it("logging with an archived person works and says so on stderr, suggesting net unarchive", () => {
  net(["add", "Ana Lima"]);
  net(["add", "Ben Okafor"]);
  expect(net(["archive", "ana"]).code).toBe(0);
  const r = net(["log", "ana", "ben", "--note", "ran into them"]);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain("Ana Lima is archived; logged anyway. To see them in net due and net people again: net unarchive 'Ana Lima'");
  expect(r.stderr).not.toContain("Ben Okafor is archived");
  expect(net(["show", "ana", "--json"]).json().timeline).toHaveLength(1);
});
