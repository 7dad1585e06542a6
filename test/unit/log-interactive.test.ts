import { describe, expect, test } from "vitest";
import { askForLog, personChoices, type LogPrompts } from "../../src/commands/log/prompts.js";
import { planFromFlags } from "../../src/commands/log.js";

const TODAY = "2026-11-22";
const names = [
  { id: 1, name: "Ana Souza", company: "Acme", title: "CTO", lastContact: "2026-11-01" },
  { id: 2, name: "Ben Ng", company: null, title: null, lastContact: null },
];
const ANA = "Ana Souza #1 — Acme, CTO · last talked 3 weeks ago";
const BEN = "Ben Ng #2 — never talked";

/** Answers each question in turn, recording what was asked and what a validator said of each typed answer. */
function scripted(answers: { search: string | string[]; pick?: number; choose: number[]; typed: string[][] }) {
  const asked: string[] = [];
  const rejected: string[] = [];
  const choose = [...answers.choose];
  const typed = [...answers.typed];
  // One term for each search; once they run out, nothing typed ("Anyone else?" then offers no one else first).
  const terms = Array.isArray(answers.search) ? [...answers.search] : [answers.search];
  let searches = 0;
  const prompts: LogPrompts = {
    async searchFor(message, source) {
      asked.push(message);
      const pick = searches++ === 0 ? (answers.pick ?? 0) : 0;
      return (await source(terms.shift() ?? ""))[pick]!.value;
    },
    async choose(message, choices) {
      asked.push(message);
      // Once the script runs out, the first choice: Enter, as "nothing new" to "Anything … needs or can offer?".
      return choices[choose.shift() ?? 0]!.value;
    },
    async ask(message, options) {
      asked.push(message);
      // A validator that refuses re-prompts: try each attempt until one passes, as inquirer would.
      for (const attempt of typed.shift()!) {
        const verdict = options?.validate?.(attempt) ?? true;
        if (verdict === true) return attempt;
        rejected.push(verdict);
      }
      throw new Error(`no valid answer for ${message}`);
    },
  };
  return { prompts, asked, rejected };
}

describe("the guided net log", () => {
  test("asks for person, date, channel, initiator, note and follow-up; a past or unreadable date is asked again", async () => {
    const { prompts, asked, rejected } = scripted({
      search: "ben",
      choose: [1, 1, 0, 0],
      typed: [["today"], ["lunch"], ["yesterday", "whenever", "fri"], ["send the intro"]],
    });
    const plan = await askForLog(names, planFromFlags({}, TODAY), TODAY, {}, prompts);
    expect(plan).toMatchObject({
      who: [{ kind: "known", person: { id: 2, name: "Ben Ng" } }],
      channel: "meeting",
      initiatedBy: "them",
      note: "lunch",
      date: TODAY,
      followUp: { due: "2026-11-27", note: "send the intro" },
    });
    expect(asked).toHaveLength(11);
    expect(asked[8]).toBe("Anything Ben Ng needs or can offer?");
    expect(rejected).toEqual([expect.stringContaining("in the past"), expect.stringContaining("is not a date")]);
  });

  test("an empty follow-up means none, and flags already given are not asked again", async () => {
    const flags = { via: "video", note: "catch-up", theyReachedOut: true };
    const { prompts, asked } = scripted({ search: "Dana Lee", choose: [0], typed: [[""], [""], [""], [""]] });
    const plan = await askForLog(names, planFromFlags(flags, TODAY), TODAY, flags, prompts);
    expect(plan).toMatchObject({
      who: [{ kind: "new", name: "Dana Lee" }],
      channel: "video",
      initiatedBy: "them",
      note: "catch-up",
      followUp: null,
    });
    expect(asked).toEqual([
      "Who did you talk with? (type to search)",
      "Where does Dana Lee work? (optional)",
      "Dana Lee's title or role? (optional)",
      "Anyone else? (type to search; Enter for no one)",
      "When was it? (today, yesterday, monday, 2026-11-19)",
      "Did anything change hands?",
      "Anything Dana Lee needs or can offer?",
      "Follow up when? (2w, friday, 2026-12-06; leave empty for none)",
    ]);
  });
});

describe("more of what the flags can say", () => {
  test("two people, someone new with company and title, a day in the past, a gift and an ask with their size", async () => {
    const { prompts } = scripted({
      search: ["ana", "Dana Lee"],
      choose: [0, 0, 2, 1, 2, 0, 1],
      typed: [["Acme"], ["CTO"], ["2026-11-20"], ["reviewed her deck"], ["an intro to Ben"], [""]],
    });
    const plan = await askForLog(names, planFromFlags({}, TODAY), TODAY, {}, prompts);
    expect(plan).toMatchObject({
      who: [
        { kind: "known", person: { id: 1, name: "Ana Souza" } },
        { kind: "new", name: "Dana Lee", fields: { company: "Acme", title: "CTO" } },
      ],
      date: "2026-11-20",
      channel: "call",
      initiatedBy: "me",
      note: null,
      gave: "reviewed her deck",
      got: null,
      asked: "an intro to Ben",
      size: "medium",
      followUp: null,
    });
  });

  test("what each person needs or can offer is asked in turn, a phrase at a time, the same phrase once", async () => {
    const { prompts, asked, rejected } = scripted({
      search: ["ana", "ben"],
      // call, I did, no note, nothing changed hands; Ana needs two things (one twice); Ben offers one.
      choose: [0, 0, 2, 0, 1, 1, 1, 0, 2, 0],
      typed: [[""], ["", "a product designer"], ["seed investors"], ["A  Product designer"], ["intros to banks"], [""]],
    });
    const plan = await askForLog(names, planFromFlags({}, TODAY), TODAY, {}, prompts);
    expect(plan.learned).toEqual([
      { needs: ["a product designer", "seed investors"], offers: [] },
      { needs: [], offers: ["intros to banks"] },
    ]);
    expect(asked).toContain("What does Ana Souza need? (a short phrase)");
    expect(asked).toContain("Anything else Ben Ng needs or can offer?");
    expect(rejected).toEqual(["Say it in a few words."]);
  });

  test("a day in the future is asked again", async () => {
    const { prompts, rejected } = scripted({ search: "ben", choose: [0, 0, 2, 0], typed: [["tomorrow", ""], [""]] });
    const plan = await askForLog(names, planFromFlags({}, TODAY), TODAY, {}, prompts);
    expect(plan.date).toBe(TODAY);
    expect(rejected).toEqual([expect.stringContaining("in the future")]);
  });
});

describe("someone new in the guided net log", () => {
  test("a name net cannot keep is never written, even if a prompt hands it back", async () => {
    const { prompts } = scripted({ search: "N".repeat(301), pick: 0, choose: [0, 0], typed: [[""], [""]] });
    await expect(askForLog(names, planFromFlags({}, TODAY), TODAY, {}, prompts)).rejects.toThrow(
      "the name is 301 characters long, over the limit of 300",
    );
  });

  test("invisible characters at the ends of the typed name are trimmed, as spaces are", async () => {
    const { prompts } = scripted({ search: "\u200bDana Lee\u200b", choose: [0, 0, 2, 0], typed: [[""], [""], [""], [""]] });
    const plan = await askForLog(names, planFromFlags({}, TODAY), TODAY, {}, prompts);
    expect(plan.who).toEqual([{ kind: "new", name: "Dana Lee", close: [], fields: {} }]);
  });

  test("a note over 64 KB is refused at the prompt and asked again", async () => {
    const { prompts, rejected } = scripted({
      search: "ben",
      choose: [0, 0, 0, 0],
      typed: [[""], ["a".repeat(64 * 1024 + 1), "short"], [""]],
    });
    const plan = await askForLog(names, planFromFlags({}, TODAY), TODAY, {}, prompts);
    expect(plan.note).toBe("short");
    expect(rejected).toEqual(["The note is 64.1 KB (65,537 bytes), over the limit of 64 KB."]);
  });
});

describe("personChoices", () => {
  test("matches come first, then an entry to add what was typed", () => {
    expect(personChoices("an", names, TODAY).map((c) => c.name)).toEqual([ANA, '+ add "an" as a new person']);
  });

  test("no add entry for an empty term or a name already in the journal", () => {
    expect(personChoices("", names, TODAY).map((c) => c.name)).toEqual([ANA, BEN]);
    expect(personChoices("ben ng", names, TODAY).map((c) => c.name)).toEqual([BEN]);
  });

  test("two people of one name differ by company, title and last contact; the choice carries only the id and name", () => {
    const sams = [
      { id: 3, name: "Sam Lee", company: "Acme", title: "CTO", lastContact: "2026-11-20" },
      { id: 4, name: "Sam Lee", company: "Globex", title: null, lastContact: "2025-10-01" },
    ];
    const choices = personChoices("sam", sams, TODAY);
    expect(choices.map((c) => c.name)).toEqual([
      "Sam Lee #3 — Acme, CTO · last talked 2 days ago",
      "Sam Lee #4 — Globex · last talked a year ago",
      '+ add "sam" as a new person',
    ]);
    expect(choices[1]!.value).toEqual({ kind: "known", person: { id: 4, name: "Sam Lee" } });
  });

  test("the entry to add a name net cannot keep is shown disabled, saying why; one of only invisible characters is not offered", () => {
    const add = (term: string) => personChoices(term, names, TODAY).find((c) => c.name.startsWith("+ add"));
    expect(add("N".repeat(301))?.disabled).toBe("(cannot: the name is 301 characters long, over the limit of 300)");
    expect(add("Ana\u2028Evil")?.disabled).toBe("(cannot: the name has a line break; a name is one line)");
    expect(add("42")?.disabled).toBe("(cannot: the name looks like an id, not a name)");
    expect(add("\u200b\u200d")).toBeUndefined();
    expect(add("Dana Lee")?.disabled).toBeUndefined();
  });
});
