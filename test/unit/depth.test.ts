import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ChannelName, Initiator } from "../../src/domain/channels.js";
import { CHANNEL_WEIGHT, CHANNELS } from "../../src/domain/channels.js";
import { addDays } from "../../src/domain/dates.js";
import {
  DEPTH_FORMULA,
  depthOf,
  depthScoreOf,
  FULL_CHANNELS,
  FULL_DURATION_DAYS,
  FULL_FREQUENCY,
  FULL_RECIPROCITY,
  FULL_SERVICES,
  RECENCY_HALF_LIFE_DAYS,
  TERM_WEIGHT,
  tierOf,
  WINDOW_DAYS,
  windowStart,
  type DepthFacts,
} from "../../src/domain/depth.js";
import { SIZE_WEIGHT } from "../../src/domain/sizes.js";

// What the journal would hold: a list of conversations (days before today), reduced to facts the way relationshipsOf does in SQL.
interface Talk {
  readonly daysAgo: number;
  readonly channel: ChannelName;
  readonly by: Initiator;
}

const TODAY = "2026-11-22";

function factsOf(talks: readonly Talk[], today = TODAY, services = 0, metOn: string | null = null): DepthFacts {
  const dates = talks
    .map((t) => addDays(TODAY, -t.daysAgo))
    .filter((d) => d <= today)
    .sort();
  const from = windowStart(today);
  const recent = talks.filter((t) => {
    const d = addDays(TODAY, -t.daysAgo);
    return d >= from && d <= today;
  });
  const windowChannels: Partial<Record<ChannelName, number>> = {};
  for (const t of recent) windowChannels[t.channel] = (windowChannels[t.channel] ?? 0) + 1;
  return {
    lastContact: dates.at(-1) ?? null,
    firstContact: dates[0] ?? null,
    metOn,
    windowChannels,
    windowTheirs: recent.filter((t) => t.by === "them").length,
    services,
  };
}

const channel = fc.constantFrom(...CHANNELS);
const talk = fc.record({ daysAgo: fc.integer({ min: 0, max: 3650 }), channel, by: fc.constantFrom<Initiator>("me", "them") });
const history = fc.array(talk, { maxLength: 40 });
const services = fc.integer({ min: 0, max: 12 });

describe("depth", () => {
  it("the whole-network score (no receipt text) equals the explained one", () => {
    fc.assert(
      fc.property(history, services, (talks, s) => {
        const facts = factsOf(talks, TODAY, s);
        const lean = depthScoreOf(facts, TODAY);
        const full = depthOf(facts, TODAY);
        expect([lean.score, lean.tier]).toEqual([full.score, full.tier]);
      }),
      { numRuns: 300 },
    );
  });

  it("the term weights add up to 100 and the score stays within 0–100", () => {
    expect(Object.values(TERM_WEIGHT).reduce((a, b) => a + b, 0)).toBe(100);
    fc.assert(
      fc.property(history, services, (talks, s) => {
        const d = depthOf(factsOf(talks, TODAY, s), TODAY);
        expect(d.score).toBeGreaterThanOrEqual(0);
        expect(d.score).toBeLessThanOrEqual(100);
        expect(d.tier).toBe(tierOf(d.score));
      }),
    );
  });

  it("a newer interaction never lowers the score", () => {
    fc.assert(
      fc.property(history, talk, services, (talks, extra, s) => {
        const newest = Math.min(...talks.map((t) => t.daysAgo), 3650);
        const newer = { ...extra, daysAgo: Math.floor(extra.daysAgo % (newest + 1)) };
        expect(depthOf(factsOf([...talks, newer], TODAY, s), TODAY).score).toBeGreaterThanOrEqual(
          depthOf(factsOf(talks, TODAY, s), TODAY).score,
        );
      }),
    );
  });

  it("a meeting counts more than an email on the same day", () => {
    fc.assert(
      fc.property(
        history,
        fc.integer({ min: 0, max: 364 }),
        fc.constantFrom<Initiator>("me", "them"),
        services,
        (talks, daysAgo, by, s) => {
          const withMeeting = depthOf(factsOf([...talks, { daysAgo, channel: "meeting", by }], TODAY, s), TODAY);
          const withEmail = depthOf(factsOf([...talks, { daysAgo, channel: "email", by }], TODAY, s), TODAY);
          expect(withMeeting.score).toBeGreaterThanOrEqual(withEmail.score);
          const richness = talks.filter((t) => t.daysAgo < 365).reduce((sum, t) => sum + CHANNEL_WEIGHT[t.channel], 0);
          // Until channel richness is at full marks, the meeting adds visibly more.
          if (richness + CHANNEL_WEIGHT.meeting <= FULL_CHANNELS)
            expect(withMeeting.terms.channels!.points).toBeGreaterThan(withEmail.terms.channels!.points);
        },
      ),
    );
  });

  it("more time without contact never raises the score", () => {
    fc.assert(
      fc.property(history, services, fc.integer({ min: 1, max: 2000 }), (talks, s, later) => {
        const then = addDays(TODAY, later);
        expect(depthOf(factsOf(talks, then, s), then).score).toBeLessThanOrEqual(depthOf(factsOf(talks, TODAY, s), TODAY).score);
      }),
    );
  });

  it("mutual initiative scores higher than one-sided", () => {
    const recentTalk = fc.record({ daysAgo: fc.integer({ min: 0, max: 364 }), channel, by: fc.constant<Initiator>("me") });
    fc.assert(
      fc.property(fc.array(recentTalk, { minLength: 2, maxLength: 30 }), services, (talks, s) => {
        const mutual = talks.map((t, i) => (i % 2 === 1 ? { ...t, by: "them" as const } : t));
        expect(depthOf(factsOf(mutual, TODAY, s), TODAY).score).toBeGreaterThan(depthOf(factsOf(talks, TODAY, s), TODAY).score);
      }),
    );
  });

  it("shows every term as a receipt whose points add up to the score", () => {
    const d = depthOf(
      factsOf(
        [
          { daysAgo: 3, channel: "video", by: "them" },
          { daysAgo: 40, channel: "meeting", by: "me" },
        ],
        TODAY,
        2,
        "2024-05-01",
      ),
      TODAY,
    );
    expect(Object.keys(d.terms)).toEqual(["recency", "frequency", "channels", "duration", "reciprocity", "services"]);
    expect(d.terms.recency!.measured).toBe("last contact 3 days ago");
    expect(d.terms.channels!.measured).toBe("1 in person, 1 video call");
    expect(d.terms.duration!.measured).toContain("since 2024-05-01");
    const sum = Object.values(d.terms).reduce((a, t) => a + t.points, 0);
    expect(Math.abs(sum - d.score)).toBeLessThan(1);
  });

  it("full marks in every term score exactly 100, an inner tie", () => {
    // Today, 24+ meetings in the year, half of them theirs, known for three years, favours weighing 8.
    const talks: Talk[] = Array.from({ length: 24 }, (_, i) => ({ daysAgo: i * 15, channel: "meeting", by: i % 2 ? "them" : "me" }));
    const d = depthOf(factsOf(talks, TODAY, 8, addDays(TODAY, -1095)), TODAY);
    expect(d).toMatchObject({ score: 100, tier: "inner" });
    for (const [name, term] of Object.entries(d.terms)) expect(term.points, name).toBe(TERM_WEIGHT[name as keyof typeof TERM_WEIGHT]);
  });

  it("nothing but a future meeting, a met-on date ahead and no favours scores exactly 0", () => {
    const d = depthOf(factsOf([{ daysAgo: -3, channel: "meeting", by: "them" }], TODAY, 0, addDays(TODAY, 10)), TODAY);
    expect(d).toMatchObject({ score: 0, tier: "contact" });
    expect(Object.values(d.terms).map((t) => t.points)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("someone never contacted is a contact with no recency at all", () => {
    const d = depthOf(factsOf([]), TODAY);
    expect(d).toMatchObject({ score: 0, tier: "contact" });
    expect(d.terms.recency).toEqual({ measured: "never in touch", weight: TERM_WEIGHT.recency, points: 0 });
  });
});

describe("the formula's version", () => {
  // Journals keep everyone's score for the day, tagged with DEPTH_FORMULA (src/db/relationship-cache.ts). If this
  // fails, what depth is made of has changed (a number, or a rule that gives these scores): raise DEPTH_FORMULA, and
  // write down both it and what changed here. The facts' SQL side (src/db/depth-scores.ts, relationships.ts) counts too.
  it("goes with these numbers and these scores", () => {
    const facts: DepthFacts[] = [
      {
        lastContact: "2026-11-20",
        firstContact: "2020-01-01",
        metOn: null,
        windowChannels: { meeting: 6, call: 4, email: 10 },
        windowTheirs: 3,
        services: 5,
      },
      { lastContact: "2025-06-01", firstContact: "2024-01-01", metOn: "2023-05-01", windowChannels: {}, windowTheirs: 0, services: 0 },
      { lastContact: null, firstContact: null, metOn: null, windowChannels: {}, windowTheirs: 0, services: 2 },
      { lastContact: "2026-11-22", firstContact: "2026-11-22", metOn: null, windowChannels: { social: 1 }, windowTheirs: 1, services: 0 },
      {
        lastContact: "2026-08-15",
        firstContact: "2025-02-10",
        metOn: "2026-01-01",
        windowChannels: { video: 3, message: 7 },
        windowTheirs: 5,
        services: 12,
      },
    ];
    expect({
      DEPTH_FORMULA,
      numbers: {
        TERM_WEIGHT,
        RECENCY_HALF_LIFE_DAYS,
        WINDOW_DAYS,
        FULL_FREQUENCY,
        FULL_CHANNELS,
        FULL_DURATION_DAYS,
        FULL_RECIPROCITY,
        FULL_SERVICES,
        CHANNEL_WEIGHT,
        SIZE_WEIGHT,
      },
      scores: facts.map((f) => depthScoreOf(f, TODAY).score),
    }).toEqual({
      DEPTH_FORMULA: 1,
      numbers: {
        TERM_WEIGHT: { recency: 20, frequency: 10, channels: 15, duration: 15, reciprocity: 20, services: 20 },
        RECENCY_HALF_LIFE_DAYS: 90,
        WINDOW_DAYS: 365,
        FULL_FREQUENCY: 24,
        FULL_CHANNELS: 12,
        FULL_DURATION_DAYS: 1095,
        FULL_RECIPROCITY: 4,
        FULL_SERVICES: 8,
        CHANNEL_WEIGHT: { meeting: 1, video: 0.8, call: 0.6, email: 0.4, message: 0.3, social: 0.1 },
        SIZE_WEIGHT: { small: 1, medium: 2, large: 4 },
      },
      scores: [86, 11, 5, 26, 67],
    });
  });
});
