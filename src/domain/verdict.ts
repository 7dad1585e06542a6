import dayjs from "dayjs";
import { SIZE_WEIGHT, type SizeName } from "./sizes.js";
import { addDays, daysBetween } from "./dates.js";
import { tierRank, type Balance, type Depth, type Tier } from "./depth.js";
import { refOf } from "./refs.js";
import { personArgument } from "./shell.js";

// Before an ask: is the relationship ready for it, and if not, what to do first. Checks run in this order; the first that fails is the verdict.

export type Verdict = "wait" | "reconnect-first" | "deepen-first" | "give-first" | "ready";
export const VERDICTS: readonly Verdict[] = ["wait", "reconnect-first", "deepen-first", "give-first", "ready"];

/** Days between two asks of the same person. */
export const ASK_SPACING_DAYS = 30;
/** The longest silence before an ask, whatever the cadence. */
export const RECONNECT_DAYS = 90;
/** The tier each size of ask needs. */
export const TIER_FOR_SIZE: Readonly<Record<SizeName, Tier>> = { small: "acquaintance", medium: "connection", large: "inner" };
/** Jab, jab, jab, hook: this many gives since the last ask lets a connection take a large ask. */
export const GIVES_BEFORE_HOOK = 3;
/** The lowest balance each size of ask tolerates. */
export const BALANCE_FLOOR: Readonly<Record<SizeName, number>> = { small: -1, medium: 0, large: 0 };

/** An ask still waiting for an answer, as `net ask` lists it. */
export interface OpenAsk {
  readonly id: number;
  readonly what: string;
  readonly on: string;
}

export interface AskFacts {
  readonly id: number;
  readonly name: string;
  readonly size: SizeName;
  readonly depth: Depth;
  readonly balance: Balance;
  readonly lastContact: string | null;
  readonly cadenceDays: number | null;
  readonly openAsks: readonly OpenAsk[];
  /** The date of the latest ask, whatever became of it (a declined ask still counts for spacing). */
  readonly lastAskOn: string | null;
  /** Things you did for them since the last ask (ever, if you never asked). */
  readonly givesSinceLastAsk: number;
  /** Ledger counts, for the give-first advice. */
  readonly gaveCount: number;
  readonly gotCount: number;
  readonly firstLedgerOn: string | null;
}

/** What the journal holds about one person's asks and ledger: asks newest first, ledger entries oldest first. */
export interface AskHistory {
  readonly asks: readonly {
    readonly id: number;
    readonly what: string;
    readonly on: string;
    readonly status: "open" | "granted" | "declined";
  }[];
  readonly ledger: readonly { readonly direction: "gave" | "got"; readonly date: string }[];
}

/** The facts verdictFor weighs, from the relationship and the person's history. */
export function askFactsFrom(
  about: Pick<AskFacts, "id" | "name" | "size" | "depth" | "balance" | "lastContact" | "cadenceDays">,
  history: AskHistory,
): AskFacts {
  const lastAskOn = history.asks[0]?.on ?? null;
  const openAsks = openAsksOf(history.asks).map((a) => ({ id: a.id, what: a.what, on: a.on }));
  const gives = history.ledger.filter((e) => e.direction === "gave");
  return {
    ...about,
    openAsks,
    lastAskOn,
    givesSinceLastAsk: gives.filter((e) => lastAskOn === null || e.date > lastAskOn).length,
    gaveCount: gives.length,
    gotCount: history.ledger.length - gives.length,
    firstLedgerOn: history.ledger[0]?.date ?? null,
  };
}

/** The asks still open, oldest first (the one to close before asking again), from asks newest first. */
export function openAsksOf<T extends { readonly status: "open" | "granted" | "declined" }>(asksNewestFirst: readonly T[]): T[] {
  return asksNewestFirst.filter((a) => a.status === "open").reverse();
}

/** Whether an ask on `on` comes less than ASK_SPACING_DAYS after the last one (declined asks count too). */
export function lastAskTooRecent(lastAskOn: string | null, on: string): boolean {
  return lastAskOn !== null && daysBetween(lastAskOn, on) < ASK_SPACING_DAYS;
}

/**
 * After recording an ask on `on`: a note when it broke the spacing `net ask` would have advised, else null.
 * `earlier` are the person's asks before this one, newest first.
 */
export function askSpacingNote(name: string, earlier: AskHistory["asks"], on: string): string | null {
  const open = earlier.filter((a) => a.status === "open");
  if (open.length > 0)
    return `${name} already had ${open.length === 1 ? "an open ask" : `${open.length} open asks`} (${open.map((a) => refOf("a", a.id)).join(", ")}).`;
  const last = earlier.find((a) => a.on <= on);
  if (last && lastAskTooRecent(last.on, on))
    return `you last asked ${name} on ${last.on}, less than ${ASK_SPACING_DAYS} days before this ask.`;
  return null;
}

export interface AskVerdict {
  readonly verdict: Verdict;
  /** Every check that failed, in order. */
  readonly reasons: readonly string[];
  /** One concrete next step. */
  readonly suggestion: string;
}

interface Failure {
  readonly verdict: Exclude<Verdict, "ready">;
  readonly reason: string;
  readonly suggestion: string;
}

export function verdictFor(facts: AskFacts, today: string): AskVerdict {
  const failures = [waitCheck(facts, today), reconnectCheck(facts, today), deepenCheck(facts), giveCheck(facts)].filter(
    (f): f is Failure => f !== null,
  );
  const first = failures[0];
  if (!first) {
    return {
      verdict: "ready",
      reasons: [],
      suggestion: `Ready: ask ${facts.name}, then record it with \`net asked ${personArgument(facts)} WHAT --size ${facts.size}\` and close it when you hear back.`,
    };
  }
  return { verdict: first.verdict, reasons: failures.map((f) => f.reason), suggestion: first.suggestion };
}

function waitCheck(f: AskFacts, today: string): Failure | null {
  const open = f.openAsks[0];
  if (open) {
    return {
      verdict: "wait",
      reason: `your ask ${refOf("a", open.id)} ("${open.what}", ${open.on}) is still open`,
      suggestion: `Wait: close ask ${refOf("a", open.id)} first (\`net asks close ${refOf("a", open.id)} --granted\` or \`--declined\`) once ${f.name} answers.`,
    };
  }
  if (f.lastAskOn !== null && lastAskTooRecent(f.lastAskOn, today)) {
    const again = addDays(f.lastAskOn, ASK_SPACING_DAYS);
    return {
      verdict: "wait",
      reason: `you last asked ${daysBetween(f.lastAskOn, today)} days ago (${f.lastAskOn}); leave at least ${ASK_SPACING_DAYS} days between asks`,
      suggestion: `Wait until ${again} before asking ${f.name} again; give something in the meantime.`,
    };
  }
  return null;
}

function reconnectCheck(f: AskFacts, today: string): Failure | null {
  const limit = Math.max(f.cadenceDays ?? 0, RECONNECT_DAYS);
  if (f.lastContact === null) {
    return {
      verdict: "reconnect-first",
      reason: "you have never been in touch (no interaction in the journal)",
      suggestion: `Reconnect first: get in touch with ${f.name} without asking for anything, and log it with \`net log ${personArgument(f)}\`.`,
    };
  }
  const days = daysBetween(f.lastContact, today);
  if (days > limit) {
    return {
      verdict: "reconnect-first",
      reason: `no contact for ${days} days (last ${f.lastContact}); more than ${limit} days`,
      suggestion: `Reconnect first: you last talked ${days} days ago. Catch up with ${f.name} with no ask attached, then ask in a few weeks.`,
    };
  }
  return null;
}

function deepenCheck(f: AskFacts): Failure | null {
  const needed = TIER_FOR_SIZE[f.size];
  const { tier, score } = f.depth;
  if (tierRank(tier) >= tierRank(needed)) return null;
  const hook = f.size === "large" && tier === "connection";
  if (hook && f.givesSinceLastAsk >= GIVES_BEFORE_HOOK) return null;
  const more = GIVES_BEFORE_HOOK - f.givesSinceLastAsk;
  return {
    verdict: "deepen-first",
    reason: `depth ${score} (${tier}); a ${f.size} ask needs ${needed}${hook ? ` or ${GIVES_BEFORE_HOOK} gives ${f.lastAskOn === null ? "first" : "since your last ask"} (you have ${f.givesSinceLastAsk})` : ""}`,
    suggestion: hook
      ? `Deepen first: give ${more} more ${more === 1 ? "time" : "times"} (an introduction, advice, a referral) before this large ask: jab, jab, jab, hook.`
      : `Deepen first: ${f.name} is ${article(tier)} ${tier}; a ${f.size} ask needs ${needed === "inner" ? "someone in your inner circle" : `${article(needed)} ${needed}`}. Meet in person, be in touch more often, and help them before asking.`,
  };
}

function giveCheck(f: AskFacts): Failure | null {
  const floor = BALANCE_FLOOR[f.size];
  if (f.balance.net >= floor) return null;
  const since = f.firstLedgerOn ? ` since ${monthYear(f.firstLedgerOn)}` : "";
  return {
    verdict: "give-first",
    reason: `balance ${f.balance.net} (given ${f.balance.given}, received ${f.balance.received}); a ${f.size} ask needs ${floor} or more`,
    suggestion: `Give first: they have done ${f.gotCount} ${f.gotCount === 1 ? "thing" : "things"} for you${since} and you ${f.gaveCount}. Offer an introduction or help before asking.`,
  };
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? "an" : "a";
}

function monthYear(date: string): string {
  return dayjs(date).format("MMMM YYYY");
}

/** The facts as they would be after one more small give today. */
export function withOneMoreGive(f: AskFacts, today: string): AskFacts {
  const w = SIZE_WEIGHT.small;
  return {
    ...f,
    balance: { given: f.balance.given + w, received: f.balance.received, net: f.balance.net + w },
    givesSinceLastAsk: f.givesSinceLastAsk + 1,
    gaveCount: f.gaveCount + 1,
    firstLedgerOn: f.firstLedgerOn ?? today,
  };
}

/** Jab, jab, jab, hook: whether one more give is all that stands between this ask and ready. */
export function readyAfterOneGive(f: AskFacts, today: string): boolean {
  return verdictFor(f, today).verdict === "give-first" && verdictFor(withOneMoreGive(f, today), today).verdict === "ready";
}
