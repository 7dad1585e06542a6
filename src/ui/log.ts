import { listed } from "../domain/plural.js";
import { refOf } from "../domain/refs.js";
import type { FollowUp } from "../db/follow-ups.js";
import type { ChannelName, Initiator } from "../domain/channels.js";
import type { SizeName } from "../domain/sizes.js";
import { CONVERSATION } from "../domain/channels.js";
import type { Named } from "../domain/names.js";
import { colour } from "./colour.js";
import { dayLabel, indent, followUpJson, followUpTable } from "./follow-ups.js";
import { visible, visibleLines } from "./visible.js";

// What `net log` reports: the conversation, what it set in motion, and the promises to this person already due.

export interface Logged {
  readonly interaction: {
    readonly id: number;
    readonly date: string;
    readonly channel: ChannelName;
    readonly initiatedBy: Initiator;
    readonly people: readonly Named[];
    readonly note: string | null;
  };
  readonly added: readonly Named[];
  readonly followUps: readonly { id: number; person: Named; due: string; note: string | null }[];
  readonly ledger: readonly { id: number; person: Named; direction: "gave" | "got"; what: string; size: SizeName }[];
  readonly asks: readonly { id: number; person: Named; what: string; size: SizeName }[];
  /** Follow-ups closed by --done. */
  readonly done: readonly FollowUp[];
  readonly dueFollowUps: readonly FollowUp[];
}

export function logJson(logged: Logged) {
  const first = logged.followUps[0];
  return {
    interaction: { ...logged.interaction, ref: refOf("c", logged.interaction.id) },
    followUp: first ? { id: first.id, ref: refOf("f", first.id), due: first.due, note: first.note } : null,
    followUps: logged.followUps.map((f) => ({ ...f, ref: refOf("f", f.id) })),
    added: logged.added,
    ledger: logged.ledger.map((e) => ({ ...e, ref: refOf("l", e.id) })),
    asks: logged.asks.map((a) => ({ ...a, ref: refOf("a", a.id) })),
    done: logged.done.map(followUpJson),
    dueFollowUps: logged.dueFollowUps.map(followUpJson),
  };
}

export function renderLog(logged: Logged, today: string): string {
  const c = colour();
  const i = logged.interaction;
  const names = listed(i.people.map((p) => visible(p.name)));
  const lines = [
    `${c.green("Logged")} ${CONVERSATION[i.channel]} with ${c.bold(names)} ${i.date === today ? "today" : `on ${dayLabel(i.date, today)}`}${i.initiatedBy === "them" ? " (they reached out)" : ""} ${c.dim(refOf("c", i.id))}`,
  ];
  if (i.note) lines.push(`  ${visibleLines(i.note, "  ")}`);
  for (const p of logged.added) lines.push(`${c.green("Added")} ${visible(p.name)} ${c.dim(`#${p.id}`)} to the journal.`);
  for (const f of logged.followUps)
    lines.push(
      `Follow-up ${c.cyan(refOf("f", f.id))} with ${visible(f.person.name)} on ${dayLabel(f.due, today)}${f.note ? `: ${visibleLines(f.note, "  ")}` : ""}`,
    );
  for (const l of logged.ledger)
    lines.push(
      `${l.direction === "gave" ? "You gave" : "You got from"} ${visible(l.person.name)}: ${visibleLines(l.what, "  ")} ${c.dim(`(${l.size}, ${refOf("l", l.id)})`)}`,
    );
  for (const a of logged.asks)
    lines.push(`You asked ${visible(a.person.name)}: ${visibleLines(a.what, "  ")} ${c.dim(`(${a.size}, ${refOf("a", a.id)})`)}`);
  for (const f of logged.done)
    lines.push(
      `${c.green("Done")} ${c.cyan(refOf("f", f.id))} with ${visible(f.person.name)}${f.note ? `: ${visibleLines(f.note, "  ")}` : ""}`,
    );
  if (logged.dueFollowUps.length > 0) {
    lines.push("", c.yellow.bold("Already due for them:"), indent(followUpTable(logged.dueFollowUps, today)));
  }
  return lines.join("\n");
}
