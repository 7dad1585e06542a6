import { refOf } from "../domain/refs.js";
import type { AskRow } from "../db/ledger.js";
import type { Intro } from "../db/intros.js";
import { colour } from "./colour.js";

// How asks and introductions are shown, in a table and as JSON.

export function askJson(ask: AskRow) {
  return {
    id: ask.id,
    ref: refOf("a", ask.id),
    person: ask.person,
    what: ask.what,
    size: ask.size,
    on: ask.on,
    status: ask.status,
    closedOn: ask.closedOn,
  };
}

export function askStatusText(ask: AskRow): string {
  const c = colour();
  if (ask.status === "open") return c.yellow("open");
  return `${ask.status === "granted" ? c.green("granted") : c.red("declined")} ${ask.closedOn ?? ""}`.trim();
}

export function introJson(intro: Intro) {
  return {
    id: intro.id,
    ref: refOf("i", intro.id),
    a: intro.a,
    b: intro.b,
    why: intro.why,
    status: intro.status,
    proposedOn: intro.proposedOn,
    madeOn: intro.madeOn,
    outcome: intro.outcome,
    outcomeNote: intro.outcomeNote,
    outcomeOn: intro.outcomeOn,
  };
}

export function introStateText(intro: Intro): string {
  const c = colour();
  if (intro.status === "proposed") return c.yellow("proposed");
  if (intro.outcome === "met") return c.green("met");
  if (intro.outcome === "fizzled") return c.dim("fizzled");
  return "made";
}
