import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { session, tempJournal } from "../support/net.js";
import { exec } from "../support/rows.js";

let t: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(() => {
  t = tempJournal();
  net = session(t.db, "2026-12-02");
});
afterEach(() => t.cleanup());

/** The whole journal as `net export json` prints it. */
const exported = () => {
  const r = net(["export", "json"]);
  expect(r.code).toBe(0);
  return r.stdout;
};

const ok = (args: string[]) => {
  const r = net(args);
  expect(r.stderr).not.toMatch(/^error/m);
  expect(r.code).toBe(0);
  return r;
};

describe("net undo", () => {
  it("takes back a conversation logged twice by accident, and its id is never handed out again", () => {
    ok(["add", "Ana Lima", "--company", "Acme"]);
    ok(["log", "ana", "--via", "call", "--note", "talked pricing"]);
    const once = exported();
    // In a terminal the repeat is a question answered yes; --again is the same answer given up front.
    ok(["log", "ana", "--via", "call", "--note", "talked pricing", "--again"]);

    const r = ok(["undo"]);
    expect(r.stdout).toBe("undid: log c2 with Ana Lima on 2026-12-02\n");
    expect(exported()).toBe(once);

    ok(["log", "ana", "--via", "video", "--note", "the real second call"]);
    const ids = net(["show", "ana", "--json"])
      .json()
      .timeline.map((e: { id: number }) => e.id);
    expect(ids).not.toContain(2);
    expect(Math.max(...ids)).toBe(3);
  });

  it("walks further back when repeated, and --list shows the steps newest first with what was undone", () => {
    ok(["add", "Ana Lima"]);
    ok(["add", "Ben Okafor"]);
    ok(["gave", "ana", "an intro to her CFO"]);
    const before = net(["undo", "--list", "--json"]).json();
    expect(before.map((s: { summary: string }) => s.summary)).toEqual([
      "gave l1 to Ana Lima on 2026-12-02",
      "add #2 Ben Okafor",
      "add #1 Ana Lima",
    ]);

    expect(ok(["undo"]).stdout).toBe("undid: gave l1 to Ana Lima on 2026-12-02\n");
    expect(ok(["undo"]).stdout).toBe("undid: add #2 Ben Okafor\n");
    const list = net(["undo", "--list", "--json"]).json();
    expect(list.map((s: { undone: boolean }) => s.undone)).toEqual([true, true, false]);
    expect(list[0]).toMatchObject({ step: 3, day: "2026-12-02", changes: 1, undone: true });

    const human = ok(["undo", "--list"]).stdout.split("\n");
    expect(human[0]).toBe("3  2026-12-02  gave l1 to Ana Lima on 2026-12-02  (undone)");
    expect(human[2]).toBe("1  2026-12-02  add #1 Ana Lima");

    expect(
      net(["people", "--json"])
        .json()
        .map((p: { name: string }) => p.name),
    ).toEqual(["Ana Lima"]);
    // A person added after an undo gets a number never used before.
    ok(["add", "Cleo Diaz"]);
    expect(
      net(["people", "--json"])
        .json()
        .map((p: { id: number }) => p.id),
    ).toEqual([1, 3]);
  });

  it("takes back a whole import of the wrong file, as one step", () => {
    ok(["add", "Ana Lima", "--email", "ana@acme.example"]);
    ok(["log", "ana", "--note", "coffee"]);
    const before = exported();
    const csv = join(t.dir, "Connections.csv");
    writeFileSync(
      csv,
      [
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        "Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@acme.example,Acme,CFO,12 Jan 2023",
        "Ben,Okafor,https://www.linkedin.com/in/ben-okafor,,Globex,Engineer,3 Feb 2024",
        "Cleo,Diaz,,cleo@x.example,Initech,Designer,4 Mar 2025",
      ].join("\n"),
    );
    const imported = ok(["import", "linkedin", csv]);
    expect(imported.stderr).toMatch(/2 created, 1 updated/);

    expect(ok(["undo"]).stdout).toBe("undid: import linkedin Connections.csv (2 added, 1 updated)\n");
    expect(exported()).toBe(before);
  });

  it("takes an import back exactly when it tagged people who had tags of their own", () => {
    ok(["add", "Ana Lima", "--email", "ana@acme.example", "--tag", "design", "--tag", "zeta"]);
    const before = exported();
    const csv = join(t.dir, "Connections.csv");
    writeFileSync(
      csv,
      [
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        "Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@acme.example,Acme,CFO,12 Jan 2023",
        "Ben,Okafor,https://www.linkedin.com/in/ben-okafor,,Globex,Engineer,3 Feb 2024",
      ].join("\n"),
    );
    ok(["import", "linkedin", csv]);
    expect(
      net(["people", "--tag", "linkedin", "--json"])
        .json()
        .map((p: { name: string }) => p.name),
    ).toEqual(["Ana Lima", "Ben Okafor"]);

    ok(["undo"]);
    expect(exported()).toBe(before);
  });

  it("refuses to take back an import once something points at a person it added, changing nothing", () => {
    const csv = join(t.dir, "Connections.csv");
    writeFileSync(
      csv,
      [
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        "Ben,Okafor,,ben@globex.example,Globex,Engineer,3 Feb 2024",
      ].join("\n"),
    );
    ok(["import", "linkedin", csv]);
    // Written past net (by hand, or by another tool): no later step of net's own to undo first.
    exec(t.db, "INSERT INTO follow_ups (id, person_id, due, note, created_on) VALUES (40, 1, '2026-12-09', 'call Ben', '2026-12-02')");
    const before = exported();
    const r = net(["undo"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /cannot undo "import linkedin Connections.csv \(1 added, 0 updated\)": f40 was added since; nothing was changed/,
    );
    expect(exported()).toBe(before);
  });

  it("says what a person's edit changed when it takes it back", () => {
    ok(["add", "Ana Lima"]);
    const before = exported();
    ok(["edit", "ana", "--title", "CTO", "--name", "Ana Lima-Reis"]);
    expect(ok(["undo"]).stdout).toBe("undid: edit #1 Ana Lima → Ana Lima-Reis (--title, --name)\n");
    expect(exported()).toBe(before);
  });

  it("with nothing written says so: exit 1, and nothing is written", () => {
    const r = net(["undo"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing to undo/);
    expect(r.stdout).toBe("");
    expect(net(["undo", "--list", "--json"]).json()).toEqual([]);
  });

  it("refuses, changing nothing, a step whose entry was changed since by other means", () => {
    ok(["add", "Ana Lima"]);
    ok(["log", "ana", "--note", "coffee"]);
    exec(t.db, "UPDATE interactions SET note = 'coffee and cake' WHERE id = 1");
    const before = exported();

    const r = net(["undo"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot undo "log c1 with Ana Lima on 2026-12-02": c1 was changed since; nothing was changed/);
    expect(r.stdout).toBe("");
    expect(exported()).toBe(before);
    expect(net(["undo", "--list", "--json"]).json()[0].undone).toBe(false);
  });

  it("a command that changed nothing is no step", () => {
    ok(["add", "Ana Lima", "--company", "Acme"]);
    ok(["edit", "ana", "--company", "Acme"]);
    expect(net(["undo", "--list", "--json"]).json()).toHaveLength(1);
  });
});
