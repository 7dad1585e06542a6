import type { Context } from "../../context.js";
import type { Writer } from "../../db/changes.js";
import { editFollowUp, followUpsByIds } from "../../db/follow-ups.js";
import { editInteraction, interactionById, type Interaction } from "../../db/interactions.js";
import { editIntro, introById } from "../../db/intros.js";
import { askById, editAsk, editLedgerEntry, ledgerEntryById, type LedgerEntry } from "../../db/ledger.js";
import type { Journal } from "../../db/open.js";
import { withJournal } from "../shared/with-journal.js";
import type { PersonRef } from "../../db/people.js";
import type { ChannelName, Initiator } from "../../domain/channels.js";
import type { SizeName } from "../../domain/sizes.js";
import { aKind, refOf, REF_KINDS, type Ref, type RefKind } from "../../domain/refs.js";
import { usageError } from "../../errors.js";
import { askJson, introJson } from "../../ui/ledger.js";
import { followUpJson } from "../../ui/follow-ups.js";
import { print, printJson, say } from "../../ui/output.js";
import { visible, visibleLines } from "../../ui/visible.js";
import { channelFlag, conversationDayFlag } from "../shared/conversation-flags.js";
import { parseFollowUpDay } from "../shared/follow-up-args.js";
import { dayFlag, sizeFlag } from "../shared/ledger-flags.js";
import { resolvePerson } from "../shared/resolve-person.js";
import { editedText, noteText, refuseEditWith } from "../shared/text-flags.js";
import { refuseLedgerEntriesMadeByOthers } from "../shared/entry-targets.js";

// `net edit c12 --on … --via …`: corrects one entry with the flags that fit its kind, as one undo step.

export interface EntryFlags {
  readonly on?: string;
  readonly via?: string;
  readonly note?: string;
  /** Write the note in the editor, starting from the current one. */
  readonly edit?: boolean;
  readonly theyReachedOut?: boolean;
  readonly iReachedOut?: boolean;
  readonly with?: string[];
  readonly without?: string[];
  readonly due?: string;
  readonly what?: string;
  readonly size?: string;
  readonly why?: string;
}

export type EntryKind = Exclude<RefKind, "p">;

/** The flags each kind takes, in the order a message lists them; people take the flags of `net add` and a few more. */
export const FLAGS_THAT_FIT: Readonly<Record<RefKind, readonly string[]>> = {
  c: ["on", "via", "note", "edit", "theyReachedOut", "iReachedOut", "with", "without"],
  f: ["due", "note", "edit"],
  l: ["on", "what", "size"],
  a: ["on", "what", "size"],
  i: ["on", "why"],
  p: [
    "name",
    "company",
    "title",
    "email",
    "phone",
    "tag",
    "untag",
    "needs",
    "offers",
    "unneed",
    "unoffer",
    "met",
    "metOn",
    "birthday",
    "cadence",
    "note",
    "edit",
    "force",
  ],
};

const EXAMPLE: Readonly<Record<RefKind, string>> = {
  c: "net edit c12 --on yesterday --via video",
  f: "net edit f7 --due friday --note 'send the deck'",
  l: "net edit l5 --what 'an intro to Acme' --size medium",
  a: "net edit a3 --what 'a referral to Acme' --size large",
  i: "net edit i2 --on 2026-11-30 --why 'both work on climate'",
  p: "net edit ana --title VP --untag prospect",
};

/** --theyReachedOut as typed: --they-reached-out. */
export function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The flags given, by their option keys. */
export function flagsGiven(flags: object): string[] {
  return Object.entries(flags)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
}

/** A flag that does not fit `kind` is exit 2 naming those that do; `what` names the entry (c12) or the person. */
export function refuseFlagsThatDoNotFit(kind: RefKind, what: string, given: readonly string[]): void {
  const fit = FLAGS_THAT_FIT[kind];
  const misfits = given.filter((k) => !fit.includes(k));
  if (misfits.length === 0) return;
  const kindName = kind === "p" ? "a person" : aKind(kind);
  throw usageError(
    `${misfits.map(flagName).join(", ")} ${misfits.length === 1 ? "does" : "do"} not fit ${what === kindName ? what : `${what}, ${kindName}`}; nothing was changed`,
    `${capital(kindName)} takes ${fit.map(flagName).join(", ")}. For example: ${EXAMPLE[kind]}${kind !== "p" ? personByNumber(given) : ""}`,
  );
}

/** When every flag given fits a person, "C3" may have meant someone named so: say how to reach them. */
function personByNumber(given: readonly string[]): string {
  return given.length > 0 && given.every((k) => FLAGS_THAT_FIT.p.includes(k))
    ? "\nA person whose name looks like a reference is edited by their number: net edit 12."
    : "";
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What one edit did, for the line it prints and the step `net undo` names. */
interface Edited {
  /** "c12 with Ana Lima", in the user's words. */
  readonly label: string;
  /** "on 2026-11-30 → 2026-11-29", one per change. */
  readonly changes: readonly string[];
  /** Entries that moved with it (what a conversation's log recorded on its day, an introduction's credit and check-in). */
  readonly moved: readonly string[];
  /** A text replaced, to show on stderr so that no words are lost by a slip. */
  readonly replaced: { readonly what: string; readonly text: string } | null;
}

export async function run(ctx: Context, ref: Ref, flags: EntryFlags): Promise<void> {
  const kind = ref.kind as EntryKind;
  const shown = `${kind}${ref.digits}`;
  const given = flagsGiven(flags);
  refuseFlagsThatDoNotFit(kind, shown, given);
  if (given.length === 0) {
    throw usageError(
      `nothing to change for ${shown}`,
      `${capital(aKind(kind))} takes ${FLAGS_THAT_FIT[kind].map(flagName).join(", ")}. For example: ${EXAMPLE[kind]}`,
    );
  }
  let edit = readFlags(kind, flags, ctx.today);
  return withJournal(ctx, async (journal) => {
    const people = kind === "c" ? await peopleFor(journal, ctx, flags) : { with: [], without: [] };
    const notFound = () =>
      usageError(
        `no ${REF_KINDS[kind].what} ${shown}`,
        `Nothing was changed. See them and their references with \`${REF_KINDS[kind].list}\`.${personByNumber(given)}`,
      );
    const id = ref.id;
    if (kind === "l" && id !== null) await refuseLedgerEntriesMadeByOthers(journal, [{ kind, id }], "nothing was changed");
    if (flags.edit) {
      const current =
        id === null ? undefined : kind === "c" ? await interactionById(journal.db, id) : (await followUpsByIds(journal.db, [id]))[0];
      if (current === undefined) throw notFound();
      edit = { ...edit, note: await editedText(current.note, "the note") };
    }
    const edited = await journal.write(async (w) => {
      if (id === null) throw notFound();
      const done = await EDITS[kind](w, id, edit, people, ctx.today);
      if (done === undefined) throw notFound();
      if (done.changes.length > 0) w.describe(`edit ${done.label}: ${done.changes.join("; ")}`);
      return done;
    });
    // A text replaced is shown once more, so that no words are lost by a slip.
    const replaced = () =>
      edited.replaced && say(`Replaced ${edited.replaced.what}, which was: ${visibleLines(edited.replaced.text, "  ")}`);
    if (ctx.json) {
      replaced();
      return printJson(await entryJson(journal, kind, id!));
    }
    if (edited.changes.length === 0) return print(visible(`Nothing changed: ${edited.label} already says that.`));
    print(visible(`Edited ${edited.label}: ${edited.changes.join("; ")}.`));
    if (edited.moved.length > 0) print(`Moved with it: ${edited.moved.join(", ")}.`);
    replaced();
  });
}

/** Every flag read and checked before the journal is opened, so that a bad value writes nothing. */
interface Edit {
  readonly on?: string;
  readonly channel?: ChannelName;
  readonly initiatedBy?: Initiator;
  readonly note?: string | null;
  readonly due?: string;
  readonly what?: string;
  readonly size?: SizeName;
  readonly why?: string | null;
}

function readFlags(kind: EntryKind, flags: EntryFlags, today: string): Edit {
  refuseEditWith(flags.edit, flags.note !== undefined, "--note");
  if (flags.theyReachedOut && flags.iReachedOut)
    throw usageError("--they-reached-out and --i-reached-out cannot both be true", "Pass the one that says who started the conversation.");
  const on = flags.on === undefined ? undefined : kind === "c" ? conversationDayFlag(flags.on, today) : dayFlag(flags.on, today);
  const channel = flags.via === undefined ? undefined : channelFlag(flags.via);
  let what: string | undefined;
  if (flags.what !== undefined) {
    const text = noteText(flags.what, "--what");
    if (text === null) throw usageError("--what cannot be empty", `Say what it was, like: ${EXAMPLE[kind]}`);
    what = text;
  }
  return {
    on,
    channel,
    initiatedBy: flags.theyReachedOut ? "them" : flags.iReachedOut ? "me" : undefined,
    note: flags.note === undefined ? undefined : noteText(flags.note, "--note"),
    due: flags.due === undefined ? undefined : parseFollowUpDay(flags.due, today, "--due"),
    what,
    size: flags.size === undefined ? undefined : sizeFlag(flags.size, "small"),
    why: flags.why === undefined ? undefined : noteText(flags.why, "--why"),
  };
}

interface PeopleChange {
  readonly with: readonly PersonRef[];
  readonly without: readonly PersonRef[];
}

async function peopleFor(journal: Journal, ctx: Context, flags: EntryFlags): Promise<PeopleChange> {
  const resolve = async (names: readonly string[] = []) => {
    const found: PersonRef[] = [];
    for (const name of names) found.push(await resolvePerson(journal, name, ctx));
    return found;
  };
  const change = { with: await resolve(flags.with), without: await resolve(flags.without) };
  const both = change.with.find((p) => change.without.some((q) => q.id === p.id));
  if (both) throw usageError(`${visible(both.name)} is given to both --with and --without`, "Pass them to one of the two.");
  return change;
}

type EditOne = (w: Writer, id: number, edit: Edit, people: PeopleChange, today: string) => Promise<Edited | undefined>;

const EDITS: Readonly<Record<EntryKind, EditOne>> = {
  async c(w, id, edit, people) {
    const before = await interactionById(w.db, id);
    if (!before) return undefined;
    const label = `${refOf("c", id)} with ${namesOf(before.people)}`;
    const missing = people.without.filter((p) => !before.people.some((q) => q.id === p.id));
    if (missing.length > 0) {
      throw usageError(
        `${namesOf(missing)} ${missing.length === 1 ? "is" : "are"} not in ${label}; nothing was changed`,
        "--without removes someone who was in the conversation.",
      );
    }
    const added = people.with.filter((p) => !before.people.some((q) => q.id === p.id));
    const staying = before.people.filter((p) => !people.without.some((q) => q.id === p.id));
    if (staying.length + added.length === 0) {
      throw usageError(
        `${label} would have no one in it; a conversation needs someone`,
        `Nothing was changed. To delete it, run: net rm ${refOf("c", id)}`,
      );
    }
    const moved = await editInteraction(w, before, {
      date: edit.on,
      channel: edit.channel,
      initiatedBy: edit.initiatedBy,
      note: edit.note,
      addPeople: added.map((p) => p.id),
      removePeople: people.without.map((p) => p.id),
    });
    const changes = [
      ...changed("on", before.date, edit.on),
      ...changed("via", before.channel, edit.channel),
      ...changed("started by", starter(before.initiatedBy), edit.initiatedBy && starter(edit.initiatedBy)),
      ...textChanged("note", before.note, edit.note),
      ...(added.length > 0 ? [`added ${namesOf(added)}`] : []),
      ...(people.without.length > 0 ? [`removed ${namesOf(people.without)}`] : []),
    ];
    return {
      label,
      changes,
      moved: [...moved.ledger.map((l) => refOf("l", l)), ...moved.asks.map((a) => refOf("a", a))],
      replaced: replaced("the note", before.note, edit.note),
    };
  },

  async f(w, id, edit) {
    const [before] = await followUpsByIds(w.db, [id]);
    if (!before) return undefined;
    await editFollowUp(w, id, { due: edit.due, note: edit.note });
    return {
      label: `${refOf("f", id)} with ${before.person.name}`,
      changes: [...changed("due", before.due, edit.due), ...textChanged("note", before.note, edit.note)],
      moved: [],
      replaced: replaced("the note", before.note, edit.note),
    };
  },

  async l(w, id, edit) {
    const before = await ledgerEntryById(w.db, id);
    if (!before) return undefined;
    await editLedgerEntry(w, id, { date: edit.on, what: edit.what, size: edit.size });
    return {
      label: ledgerLabel(before),
      changes: [
        ...changed("on", before.on, edit.on),
        ...textChanged("what", before.what, edit.what),
        ...changed("size", before.size, edit.size),
      ],
      moved: [],
      replaced: replaced(before.direction === "gave" ? "what you gave" : "what you got", before.what, edit.what),
    };
  },

  async a(w, id, edit) {
    const before = await askById(w.db, id);
    if (!before) return undefined;
    const label = `${refOf("a", id)} to ${before.person.name}`;
    if (edit.on !== undefined && before.closedOn !== null && edit.on > before.closedOn) {
      throw usageError(
        `--on ${edit.on} is after ${label} was ${before.status} (${before.closedOn}); nothing was changed`,
        `Pass a day on or before ${before.closedOn}.`,
      );
    }
    const followed = await editAsk(w, before, { date: edit.on, what: edit.what, size: edit.size });
    return {
      label,
      changes: [
        ...changed("on", before.on, edit.on),
        ...textChanged("what", before.what, edit.what),
        ...changed("size", before.size, edit.size),
      ],
      moved: followed.map((l) => refOf("l", l)),
      replaced: replaced("what you asked for", before.what, edit.what),
    };
  },

  async i(w, id, edit) {
    const before = await introById(w.db, id);
    if (!before) return undefined;
    const label = `${refOf("i", id)} of ${before.a.name} and ${before.b.name}`;
    const was = before.status === "made" ? before.madeOn : before.proposedOn;
    if (edit.on !== undefined && before.status === "made" && before.proposedOn !== null && edit.on < before.proposedOn) {
      throw usageError(
        `--on ${edit.on} is before ${label} was proposed (${before.proposedOn}); nothing was changed`,
        `Pass a day on or after ${before.proposedOn}.`,
      );
    }
    if (edit.on !== undefined && before.outcomeOn !== null && edit.on > before.outcomeOn) {
      throw usageError(
        `--on ${edit.on} is after the outcome of ${label} was recorded (${before.outcomeOn}); nothing was changed`,
        `Pass a day on or before ${before.outcomeOn}.`,
      );
    }
    const moved = await editIntro(w, before, { on: edit.on, why: edit.why });
    return {
      label,
      changes: [
        ...changed(before.status === "made" ? "made on" : "proposed on", was ?? "", edit.on),
        ...textChanged("why", before.why, edit.why),
      ],
      moved: [...moved.ledger.map((l) => refOf("l", l)), ...moved.followUps.map((f) => refOf("f", f))],
      replaced: replaced("the why", before.why, edit.why),
    };
  },
};

function namesOf(people: readonly PersonRef[]): string {
  return people.map((p) => p.name).join(", ");
}

function starter(initiatedBy: Initiator): string {
  return initiatedBy === "me" ? "you" : "them";
}

function ledgerLabel(entry: LedgerEntry): string {
  return `${refOf("l", entry.id)} ${entry.direction === "gave" ? "to" : "from"} ${entry.person.name}`;
}

/** "via call → video" when the value changes; nothing when it is absent or the same. */
function changed(what: string, before: string, after: string | undefined): string[] {
  return after === undefined || after === before ? [] : [`${what} ${before || "(none)"} → ${after}`];
}

/** A text is not repeated in the line (it may be long, or several lines): only whether it was set, replaced or cleared. */
function textChanged(what: string, before: string | null, after: string | null | undefined): string[] {
  if (after === undefined || after === before) return [];
  if (after === null) return [`${what} cleared`];
  return [before === null ? `${what} added` : `${what} replaced`];
}

function replaced(what: string, before: string | null, after: string | null | undefined): Edited["replaced"] {
  return after !== undefined && before !== null && before !== after ? { what, text: before } : null;
}

/** The entry as its listing shows it in --json, with its id and ref. */
async function entryJson(journal: Journal, kind: EntryKind, id: number): Promise<unknown> {
  const db = journal.db;
  if (kind === "c") return interactionJson((await interactionById(db, id))!);
  if (kind === "f") return followUpJson((await followUpsByIds(db, [id]))[0]!);
  if (kind === "a") return askJson((await askById(db, id))!);
  if (kind === "i") return introJson((await introById(db, id))!);
  const entry = (await ledgerEntryById(db, id))!;
  return { id, ref: refOf("l", id), person: entry.person, direction: entry.direction, what: entry.what, size: entry.size, on: entry.on };
}

function interactionJson(i: Interaction) {
  return { id: i.id, ref: refOf("c", i.id), date: i.date, channel: i.channel, initiatedBy: i.initiatedBy, people: i.people, note: i.note };
}
