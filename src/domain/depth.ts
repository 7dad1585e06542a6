import type { ChannelName } from "./channels.js";
import { CHANNEL_LABELS, CHANNEL_WEIGHT, CHANNELS } from "./channels.js";
import { addDays, daysBetween } from "./dates.js";
import { plural } from "./plural.js";

// Relationship depth: a 0–100 score built from six terms anyone can read, like a receipt. docs/depth.md explains every number here.

export type Tier = "contact" | "acquaintance" | "connection" | "inner";
export const TIERS: readonly Tier[] = ["contact", "acquaintance", "connection", "inner"];

/** The lowest score of each tier. */
export const TIER_FLOOR: Readonly<Record<Tier, number>> = { contact: 0, acquaintance: 25, connection: 50, inner: 75 };

export type TermName = "recency" | "frequency" | "channels" | "duration" | "reciprocity" | "services";

/** The most points each term can add; they sum to 100. */
export const TERM_WEIGHT: Readonly<Record<TermName, number>> = {
  recency: 20,
  frequency: 10,
  channels: 15,
  duration: 15,
  reciprocity: 20,
  services: 20,
};

/** Recency halves every this many days without contact. */
export const RECENCY_HALF_LIFE_DAYS = 90;
/** Frequency, channels and reciprocity look at this many days back from today. */
export const WINDOW_DAYS = 365;
/** Full marks: conversations in the window. */
export const FULL_FREQUENCY = 24;
/** Full marks: channel weight summed over the window (twelve meetings, or fifteen video calls). */
export const FULL_CHANNELS = 12;
/** Full marks: days from the start of the relationship to the last contact (three years). */
export const FULL_DURATION_DAYS = 1095;
/** Full marks: times they reached out in the window. */
export const FULL_RECIPROCITY = 4;
/** Full marks: size weight of favours both ways (see SIZE_WEIGHT). */
export const FULL_SERVICES = 8;

/**
 * Which depth formula this is. A journal keeps everyone's score as worked out on one day (src/db/relationship-cache.ts),
 * tagged with it: raise it whenever a weight, a full mark or a rule in this file, CHANNEL_WEIGHT or SIZE_WEIGHT changes,
 * so that no score worked out the old way is shown again. test/unit/depth.test.ts holds it to those numbers and to
 * the scores of a few fixed relationships.
 */
export const DEPTH_FORMULA = 1;

export interface DepthTerm {
  /** What was measured, in the user's words ("last contact 12 days ago"). */
  readonly measured: string;
  readonly weight: number;
  /** Points this term adds to the 0–100 score. */
  readonly points: number;
}

export interface Depth {
  readonly score: number;
  readonly tier: Tier;
  readonly terms: Readonly<Record<string, DepthTerm>>;
}

export interface Balance {
  readonly given: number;
  readonly received: number;
  readonly net: number;
}

/** What the journal knows about one relationship, as of today (interactions after today are left out). */
export interface DepthFacts {
  /** The latest interaction on or before today. */
  readonly lastContact: string | null;
  readonly firstContact: string | null;
  /** When the relationship started, if recorded (--met-on, LinkedIn's Connected On). */
  readonly metOn: string | null;
  /** Interactions in the window, per channel. */
  readonly windowChannels: Readonly<Partial<Record<ChannelName, number>>>;
  /** Interactions in the window that they started. */
  readonly windowTheirs: number;
  /** Size weight of ledger entries both ways (gives, takes, granted asks, introductions). */
  readonly services: number;
}

/** The first day inside the window: the window is `windowStart(today) <= date <= today`, WINDOW_DAYS days in all. */
export function windowStart(today: string): string {
  return addDays(today, 1 - WINDOW_DAYS);
}

export function tierOf(score: number): Tier {
  if (score >= TIER_FLOOR.inner) return "inner";
  if (score >= TIER_FLOOR.connection) return "connection";
  if (score >= TIER_FLOOR.acquaintance) return "acquaintance";
  return "contact";
}

export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}

const NO_TERMS: Readonly<Record<string, DepthTerm>> = {};
const share = (value: number, full: number) => Math.max(0, Math.min(1, value / full));
const tenth = (n: number) => Math.round(n * 10) / 10;

export function depthOf(facts: DepthFacts, today: string): Depth {
  return measure(facts, today, true);
}

/** The score and tier alone, exactly as depthOf has them, without the words of each term: for whole-network lists. */
export function depthScoreOf(facts: DepthFacts, today: string): Depth {
  return measure(facts, today, false);
}

function measure(facts: DepthFacts, today: string, explained: boolean): Depth {
  const last = facts.lastContact;
  const days = last === null ? null : Math.max(0, daysBetween(last, today));
  let conversations = 0;
  let richness = 0;
  const used: string[] = [];
  for (const channel of CHANNELS) {
    const n = facts.windowChannels[channel] ?? 0;
    if (n <= 0) continue;
    conversations += n;
    richness += n * CHANNEL_WEIGHT[channel];
    if (explained) used.push(`${n} ${CHANNEL_LABELS[channel]}${n === 1 || channel === "meeting" || channel === "social" ? "" : "s"}`);
  }
  const first = facts.firstContact !== null && facts.firstContact <= today ? facts.firstContact : null;
  const met = facts.metOn !== null && facts.metOn <= today ? facts.metOn : null;
  const start = first === null ? met : met === null || first <= met ? first : met;
  const span = start !== null && last !== null ? Math.max(0, daysBetween(start, last)) : 0;
  const fractions: Record<TermName, number> = {
    recency: days === null ? 0 : 0.5 ** (days / RECENCY_HALF_LIFE_DAYS),
    frequency: share(conversations, FULL_FREQUENCY),
    channels: share(richness, FULL_CHANNELS),
    duration: share(span, FULL_DURATION_DAYS),
    reciprocity: share(facts.windowTheirs, FULL_RECIPROCITY),
    services: share(facts.services, FULL_SERVICES),
  };
  // Spelled out rather than through exact() below: whole-network lists score thousands of people, mostly before the code is hot.
  const total =
    TERM_WEIGHT.recency * fractions.recency +
    TERM_WEIGHT.frequency * fractions.frequency +
    TERM_WEIGHT.channels * fractions.channels +
    TERM_WEIGHT.duration * fractions.duration +
    TERM_WEIGHT.reciprocity * fractions.reciprocity +
    TERM_WEIGHT.services * fractions.services;
  // A whole number, so the score a user reads and the tier it falls in always agree.
  const score = Math.round(total);
  if (!explained) return { score, tier: tierOf(score), terms: NO_TERMS };

  const exact = (name: TermName) => TERM_WEIGHT[name] * fractions[name];
  const quiet = "no conversations in the last 12 months";
  const measured: Record<TermName, string> = {
    recency: days === null ? "never in touch" : days === 0 ? "in touch today" : `last contact ${plural(days, "day")} ago`,
    frequency: `${plural(conversations, "conversation")} in the last 12 months`,
    channels: conversations === 0 ? quiet : used.join(", "),
    duration: start === null || last === null ? "no history yet" : `known ${spanText(span)}, since ${start}`,
    reciprocity: conversations === 0 ? quiet : `they reached out ${facts.windowTheirs} of ${conversations} times`,
    services: facts.services === 0 ? "no favours either way yet" : `favours given and received weighing ${facts.services}`,
  };
  const terms: Record<string, DepthTerm> = {};
  for (const name of TERM_NAMES) terms[name] = { measured: measured[name], weight: TERM_WEIGHT[name], points: tenth(exact(name)) };
  return { score, tier: tierOf(score), terms };
}

const TERM_NAMES: readonly TermName[] = ["recency", "frequency", "channels", "duration", "reciprocity", "services"];

function spanText(days: number): string {
  if (days >= 365) {
    const years = tenth(days / 365);
    return `${years} ${years === 1 ? "year" : "years"}`;
  }
  if (days >= 60) return `${Math.round(days / 30)} months`;
  return plural(days, "day");
}
