import { describe, expect, test } from "vitest";
import { contact, withinLimits, type ContactFile } from "../../src/formats/contact.js";

const TODAY = "2026-11-24";

describe("imported contacts are held to the rules of net add", () => {
  test("a name net cannot keep is a skip with the reason, in line order among the parser's own skips", () => {
    const file: ContactFile = {
      contacts: [
        { line: 2, contact: contact({ name: "Ana Souza" }) },
        { line: 3, contact: contact({ name: "\u200b\u200b" }) },
        { line: 5, contact: contact({ name: "12345" }) },
      ],
      skipped: [{ line: 4, reason: "an empty row" }],
      warnings: [],
      encoding: "utf-8",
    };
    const held = withinLimits(file, TODAY);
    expect(held.contacts.map((c) => c.contact.name)).toEqual(["Ana Souza"]);
    expect(held.skipped).toEqual([
      { line: 3, reason: "the name has only invisible characters (such as zero-width spaces)" },
      { line: 4, reason: "an empty row" },
      { line: 5, reason: "the name looks like an id, not a name" },
    ]);
    expect(held.contacts.length + held.skipped.length).toBe(4);
  });

  test("a field over its limit is left out and said so; the rest of the contact, and contacts within the rules, are kept as they were", () => {
    const fine = { line: 1, file: "a.vcf", contact: contact({ name: "Ben Ode", company: "Ode", note: "met at the fair" }) };
    const long = {
      line: 1,
      file: "b.vcf",
      contact: contact({
        name: "\u200bCleo Diaz",
        title: "t".repeat(501),
        emails: ["cleo@example.com", `${"x".repeat(500)}@example.com`],
        tags: ["friends"],
      }),
    };
    const held = withinLimits({ contacts: [fine, long], skipped: [], warnings: [], encoding: "utf-8" }, TODAY);
    expect(held.contacts[0]).toBe(fine);
    expect(held.contacts[1]!.contact).toMatchObject({ name: "Cleo Diaz", title: null, emails: ["cleo@example.com"], tags: ["friends"] });
    expect(held.warnings).toEqual([
      {
        line: 1,
        file: "b.vcf",
        reason:
          "the title is 501 characters long, over the limit of 500; an e-mail is 512 characters long, over the limit of 500; imported without them",
      },
    ]);
  });
});
