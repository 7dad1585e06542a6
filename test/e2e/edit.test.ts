import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { session, tempJournal } from "../support/net.js";
import { addPeople, personIn } from "../support/people-fixtures.js";

let temp: ReturnType<typeof tempJournal>;
let net: ReturnType<typeof session>;
beforeEach(async () => {
  temp = tempJournal();
  net = session(temp.db);
  await addPeople(temp.db, [
    {
      name: "Ana Souza",
      company: "Acme",
      title: "CTO",
      emails: ["ana@acme.io"],
      tags: ["prospect", "design"],
      met: "climate meetup",
      metOn: "2025-06-01",
      birthday: "1990-03-14",
      cadenceDays: 14,
      note: "likes trail running",
    },
    { name: "Ana Lima" },
  ]);
});
afterEach(() => temp.cleanup());

const ana = () => personIn(temp.db, 1);

describe("net edit", () => {
  it("adds e-mails, phones and tags, removes untagged ones and replaces text fields", async () => {
    const r = net([
      "edit",
      "ana souza",
      "--title",
      "VP Engineering",
      "--email",
      "ana@gmail.com",
      "--phone",
      "555-0101",
      "--tag",
      "investor",
      "--untag",
      "prospect",
      "--cadence",
      "1m",
      "--met-on",
      "2024-01-10",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const person = r.json();
    expect(person).toMatchObject({
      id: 1,
      name: "Ana Souza",
      company: "Acme",
      title: "VP Engineering",
      emails: ["ana@acme.io", "ana@gmail.com"],
      phones: ["555-0101"],
      tags: ["design", "investor"],
      metOn: "2024-01-10",
      cadenceDays: 30,
    });
    expect(person.depth).toEqual({ score: expect.any(Number), tier: expect.stringMatching(/^(contact|acquaintance|connection|inner)$/) });
    expect(person.balance).toEqual({ given: 0, received: 0, net: 0 });
    expect(await ana()).toMatchObject({ title: "VP Engineering", tags: ["design", "investor"] });
  });

  it("a new --note replaces the old one and says what it was", () => {
    const r = net(["edit", "ana souza", "--note", "now advising two startups"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Replaced the note, which was: likes trail running");
    expect(net(["show", "1", "--json"]).json().note).toBe("now advising two startups");
  });

  it("clears a field given an empty value, and a cadence with none (0: never going cold)", () => {
    const r = net([
      "edit",
      "#1",
      "--company",
      "",
      "--note",
      "",
      "--met",
      "",
      "--met-on",
      "",
      "--birthday",
      "",
      "--cadence",
      "none",
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ company: null, note: null, met: null, metOn: null, birthday: null, cadenceDays: 0, title: "CTO" });
  });

  it("renames, and the new name resolves", () => {
    const r = net(["edit", "ana souza", "--name", "Ana Souza-Reis"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Ana Souza-Reis #1");
    expect(r.stderr).toContain("Renamed Ana Souza to Ana Souza-Reis.");
    expect(net(["show", "souza-reis", "--json"]).json().id).toBe(1);
  });

  it("a rename to someone else's name is exit 2 suggesting net merge, and writes nothing", () => {
    const before = net(["export", "json"]).stdout;
    const r = net(["edit", "ana souza", "--name", "ana lima"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/there is already someone called Ana Lima \(#2\); nothing was changed/);
    expect(r.stderr).toContain("net merge 'Ana Lima' 'Ana Souza'");
    expect(r.stderr).toContain("--force");
    expect(net(["export", "json"]).stdout).toBe(before);
  });

  it("says so when an untagged tag was not there, and when a rename --force creates a namesake", () => {
    const r = net(["edit", "ana souza", "--untag", "golf", "--name", "Ana Lima", "--force"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Ana Souza had no tag "golf"');
    expect(r.stderr).toMatch(/already someone called Ana Lima \(#2\)/);
  });

  it("with no flags, says what to pass", () => {
    const r = net(["edit", "ana souza"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing to change for "ana souza"');
    expect(r.stderr).toMatch(/--title .*--tag .*--untag .*--name/);
  });

  it.each([
    [["edit", "ana souza", "--name", ""], /a person needs a name/],
    [["edit", "ana souza", "--name", "  "], /a person needs a name/],
    [["edit", "ana souza", "--name", "#7"], /looks like an id/],
    [["edit", "ana souza", "--email", "nope", "--title", "CEO"], /--email "nope" is not an e-mail address/],
    [["edit", "ana souza", "--cadence", "often", "--title", "CEO"], /--cadence "often" is not a cadence/],
    [["edit", "ana souza", "--met-on", "whenever", "--title", "CEO"], /--met-on "whenever" is not a date/],
    [["edit", "ana souza", "--birthday", "02-30", "--title", "CEO"], /--birthday "02-30" is not a birthday/],
    [["edit", "zed", "--title", "CEO"], /no one called "zed"/],
    [["edit", "ana", "--title", "CEO"], /"ana" matches 2 people:\n {2}Ana Lima #2 — .*\n {2}Ana Souza #1 — /],
    [["edit", "#99", "--title", "CEO"], /no person with id 99/],
  ])("refuses %j with exit 2 and changes nothing", async (args, message) => {
    const before = await ana();
    const r = net(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(await ana()).toEqual(before);
  });

  it("suggests the closest name for a typo, and without a terminal changes no one", async () => {
    const before = await ana();
    const r = net(["edit", "ana sousa", "--title", "CEO"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no one called "ana sousa" in the journal/);
    expect(r.stderr).toMatch(/Did you mean Ana Souza \(#\d+\)/);
    expect(await ana()).toEqual(before);
    const typo = net(["edit", "Anna Suza Reis", "--title", "CEO"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/Did you mean Ana Souza \(#\d+\)/);
  });
});
