import type { Context } from "../context.js";
import { listed } from "../domain/plural.js";
import { refOf } from "../domain/refs.js";
import { addFollowUp, followUpsByIds, markDone, openFollowUpsOf } from "../db/follow-ups.js";
import { addAsk, addLedgerEntry } from "../db/ledger.js";
import { addInteraction, sameInteraction } from "../db/interactions.js";
import type { Journal } from "../db/open.js";
import { withJournal } from "./shared/with-journal.js";
import type { Writer } from "../db/changes.js";
import { addContactPoints, allCandidates, archivedAmong, insertPerson, type PersonRef } from "../db/people.js";
import type { ChannelName, Initiator } from "../domain/channels.js";
import type { SizeName } from "../domain/sizes.js";
import { CONVERSATION } from "../domain/channels.js";
import { SIZES, parseSize } from "../domain/sizes.js";
import { usageError } from "../errors.js";
import { logJson, renderLog, type Logged } from "../ui/log.js";
import { print, printJson, say } from "../ui/output.js";
import { channelFlag, conversationDayFlag } from "./shared/conversation-flags.js";
import { followUpsToChange, parseFollowUpDay } from "./shared/follow-up-args.js";
import type { TypedId } from "../domain/input.js";
import { sayCloseNames } from "./shared/close-names.js";
import { recordAgain } from "./shared/record-again.js";
import { whoFromNames, type Who } from "./log/who.js";
import { editedText, noteText, refuseEditWith } from "./shared/text-flags.js";
import { personArgument } from "../domain/shell.js";
import { idArgument } from "./shared/ledger-flags.js";

export interface LogFlags {
  readonly via?: string;
  readonly on?: string;
  readonly note?: string;
  /** Write the note in the editor. */
  readonly edit?: boolean;
  readonly theyReachedOut?: boolean;
  readonly followUp?: string;
  readonly followUpNote?: string;
  readonly gave?: string;
  readonly got?: string;
  readonly asked?: string;
  readonly size?: string;
  readonly add?: boolean;
  readonly done?: string[];
  /** Record it even when the same conversation is already there. */
  readonly again?: boolean;
}

/** Everything about one conversation, checked and ready to write. */
export interface LogPlan {
  readonly who: readonly Who[];
  readonly date: string;
  readonly channel: ChannelName;
  readonly initiatedBy: Initiator;
  readonly note: string | null;
  readonly followUp: { readonly due: string; readonly note: string | null } | null;
  readonly gave: string | null;
  readonly got: string | null;
  readonly asked: string | null;
  readonly size: SizeName;
  /** Follow-ups this conversation took care of: closed in the same step. */
  readonly done: readonly TypedId[];
  /** What the guided log learned each person (in the order of who) needs or can offer. */
  readonly learned?: readonly LearnedNeedsOffers[];
}

export interface LearnedNeedsOffers {
  needs: string[];
  offers: string[];
}

export async function run(ctx: Context, names: string[], flags: LogFlags): Promise<void> {
  const base = planFromFlags(flags, ctx.today);
  if (names.length === 0 && !ctx.interactive) {
    throw usageError(
      "who did you talk with? give a name: net log NAME, or run it in a terminal for a guided prompt",
      "For example: net log ana --via video --note 'talked about her move'.",
    );
  }
  return withJournal(ctx, async (journal) => {
    let plan: LogPlan;
    if (names.length > 0) {
      plan = { ...base, who: await whoFromNames(journal, names, ctx, Boolean(flags.add)) };
    } else {
      const { askForLog } = await import("./log/prompts.js");
      plan = await askForLog(await allCandidates(journal.db), base, ctx.today, flags);
    }
    if (flags.edit) plan = { ...plan, note: await editedText(null, "the note") };
    if (!flags.again && !(await notYetLogged(journal, plan, ctx))) return say("Nothing was written.");
    const logged = await record(journal, plan, ctx.today);
    const ids = logged.interaction.people.map((p) => p.id);
    // Written in the order of plan.who, so each new name meets its close names here.
    plan.who.forEach((who, i) => {
      if (who.kind === "new") sayCloseNames(logged.interaction.people[i]!, who.close);
    });
    for (const p of await archivedAmong(journal.db, ids)) {
      say(`${p.name} is archived; logged anyway. To see them in net due and net people again: net unarchive ${personArgument(p)}`);
    }
    if (ctx.json) return printJson(logJson(logged));
    print(renderLog(logged, ctx.today));
    if (logged.dueFollowUps.length > 0)
      say(`Close what you took care of with \`net done ${logged.dueFollowUps.map((f) => refOf("f", f.id)).join(" ")}\`.`);
  });
}

/**
 * A conversation with the same people, day, channel and note is most likely the same one logged twice: in a terminal
 * the user is asked (no by default); elsewhere it is refused, naming the entry and --again. Someone new (--add) is never a repeat.
 */
async function notYetLogged(journal: Journal, plan: LogPlan, ctx: Context): Promise<boolean> {
  const people = plan.who.flatMap((w) => (w.kind === "known" ? [w.person] : []));
  if (people.length < plan.who.length) return true;
  const same = await sameInteraction(journal.db, {
    date: plan.date,
    channel: plan.channel,
    note: plan.note,
    personIds: people.map((p) => p.id),
  });
  if (!same) return true;
  const names = people.map((p) => p.name);
  const who = listed(names);
  const existing = `${refOf("c", same.id)}: ${CONVERSATION[plan.channel]} with ${who} on ${plan.date}${plan.note === null ? "" : ` ("${shortQuote(plan.note)}")`}`;
  return recordAgain(ctx, existing);
}

/** The start of a note, enough to recognise it in a message. */
function shortQuote(note: string): string {
  const chars = [...note];
  return chars.length <= 60 ? note : `${chars.slice(0, 59).join("")}…`;
}

/** Reads and checks every flag before the journal is opened, so a bad value writes nothing. */
export function planFromFlags(flags: LogFlags, today: string): Omit<LogPlan, "who"> {
  refuseEditWith(flags.edit, flags.note !== undefined, "--note");
  const channel = channelFlag(flags.via ?? "call");
  const date = flags.on === undefined ? today : conversationDayFlag(flags.on, today);
  const size = parseSize(flags.size ?? "small");
  if (!size) throw usageError(`--size "${flags.size}" is not a size`, `Use ${SIZES.join(", ")}.`);
  if (flags.followUpNote !== undefined && flags.followUp === undefined)
    throw usageError("--follow-up-note needs --follow-up WHEN", "For example: --follow-up 2w --follow-up-note 'send the deck'.");
  const followUp =
    flags.followUp === undefined
      ? null
      : { due: parseFollowUpDay(flags.followUp, today, "--follow-up"), note: text(flags.followUpNote, "--follow-up-note") };
  return {
    date,
    channel,
    initiatedBy: flags.theyReachedOut ? "them" : "me",
    note: text(flags.note, "--note"),
    followUp,
    gave: required(flags.gave, "--gave", "what you did for them"),
    got: required(flags.got, "--got", "what they did for you"),
    asked: required(flags.asked, "--asked", "what you asked for"),
    size,
    done: (flags.done ?? []).map((t) => idArgument(t, "f")),
  };
}

function text(value: string | undefined, flag: string): string | null {
  return value === undefined ? null : noteText(value, flag);
}

function required(value: string | undefined, flag: string, what: string): string | null {
  if (value === undefined) return null;
  const given = noteText(value, flag);
  if (given === null) throw usageError(`${flag} needs ${what}`, `For example: ${flag} 'an intro to Acme'.`);
  return given;
}

/** Writes the conversation, new people, follow-ups, gives, takes and asks in one transaction. */
async function record(journal: Journal, plan: LogPlan, today: string): Promise<Logged> {
  const written = await journal.write(async (w) => {
    const people: (PersonRef & { added: boolean })[] = [];
    for (const who of plan.who) {
      if (who.kind === "known") people.push({ ...who.person, added: false });
      else people.push({ id: await insertPerson(w, { ...who.fields, name: who.name }, today), name: who.name, added: true });
    }
    const personIds = people.map((p) => p.id);
    for (const [i, learned] of (plan.learned ?? []).entries()) await addContactPoints(w, personIds[i]!, learned);
    const interactionId = await addInteraction(
      w,
      { date: plan.date, channel: plan.channel, initiatedBy: plan.initiatedBy, note: plan.note, personIds },
      today,
    );
    const followUps = [];
    const ledger = [];
    const asks = [];
    for (const p of people) {
      const person = { id: p.id, name: p.name };
      if (plan.followUp)
        followUps.push({ id: await addFollowUp(w, { personId: p.id, ...plan.followUp, interactionId }, today), person, ...plan.followUp });
      for (const [direction, what] of [
        ["gave", plan.gave],
        ["got", plan.got],
      ] as const) {
        if (what === null) continue;
        const entry = { personId: p.id, direction, what, size: plan.size, date: plan.date, interactionId };
        ledger.push({ id: await addLedgerEntry(w, entry), person, direction, what, size: plan.size });
      }
      if (plan.asked !== null)
        asks.push({
          id: await addAsk(w, { personId: p.id, what: plan.asked, size: plan.size, date: plan.date, interactionId }),
          person,
          what: plan.asked,
          size: plan.size,
        });
    }
    const closed = await closeFollowUps(w, plan.done, today, people);
    const closing = closed.length > 0 ? `, done ${closed.map((f) => refOf("f", f.id)).join(", ")}` : "";
    w.describe(`log ${refOf("c", interactionId)} with ${people.map((p) => p.name).join(", ")} on ${plan.date}${closing}`);
    return { interactionId, people, followUps, ledger, asks, closed };
  });
  const created = new Set(written.followUps.map((f) => f.id));
  const dueFollowUps = (
    await openFollowUpsOf(
      journal.db,
      written.people.map((p) => p.id),
      today,
    )
  ).filter((f) => !created.has(f.id));
  return {
    interaction: {
      id: written.interactionId,
      date: plan.date,
      channel: plan.channel,
      initiatedBy: plan.initiatedBy,
      people: written.people.map((p) => ({ id: p.id, name: p.name })),
      note: plan.note,
    },
    added: written.people.filter((p) => p.added).map((p) => ({ id: p.id, name: p.name })),
    followUps: written.followUps,
    ledger: written.ledger,
    asks: written.asks,
    done: await followUpsByIds(
      journal.db,
      written.closed.map((f) => f.id),
    ),
    dueFollowUps,
  };
}

/** Marks done the follow-ups given with --done; an unknown one or one already done refuses the whole log. */
async function closeFollowUps(w: Writer, typed: readonly TypedId[], today: string, people: readonly { readonly id: number }[]) {
  const found = await followUpsToChange(w.db, typed, "open", "nothing was logged", "--done");
  // A follow-up with someone not in this conversation is most likely a mistyped reference.
  const elsewhere = found.filter((f) => !people.some((p) => p.id === f.person.id));
  if (elsewhere.length > 0) {
    const f = elsewhere[0]!;
    throw usageError(
      `--done: ${refOf("f", f.id)} is a follow-up with ${f.person.name}, who is not in this conversation; nothing was logged`,
      `Check the reference with \`net due\`; to close it on its own: net done ${refOf("f", f.id)}.`,
    );
  }
  await markDone(
    w,
    found.map((f) => f.id),
    today,
  );
  return found;
}
