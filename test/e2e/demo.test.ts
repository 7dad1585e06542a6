import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { net, tempJournal } from "../support/net.js";

// `net demo`: a sample network in a temporary journal, a morning's due, people by depth, and an ask verdict.

let temp: ReturnType<typeof tempJournal>;
beforeEach(() => (temp = tempJournal()));
afterEach(() => temp.cleanup());

test("tours due, people and an ask verdict on a sample journal, never touching the user's own", () => {
  writeFileSync(temp.db, "not a journal, and it must stay exactly this");
  const r = net(["demo"], { db: temp.db, today: "2026-11-22", env: { HOME: temp.dir, XDG_DATA_HOME: temp.dir } });
  expect(r.code, r.stderr).toBe(0);
  expect(readFileSync(temp.db, "utf8")).toBe("not a journal, and it must stay exactly this");
  expect(existsSync(`${temp.dir}/net-journal`)).toBe(false);

  for (const section of ["Overdue", "Today", "Upcoming (next 7 days)", "Introductions to check on", "Birthdays", "Going cold"]) {
    expect(r.stdout).toContain(`\n${section}\n`);
  }
  expect(r.stdout).toMatch(/#\d+ Priya Raman\s+VP Engineering at Northwind\s+inner/);
  expect(r.stdout).toMatch(/^(READY|WAIT|RECONNECT-FIRST|DEEPEN-FIRST|GIVE-FIRST) {2}Marcus Lee/m);
  expect(r.stdout).toMatch(/Next: /);
  expect(r.stderr).toMatch(/Start your own journal: net add/);

  const sample = /a sample network of 10 people in (\S+)/.exec(r.stdout)![1]!;
  const due = net(["due", "--json"], { db: sample, today: "2026-11-22" }).json();
  expect(due.overdue).toHaveLength(1);
  expect(due.intros).toHaveLength(1);
  expect(due.cold.map((c: { person: { name: string } }) => c.person.name)).toEqual(["Hannah Becker", "Daniel Okafor"]);
  rmSync(dirname(sample), { recursive: true, force: true });
});

test("--json says where the sample journal is", () => {
  const r = net(["demo", "--json"], { today: "2026-11-22" });
  expect(r.code).toBe(0);
  const out = r.json();
  expect(out).toMatchObject({ people: 10, interactions: expect.any(Number) });
  expect(net(["people", "--json"], { db: out.journal, today: "2026-11-22" }).json()).toHaveLength(10);
  rmSync(dirname(out.journal), { recursive: true, force: true });
});
