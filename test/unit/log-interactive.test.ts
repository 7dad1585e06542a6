import { describe, expect, test } from "vitest";
import { askForLog, personChoices, type LogPrompts } from "../../src/commands/log-interactive.js";
import { planFromFlags } from "../../src/commands/log.js";

const TODAY = "2026-11-22";
const names = [
  { id: 1, name: "Ana Souza" },
  { id: 2, name: "Ben Ng" },
];

/** Answers each question in turn, recording what was asked and what a validator said of each typed answer. */
function scripted(answers: { search: string; pick?: number; choose: number[]; typed: string[][] }) {
  const asked: string[] = [];
  const rejected: string[] = [];
  const choose = [...answers.choose];
  const typed = [...answers.typed];
  const prompts: LogPrompts = {
    async searchFor(message, source) {
      asked.push(message);
      return (await source(answers.search))[answers.pick ?? 0]!.value;
    },
    async choose(message, choices) {
      asked.push(message);
      return choices[choose.shift()!]!.value;
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
  test("asks for person, channel, initiator, note and follow-up; a past or unreadable date is asked again", async () => {
    const { prompts, asked, rejected } = scripted({ search: "ben", choose: [1, 1], typed: [["lunch"], ["yesterday", "whenever", "fri"], ["send the intro"]] });
    const plan = await askForLog(names, planFromFlags({}, TODAY), TODAY, {}, prompts);
    expect(plan).toMatchObject({
      who: [{ kind: "known", person: { id: 2, name: "Ben Ng" } }],
      channel: "meeting",
      initiatedBy: "them",
      note: "lunch",
      date: TODAY,
      followUp: { due: "2026-11-27", note: "send the intro" },
    });
    expect(asked).toHaveLength(6);
    expect(rejected).toEqual([expect.stringContaining("in the past"), expect.stringContaining("is not a date")]);
  });

  test("an empty follow-up means none, and flags already given are not asked again", async () => {
    const flags = { via: "video", note: "catch-up", theyReachedOut: true };
    const { prompts, asked } = scripted({ search: "Dana Lee", choose: [], typed: [[""]] });
    const plan = await askForLog(names, planFromFlags(flags, TODAY), TODAY, flags, prompts);
    expect(plan).toMatchObject({ who: [{ kind: "new", name: "Dana Lee" }], channel: "video", initiatedBy: "them", note: "catch-up", followUp: null });
    expect(asked).toEqual(["Who did you talk with? (type to search)", "Follow up when? (2w, friday, 2026-12-01; leave empty for none)"]);
  });
});

describe("personChoices", () => {
  test("matches come first, then an entry to add what was typed", () => {
    expect(personChoices("an", names).map((c) => c.name)).toEqual(["Ana Souza #1", '+ add "an" as a new person']);
  });

  test("no add entry for an empty term or a name already in the journal", () => {
    expect(personChoices("", names).map((c) => c.name)).toEqual(["Ana Souza #1", "Ben Ng #2"]);
    expect(personChoices("ben ng", names).map((c) => c.name)).toEqual(["Ben Ng #2"]);
  });
});
