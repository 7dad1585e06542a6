// CONTRACT (being built by the depth work): the score, its tier and its receipt. Replace the body, keep the names.
export type Tier = "contact" | "acquaintance" | "connection" | "inner";
export const TIERS: readonly Tier[] = ["contact", "acquaintance", "connection", "inner"];

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
