import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHANNEL_WEIGHT } from "../../src/domain/channels.js";
import * as depth from "../../src/domain/depth.js";
import { SIZE_WEIGHT } from "../../src/domain/sizes.js";
import { ASK_SPACING_DAYS, GIVES_BEFORE_HOOK, RECONNECT_DAYS, TIER_FOR_SIZE } from "../../src/domain/verdict.js";

// docs/depth.md states every weight; the code holds them. One place for each fact: this test keeps the two the same.
const doc = readFileSync(new URL("../../docs/depth.md", import.meta.url), "utf8");

/** The number in the second column of the table row that starts with `name`. */
function row(name: string): number {
  const m = new RegExp(`^\\| ${name} \\| ([0-9.]+) \\|`, "m").exec(doc);
  if (!m) throw new Error(`docs/depth.md has no table row for ${name}`);
  return Number(m[1]);
}

describe("docs/depth.md", () => {
  it("states the term weights and full marks the code uses", () => {
    for (const [name, weight] of Object.entries(depth.TERM_WEIGHT)) expect(row(name), name).toBe(weight);
    const full = (name: string) => new RegExp(`^\\| ${name} \\|.*\\| ([0-9]+)( days| conversations)?( \\(.*\\))? \\|$`, "m").exec(doc)?.[1];
    expect(Number(full("frequency"))).toBe(depth.FULL_FREQUENCY);
    expect(Number(full("channels"))).toBe(depth.FULL_CHANNELS);
    expect(Number(full("duration"))).toBe(depth.FULL_DURATION_DAYS);
    expect(Number(full("reciprocity"))).toBe(depth.FULL_RECIPROCITY);
    expect(Number(full("services"))).toBe(depth.FULL_SERVICES);
    // The formula block repeats the numbers: check it too.
    const fulls: Record<string, number> = {
      frequency: depth.FULL_FREQUENCY,
      channels: depth.FULL_CHANNELS,
      duration: depth.FULL_DURATION_DAYS,
      reciprocity: depth.FULL_RECIPROCITY,
      services: depth.FULL_SERVICES,
    };
    for (const [name, n] of Object.entries(fulls))
      expect(doc, name).toMatch(new RegExp(`^ +${name} += ${depth.TERM_WEIGHT[name as depth.TermName]} × min\\(1, [^/]+/ ${n}\\)`, "m"));
    expect(doc).toMatch(new RegExp(`^ +recency += ${depth.TERM_WEIGHT.recency} × `, "m"));
    expect(doc).toContain(`halves every ${depth.RECENCY_HALF_LIFE_DAYS} days`);
    expect(doc).toContain(`0.5^(d / ${depth.RECENCY_HALF_LIFE_DAYS})`);
    expect(doc).toContain(`in the last ${depth.WINDOW_DAYS} days`);
  });

  it("states the channel, size and tier numbers the code uses", () => {
    for (const [channel, weight] of Object.entries(CHANNEL_WEIGHT)) expect(row(channel), channel).toBe(weight);
    for (const [size, weight] of Object.entries(SIZE_WEIGHT)) expect(row(size), size).toBe(weight);
    for (const [tier, floor] of Object.entries(depth.TIER_FLOOR)) expect(row(tier), tier).toBe(floor);
  });

  it("states the verdict rules the code uses", () => {
    expect(doc).toContain(`less than ${ASK_SPACING_DAYS} days ago`);
    expect(doc).toContain(`their cadence or ${RECONNECT_DAYS} days`);
    expect(doc).toContain(`after ${GIVES_BEFORE_HOOK} gives since your`);
    for (const [size, tier] of Object.entries(TIER_FOR_SIZE)) expect(doc).toMatch(new RegExp(`${size}\\s+needs\\s+${tier}`));
  });
});
