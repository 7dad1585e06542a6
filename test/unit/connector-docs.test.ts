import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIND_LIMIT, HITS_PER_PERSON, HITS_SHOWN } from "../../src/commands/find.js";
import { PLAN_GIVES, PLAN_HOOK_CANDIDATES, PLAN_INTROS, PLAN_REACH_OUT } from "../../src/commands/plan.js";
import { BRIEF_ENTRIES } from "../../src/commands/brief.js";
import { WHO_LIMIT } from "../../src/commands/who.js";
import * as connector from "../../src/domain/connector.js";
import * as due from "../../src/domain/due.js";
import { MAX_PHRASE } from "../../src/domain/needs-offers.js";
import { FIELD_WEIGHTS, SNIPPET_BEFORE, SNIPPET_WORDS } from "../../src/domain/search.js";

// docs/connector.md states every constant of matching and ranking; the code holds them. This test keeps the two equal.
const doc = readFileSync(new URL("../../docs/connector.md", import.meta.url), "utf8");

function row(name: string): number {
  const m = new RegExp(`^\\| ${name} \\| ([0-9.]+) \\|$`, "m").exec(doc);
  if (!m) throw new Error(`docs/connector.md has no table row for ${name}`);
  return Number(m[1]);
}

describe("docs/connector.md", () => {
  it("states the find weights, snippet and limits", () => {
    for (const [field, weight] of Object.entries(FIELD_WEIGHTS)) expect(row(field), field).toBe(weight);
    expect(doc).toContain(`at most ${SNIPPET_WORDS}\n  words around the first match: ${SNIPPET_BEFORE} words before it`);
    expect(doc).toContain(
      `at most ${HITS_PER_PERSON} hits, best first; the terminal shows ${HITS_SHOWN} of them. \`--limit\` is ${FIND_LIMIT}`,
    );
    expect(doc).toContain(`at most ${MAX_PHRASE} characters`);
  });

  it("states the who weights, blend and limit", () => {
    // The find table comes first: who's rows are read from the second table.
    const who = doc.slice(doc.indexOf("| who field |"));
    for (const [field, weight] of Object.entries(connector.WHO_FIELDS))
      expect(Number(new RegExp(`^\\| ${field} \\| ([0-9.]+) \\|$`, "m").exec(who)?.[1]), field).toBe(weight);
    const share = connector.WHO_MATCH_SHARE;
    expect(doc).toContain(`100 × (${share} × match + ${Math.round((1 - share) * 10) / 10} × depth / 100)`);
    expect(doc).toContain(`(${share * 100} points from the match)`);
    expect(doc).toContain(`at most ${(share * 100 * connector.WHO_FIELDS.note) / connector.WHO_FIELDS.offers})`);
    expect(doc).toContain(`even from the deepest relationship (${Math.round((1 - share) * 100)})`);
    expect(doc).toContain(`At most ${WHO_LIMIT} are shown`);
  });

  it("states the suggest rules", () => {
    expect(doc).toContain(`share at least ${connector.SUGGEST_MIN_OVERLAP} of the stems of the shorter`);
    expect(doc).toContain(
      `(the best overlap + ${connector.SUGGEST_BOTH_WAYS} × the other way's overlap) / ${1 + connector.SUGGEST_BOTH_WAYS}`,
    );
    const share = connector.SUGGEST_MATCH_SHARE;
    expect(doc).toContain(`100 × (${share} × match + ${1 - share} ×\n  the mean of both depths / 100)`);
    expect(doc).toContain(`Both must be at least ${connector.SUGGEST_MIN_TIER}s`);
  });

  it("states the due, rhythm, plan and brief numbers", () => {
    expect(doc).toContain(`asks still open ${due.ASK_NUDGE_DAYS} days after`);
    expect(doc).toContain(`proposed ${due.PROPOSED_INTRO_DAYS} days ago or more`);
    expect(doc).toContain(`at least ${due.RHYTHM_MIN_CONVERSATIONS} conversation days`);
    expect(doc).toContain(`both ${due.RHYTHM_FACTOR} × their usual gap and ${due.RHYTHM_MIN_DAYS} days`);
    expect(doc).toContain(`latest ${due.RHYTHM_DAYS} conversation days`);
    expect(doc).toContain(`at most ${PLAN_REACH_OUT} people going cold`);
    expect(doc).toContain(`at most ${PLAN_GIVES} connections or inner ties`);
    expect(doc).toContain(`your ${PLAN_HOOK_CANDIDATES} deepest ties`);
    expect(doc).toContain(`the ${PLAN_INTROS} best suggestions`);
    expect(doc).toContain(`the latest ${BRIEF_ENTRIES} conversations`);
    expect(doc).toContain(`the latest ${BRIEF_ENTRIES} things you did`);
  });
});
