import { refOf } from "../domain/refs.js";
import type { FollowUp } from "../db/follow-ups.js";
import type { AskRow } from "../db/ledger.js";
import type { TimelineEvent } from "../db/timeline.js";
import { CHANNEL_LABELS } from "../domain/channels.js";
import { plural } from "../domain/plural.js";
import { colour } from "./colour.js";
import { personArgument } from "../domain/shell.js";
import { columns } from "./table.js";
import { visible, visibleLines } from "./visible.js";
import { dueText } from "./when.js";

// A person's history and what is still open with them, as `net show` prints it.

/** The reference of a timeline entry: c12, l5, a3, i2. */
export function eventRef(event: TimelineEvent): string {
  return refOf(
    event.kind === "interaction" ? "c" : event.kind === "gave" || event.kind === "got" ? "l" : event.kind === "ask" ? "a" : "i",
    event.id,
  );
}

function eventCells(event: TimelineEvent): [string, string] {
  const c = colour();
  switch (event.kind) {
    case "interaction": {
      const who = event.initiatedBy === "them" ? "they reached out" : "you reached out";
      const others = event.with.length > 0 ? c.dim(` with ${event.with.map((p) => visible(p.name)).join(", ")}`) : "";
      return [
        `${CHANNEL_LABELS[event.channel]} ${c.dim(`(${who})`)}`,
        `${event.note === null ? "" : visibleLines(event.note)}${others}`.trim(),
      ];
    }
    case "gave":
      return [c.green("you gave"), `${visibleLines(event.what)} ${c.dim(`(${event.size})`)}`];
    case "got":
      return [c.yellow("you got"), `${visibleLines(event.what)} ${c.dim(`(${event.size})`)}`];
    case "ask": {
      const status = event.status === "open" ? c.yellow("open") : `${event.status}${event.closedOn ? ` on ${event.closedOn}` : ""}`;
      return ["you asked", `${visibleLines(event.what)} ${c.dim(`(${event.size})`)} · ${status}`];
    }
    case "intro": {
      const label = event.status === "proposed" ? "intro proposed" : "introduced";
      const outcome = event.outcome ? ` · ${event.outcome}${event.outcomeNote ? `: ${visibleLines(event.outcomeNote)}` : ""}` : "";
      return [c.cyan(label), `to ${visible(event.to.name)}${event.why ? ` ${c.dim(`(${visibleLines(event.why)})`)}` : ""}${outcome}`];
    }
  }
}

/** The timeline as shown; when `total` is more than shown, a last line says how to see the older entries. */
export function renderTimeline(
  events: readonly TimelineEvent[],
  total: number,
  person: { readonly id: number; readonly name: string },
): string {
  const c = colour();
  if (events.length === 0) return `${c.bold("Timeline")}\n  ${c.dim("nothing yet")}`;
  const older = total - events.length;
  const more =
    older > 0 ? `\n  ${c.dim(`… ${plural(older, "older entry", "older entries")}: net show ${personArgument(person)} --all`)}` : "";
  return `${c.bold("Timeline")}\n${columns(events.map((e) => [`  ${e.date || "?"}`, colour().dim(eventRef(e)), ...eventCells(e)]))}${more}`;
}

type OpenFollowUp = Pick<FollowUp, "id" | "due" | "note">;
type OpenAsk = Pick<AskRow, "id" | "what" | "size" | "on">;

export function openFollowUpJson(f: OpenFollowUp) {
  return { id: f.id, ref: refOf("f", f.id), due: f.due, note: f.note };
}

export function openAskJson(a: OpenAsk) {
  return { id: a.id, ref: refOf("a", a.id), what: a.what, size: a.size, on: a.on };
}

export function renderFollowUps(followUps: readonly OpenFollowUp[], today: string): string {
  const c = colour();
  const rows = followUps.map((f) => {
    const when = `${f.due} (${dueText(f.due, today)})`;
    return [
      `  ${c.dim(refOf("f", f.id))}`,
      f.due < today ? c.red(when) : f.due === today ? c.yellow(when) : when,
      f.note === null ? "" : visibleLines(f.note),
    ];
  });
  return `${c.bold("Open follow-ups")}\n${columns(rows)}`;
}

export function renderOpenAsks(asks: readonly OpenAsk[]): string {
  const c = colour();
  return `${c.bold("Open asks")}\n${columns(asks.map((a) => [`  ${c.dim(refOf("a", a.id))}`, a.on, `${visibleLines(a.what)} ${c.dim(`(${a.size})`)}`]))}`;
}
