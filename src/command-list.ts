import type { Context } from "./context.js";

// Every command, declared once as data: src/cli.ts only turns this table into the commander program.
// Each loader imports the command's module when that command runs, never at start-up.

export type Run = (ctx: Context, ...args: any[]) => Promise<void>;
export type Loader = () => Promise<{ run: Run }>;

export interface OptionSpec {
  /** commander's syntax: "--size <size>", "-y, --yes", "--no-x". */
  readonly flags: string;
  readonly description: string;
  readonly default?: string;
  /** Given more than once, the values are collected into an array. */
  readonly repeatable?: boolean;
}

/** An argument: its syntax ("<name>", "[note...]") and what it is. */
export type ArgumentSpec = readonly [syntax: string, description: string, choices?: readonly string[]];

export interface CommandSpec {
  readonly name: string;
  readonly alias?: string;
  readonly description: string;
  /** The heading it is listed under in its parent's help. */
  readonly group?: string;
  /** Runs when its parent is given no subcommand. */
  readonly isDefault?: boolean;
  readonly args?: readonly ArgumentSpec[];
  readonly options?: readonly OptionSpec[];
  /** Help text shown before the examples. */
  readonly notes?: string;
  readonly examples?: readonly string[];
  readonly run?: Loader;
  /** The command reads the whole program (completion): its run is given it after the context. */
  readonly readsProgram?: boolean;
  /** Left out of help (what the shell calls, not the user). */
  readonly hidden?: boolean;
  readonly commands?: readonly CommandSpec[];
}

// Options several commands take, declared once; a command may give one its own description or default.
export const size: OptionSpec = { flags: "--size <size>", description: "how big: small, medium or large" };
export const on: OptionSpec = { flags: "--on <date>", description: "when (default today)" };
export const note: OptionSpec = { flags: "--note <text>", description: "what was said" };
export const via: OptionSpec = {
  flags: "--via <channel>",
  description: "meeting (in person), video, call (the default), email, message or social",
};
export const theyReachedOut: OptionSpec = { flags: "--they-reached-out", description: "they started it (not you)" };
export const again: OptionSpec = { flags: "--again", description: "record it even if the same entry is already there" };
export const why: OptionSpec = { flags: "--why <text>", description: "what each side gains" };
export const tag: OptionSpec = {
  flags: "--tag <tag>",
  description: "a tag such as investor or climate (repeatable)",
  repeatable: true,
};
export const all: OptionSpec = { flags: "--all", description: "include archived people" };
export const yes: OptionSpec = { flags: "-y, --yes", description: "do not ask for confirmation" };
export const force: OptionSpec = { flags: "--force", description: "overwrite an existing file" };
export const edit: OptionSpec = { flags: "--edit", description: "write the note in your editor ($VISUAL, else $EDITOR, else vi)" };
const editWhat: OptionSpec = { ...edit, description: "write it in your editor ($VISUAL, else $EDITOR, else vi)" };
export const followUp: readonly OptionSpec[] = [
  { flags: "--follow-up <when>", description: "set a follow-up: 2w, friday, 2026-12-01…" },
  { flags: "--follow-up-note <text>", description: "what the follow-up is about" },
];
export const personFlags: readonly OptionSpec[] = [
  { flags: "--company <company>", description: "where they work" },
  { flags: "--title <title>", description: "their role" },
  { flags: "--email <email>", description: "an e-mail address (repeatable)", repeatable: true },
  { flags: "--phone <phone>", description: "a phone number (repeatable)", repeatable: true },
  tag,
  { flags: "--needs <text>", description: "something they are looking for, as a short phrase (repeatable)", repeatable: true },
  { flags: "--offers <text>", description: "something they can offer or help with (repeatable)", repeatable: true },
  { flags: "--met <text>", description: "how or where you met" },
  { flags: "--met-on <date>", description: "when you met (the start of the relationship)" },
  { flags: "--birthday <date>", description: "their birthday, YYYY-MM-DD or MM-DD" },
  { flags: "--cadence <cadence>", description: "keep in touch: weekly, every 2 weeks, monthly, quarterly, every 10 days… or 'none'" },
  { ...note, description: "notes: objectives, personality, family" },
  { ...edit, description: "write the note in your editor ($VISUAL, else $EDITOR, else vi), starting from the current one" },
];

const importFormats = [
  ["linkedin", "a LinkedIn Connections.csv export", "net import linkedin ~/Downloads/Connections.csv"],
  ["vcard", "a .vcf file or a folder of them", "net import vcard ~/contacts.vcf"],
  ["google", "a Google Contacts CSV export", "net import google ~/Downloads/contacts.csv"],
  ["csv", "a CSV from net export csv, Google Contacts or Outlook (told by its header)", "net import csv ~/Downloads/contacts.csv"],
  ["json", "a journal exported with net export json", "net import json backup.json"],
] as const;

const exportFormats = [
  ["json", "everything, in the documented net format"],
  ["csv", "one row per person with everything they have, tier, depth and balance"],
  ["vcard", "vCard 4.0 for a phone or address book"],
  ["ics", "follow-ups, intro check-ins and birthdays as a calendar that stays in step"],
] as const;

// import and export run one module for every format, told which one.
function withFormat<F extends string>(
  load: () => Promise<{ run: (ctx: Context, format: F, ...rest: any[]) => Promise<void> }>,
  format: F,
): Loader {
  return () => load().then((m) => ({ run: (ctx: Context, ...rest: unknown[]) => m.run(ctx, format, ...rest) }));
}

const AFTER = "After a conversation:";
const MORNING = "Each morning:";
const ASK = "Before an ask:";
const PEOPLE = "Managing people:";
const MISTAKES = "Fixing mistakes:";
const CONNECTOR = "Being a connector:";
const DATA = "Your data:";

export const commands: readonly CommandSpec[] = [
  {
    name: "log",
    group: AFTER,
    args: [["[names...]", "who you talked with (a name, prefix or id); omit for a guided prompt"]],
    description: "record a conversation: who, how, what was said, what to do next",
    options: [
      via,
      { ...on, description: "when it happened (default today)" },
      note,
      edit,
      theyReachedOut,
      ...followUp,
      { flags: "--gave <text>", description: "something you did for them in this conversation" },
      { flags: "--got <text>", description: "something they did for you" },
      { flags: "--asked <text>", description: "a request you made" },
      // No commander default: the guided log asks the size only when the flag was not given.
      { ...size, description: "how big: small (the default), medium or large" },
      { flags: "--add", description: "create anyone not yet in the journal" },
      {
        flags: "--done <follow-up>",
        description: "close a follow-up this conversation took care of (f7; repeatable)",
        repeatable: true,
      },
      { ...again, description: "record it even if the same conversation (people, day, channel, note) is already there" },
    ],
    examples: [
      "net log ana --via meeting --note 'coffee; she is hiring' --follow-up 'next week'",
      "net log ana ben --via video --on yesterday --they-reached-out",
    ],
    run: () => import("./commands/log.js"),
  },
  {
    name: "follow-up",
    alias: "remind",
    group: AFTER,
    args: [
      ["<name>", "who"],
      ["<when>", "when: 3d, 2w, friday, next month, 2026-12-01…"],
      ["[note...]", "what to follow up on"],
    ],
    description: "remind yourself to get back to someone",
    options: [edit],
    examples: ["net follow-up ana 2w send her the deck"],
    run: () => import("./commands/follow-up.js"),
  },
  {
    name: "gave",
    group: AFTER,
    args: [
      ["<name>", "who"],
      ["[what...]", "what you did for them (or --edit)"],
    ],
    description: "record something you did for someone (advice, an intro, a referral)",
    options: [editWhat, { ...size, default: "small" }, on, again],
    examples: ["net gave ana 'reviewed her pitch deck' --size medium"],
    run: () => import("./commands/gave.js"),
  },
  {
    name: "got",
    group: AFTER,
    args: [
      ["<name>", "who"],
      ["[what...]", "what they did for you (or --edit)"],
    ],
    description: "record something someone did for you",
    options: [editWhat, { ...size, default: "small" }, on, again],
    examples: ["net got ben 'introduced me to his CTO' --size large"],
    run: () => import("./commands/got.js"),
  },
  {
    name: "asked",
    group: AFTER,
    args: [
      ["<name>", "who"],
      ["[what...]", "what you asked for (or --edit)"],
    ],
    description: "record a request you made; it stays open until you close it",
    options: [editWhat, { ...size, default: "medium" }, on],
    examples: ["net asked ben 'a referral to Acme' --size medium"],
    run: () => import("./commands/asked.js"),
  },
  {
    name: "intro",
    group: AFTER,
    args: [
      ["<a>", "one person"],
      ["<b>", "the other"],
    ],
    description: "introduce two people (a gift to both) and check back in two weeks",
    options: [
      why,
      on,
      { flags: "--proposed", description: "you are still sounding both sides out" },
      { ...again, description: "record it even if the pair already has an introduction with no outcome yet" },
    ],
    examples: ["net intro ana ben --why 'Ana is hiring; Ben wants a design role'"],
    run: () => import("./commands/intro.js"),
  },

  {
    name: "due",
    group: MORNING,
    description: "follow-ups overdue, due and upcoming; intros to check on; relationships going cold",
    options: [
      { flags: "--within <duration>", description: "how far ahead Upcoming looks", default: "7d" },
      { flags: "--all", description: "show every item, not the first 20 of each section" },
      { flags: "--brief", description: "one line for a shell prompt: 2 overdue · 1 today · 3 going cold (nothing when nothing is due)" },
    ],
    examples: ["net due", "net due --within 2w --json", "net due --brief"],
    run: () => import("./commands/due.js"),
  },
  {
    name: "done",
    group: MORNING,
    args: [["<ids...>", "follow-up ids, as shown by net due"]],
    description: "mark follow-ups done",
    examples: ["net done 12 13"],
    run: () => import("./commands/done.js"),
  },
  {
    name: "reopen",
    group: MORNING,
    args: [["<ids...>", "follow-ups marked done by mistake (f7 or 7)"]],
    description: "open again a follow-up marked done",
    examples: ["net reopen f7"],
    run: () => import("./commands/reopen.js"),
  },
  {
    name: "snooze",
    group: MORNING,
    args: [
      ["<id>", "a follow-up id"],
      ["<when>", "the new date: 3d, monday, next week…"],
    ],
    description: "move a follow-up to a later date",
    examples: ["net snooze 12 monday"],
    run: () => import("./commands/snooze.js"),
  },
  {
    name: "intros",
    group: MORNING,
    description: "introductions you made or proposed",
    examples: ["net intros", "net intros made i3", "net intros outcome i3 met --note 'they are working together'"],
    commands: [
      {
        name: "list",
        isDefault: true,
        description: "list introductions, newest first",
        examples: ["net intros"],
        run: () => import("./commands/intros.js"),
      },
      {
        name: "made",
        args: [["<id>", "a proposed introduction"]],
        options: [{ ...on, description: "when you made it (default today)" }],
        description: "the proposed introduction happened",
        examples: ["net intros made i3"],
        run: () => import("./commands/intros-made.js"),
      },
      {
        name: "outcome",
        args: [
          ["<id>", "an introduction"],
          ["<result>", "met or fizzled"],
        ],
        options: [{ ...note, description: "how it went" }],
        description: "record how an introduction went and close its check-in",
        examples: ["net intros outcome i3 met --note 'they are working together'"],
        run: () => import("./commands/intros-outcome.js"),
      },
    ],
  },

  {
    name: "ask",
    group: ASK,
    args: [["<name>", "who you want to ask"]],
    options: [
      { ...size, default: "medium" },
      { flags: "--for <text>", description: "what you want to ask for" },
    ],
    description: "is this relationship ready for this ask? what to do first",
    examples: ["net ask ben --size large --for 'a referral to Acme'"],
    run: () => import("./commands/ask.js"),
  },
  {
    name: "asks",
    group: ASK,
    description: "requests you made",
    examples: ["net asks", "net asks close a4 --granted"],
    commands: [
      {
        name: "list",
        isDefault: true,
        description: "list asks, open first",
        examples: ["net asks"],
        run: () => import("./commands/asks.js"),
      },
      {
        name: "close",
        args: [["<id>", "an open ask"]],
        options: [
          { flags: "--granted", description: "they did it" },
          { flags: "--declined", description: "they could not or would not" },
          on,
        ],
        description: "close an ask as granted or declined",
        examples: ["net asks close a4 --granted"],
        run: () => import("./commands/asks-close.js"),
      },
    ],
  },
  {
    name: "balance",
    group: ASK,
    description: "given against received, for everyone with ledger entries",
    examples: ["net balance"],
    run: () => import("./commands/balance.js"),
  },

  {
    name: "find",
    group: CONNECTOR,
    args: [["<words...>", 'what to look for: words (a start of a word finds the word), "a quoted phrase"']],
    description: "search everything you wrote or imported, grouped by person",
    options: [
      { flags: "--any", description: "people with any one of the words, not all of them" },
      { flags: "--limit <n>", description: "how many people to show (default 20)" },
    ],
    notes: `Names, companies, titles, e-mails, tags, how you met, notes, needs and offers, conversations, the ledger, asks,
introductions and follow-ups. Case and accents do not matter: zurich finds Zürich.`,
    examples: ["net find fintech", "net find '\"product designer\"' lisbon", "net find climate investor --any --limit 5"],
    run: () => import("./commands/find.js"),
  },
  {
    name: "who",
    group: CONNECTOR,
    args: [["[need...]", "what is needed (omit it for your own needs, from net me)"]],
    description: "who could help with a need, whom you can actually ask, and what to do first",
    options: [
      { ...size, description: "the size of the ask: small, medium (the default) or large" },
      { flags: "--limit <n>", description: "how many people to show (default 10)" },
    ],
    notes:
      "Matched on what people offer first, then their titles, companies, tags and notes; ranked by the match and the depth of the relationship.",
    examples: ["net who a product designer", "net who seed investor --size large", "net who"],
    run: () => import("./commands/who.js"),
  },
  {
    name: "suggest",
    group: CONNECTOR,
    args: [["[name]", "only introductions for this person"]],
    description: "introductions worth making: one person's needs met by another's offers",
    options: [{ flags: "--limit <n>", description: "how many to show (default 10)" }],
    notes: "Both must be at least acquaintances and never introduced before. Make one with net intro A B --proposed.",
    examples: ["net suggest", "net suggest ana --json"],
    run: () => import("./commands/suggest.js"),
  },
  {
    name: "plan",
    group: CONNECTOR,
    description: "this week's short list: whom to reach out to, gives you owe, introductions, follow-ups, open asks",
    examples: ["net plan", "net plan --json"],
    run: () => import("./commands/plan.js"),
  },
  {
    name: "brief",
    group: CONNECTOR,
    args: [["<name>", "who you are about to talk with (a name, prefix or id)"]],
    description: "a card to read before a call: last conversations, promises both ways, needs, offers, gives, the ask verdict",
    examples: ["net brief ana"],
    run: () => import("./commands/brief.js"),
  },
  {
    name: "me",
    group: CONNECTOR,
    description: "what you are looking for and what you can offer (net who and net suggest use it)",
    options: [
      { flags: "--needs <text>", description: "something you are looking for, as a short phrase (repeatable)", repeatable: true },
      { flags: "--offers <text>", description: "something you can offer or help with (repeatable)", repeatable: true },
      { flags: "--unneed <text>", description: "you no longer need this (repeatable)", repeatable: true },
      { flags: "--unoffer <text>", description: "you no longer offer this (repeatable)", repeatable: true },
    ],
    examples: ["net me --needs 'a seed investor' --offers 'product strategy' --offers 'intros to designers'", "net me"],
    run: () => import("./commands/me.js"),
  },

  {
    name: "add",
    group: PEOPLE,
    args: [["<name>", "their full name"]],
    description: "add a person",
    options: personFlags,
    examples: [
      "net add 'Ana Souza' --company Acme --title CTO --email ana@acme.io --tag design --cadence monthly",
      "net add 'Bruno Reis' --offers 'product design' --needs 'seed investors'",
    ],
    run: () => import("./commands/add.js"),
  },
  {
    name: "edit",
    group: PEOPLE,
    args: [["<name|ref>", "who (a name, prefix or id such as 4 or p4), or an entry's reference (c12, f7, l5, a3, i2)"]],
    description: "change what you know about a person, or correct an entry",
    options: [
      ...personFlags,
      { flags: "--name <new>", description: "a person: rename them" },
      { flags: "--untag <tag>", description: "a person: remove a tag (repeatable)", repeatable: true },
      { flags: "--unneed <text>", description: "a person: they no longer need this (repeatable)", repeatable: true },
      { flags: "--unoffer <text>", description: "a person: they no longer offer this (repeatable)", repeatable: true },
      { flags: "--force", description: "with --name: rename even to the name of someone else in the journal" },
      { ...on, description: "a conversation, ledger entry, ask or introduction: the day it happened" },
      { ...via, description: "a conversation: meeting, video, call, email, message or social" },
      { ...theyReachedOut, description: "a conversation: they started it" },
      { flags: "--i-reached-out", description: "a conversation: you started it" },
      { flags: "--with <name>", description: "a conversation: add someone who was there (repeatable)", repeatable: true },
      {
        flags: "--without <name>",
        description: "a conversation: remove someone who was not (repeatable)",
        repeatable: true,
      },
      { flags: "--due <when>", description: "a follow-up: the new day (friday, 2w, 2026-12-01…)" },
      { flags: "--what <text>", description: "a ledger entry or ask: what it was" },
      size,
      { ...why, description: "an introduction: what each side gains" },
    ],
    notes: `A conversation takes --on --via --note|--edit --they-reached-out|--i-reached-out --with --without; a follow-up --due --note|--edit;
a ledger entry or an ask --on --what --size; an introduction --on --why. A letter and digits (c12) is a reference:
to edit a person whose name looks like one (say "C3"), use their number (net edit 12).`,
    examples: [
      "net edit ana --title VP --untag prospect --cadence none",
      "net edit ana --needs 'a product designer' --unneed 'a CFO'",
      "net edit c12 --note 'coffee; she is hiring' --via meeting",
      "net edit f7 --due friday",
    ],
    run: () => import("./commands/edit.js"),
  },
  {
    name: "note",
    group: PEOPLE,
    args: [
      ["<name>", "who (a name, prefix or id)"],
      ["[text...]", "what to add; omit it to write it in your editor ($VISUAL, else $EDITOR, else vi)"],
    ],
    description: "add a dated paragraph to a person's notes",
    examples: ["net note ana 'her daughter starts school in March'", "net note ana"],
    run: () => import("./commands/note.js"),
  },
  {
    name: "show",
    group: PEOPLE,
    args: [["<name>", "who (a name, prefix or id)"]],
    description: "a person's profile, depth, open follow-ups and timeline",
    options: [{ ...all, description: "the whole timeline, not only the newest 50 entries" }],
    examples: ["net show ana", "net show ana --all"],
    run: () => import("./commands/show.js"),
  },
  {
    name: "people",
    alias: "ls",
    group: PEOPLE,
    description: "everyone in the journal",
    options: [
      { ...tag, description: "only people with this tag (repeatable: all of them)" },
      { flags: "--any-tag", description: "with several --tag: people with any one of them" },
      { flags: "--tier <tier>", description: "only this tier: contact, acquaintance, connection or inner" },
      { flags: "--company <text>", description: "only people whose company holds this (case and accents aside)" },
      { flags: "--title <text>", description: "only people whose title holds this" },
      { flags: "--met <text>", description: "only people whose how-you-met holds this" },
      { flags: "--needs <text>", description: "only people with a need that holds this" },
      { flags: "--offers <text>", description: "only people with an offer that holds this" },
      { flags: "--cold", description: "only people going cold (as net due lists them)" },
      { flags: "--no-contact-since <date>", description: "only people with no conversation since this day (2026-06-01, 3 months ago…)" },
      { flags: "--sort <order>", description: "name, last (most recent contact first) or depth", default: "name" },
      { flags: "--limit <n>", description: "at most this many, the first in the order asked for" },
      all,
    ],
    notes: "Filters combine: everyone shown matches all of them.",
    examples: [
      "net people --tag investor --sort last",
      "net ls --tier inner",
      "net people --company acme --no-contact-since 2026-06-01 --sort depth --limit 10",
    ],
    run: () => import("./commands/people.js"),
  },
  {
    name: "tag",
    group: PEOPLE,
    args: [
      ["<tag>", "the tag, such as investor"],
      ["<who...>", "people (a name or number), or entries whose people to tag (c12: everyone in that conversation)"],
    ],
    description: "give several people a tag at once",
    examples: ["net tag investor ana ben c12"],
    run: () => import("./commands/tag.js"),
  },
  {
    name: "untag",
    group: PEOPLE,
    args: [
      ["<tag>", "the tag to remove"],
      ["<who...>", "people (a name or number), or entries whose people to untag"],
    ],
    description: "take a tag away from several people at once",
    examples: ["net untag investor ana ben"],
    run: () => import("./commands/untag.js"),
  },
  {
    name: "archive",
    group: PEOPLE,
    args: [["<name>", "who"]],
    description: "step back from a relationship, keeping its history",
    examples: ["net archive 'old client'"],
    run: () => import("./commands/archive.js"),
  },
  {
    name: "unarchive",
    group: PEOPLE,
    args: [["<name>", "who"]],
    description: "bring an archived person back",
    examples: ["net unarchive 'old client'"],
    run: () => import("./commands/unarchive.js"),
  },
  {
    name: "stats",
    group: PEOPLE,
    description: "how strong your network really is: tiers, give and take, activity",
    examples: ["net stats"],
    run: () => import("./commands/stats.js"),
  },
  {
    name: "dupes",
    group: PEOPLE,
    description: "people who are probably the same person",
    examples: ["net dupes"],
    run: () => import("./commands/dupes.js"),
  },
  {
    name: "merge",
    group: PEOPLE,
    args: [
      ["<keep>", "the person to keep"],
      ["<other>", "the duplicate to fold into them"],
    ],
    options: [yes],
    description: "fold a duplicate into another person, keeping all history",
    examples: ["net merge 'Ana Souza' 'ana s' --yes"],
    run: () => import("./commands/merge.js"),
  },

  {
    name: "undo",
    group: MISTAKES,
    description: "undo the last command that wrote (again to go further back)",
    options: [{ flags: "--list", description: "the last 20 steps, newest first, and which were undone" }],
    examples: ["net undo", "net undo --list"],
    run: () => import("./commands/undo.js"),
  },
  {
    name: "rm",
    group: MISTAKES,
    args: [["<what...>", "entries by reference (c12, f7, l5, a3, i2), or a person (a name or number)"]],
    options: [{ ...yes, description: "delete a person and their history without asking" }],
    description: "delete entries logged by mistake, or a person with all their history",
    examples: ["net rm c12 f3", "net rm 'Ana Lima' --yes"],
    run: () => import("./commands/rm.js"),
  },

  {
    name: "import",
    group: DATA,
    description: "bring contacts in: linkedin, vcard, google, csv or json",
    examples: ["net import linkedin ~/Downloads/Connections.csv --dry-run", "net import vcard ~/contacts.vcf"],
    commands: importFormats.map(([format, what, sample]) => ({
      name: format,
      args: [["<file>", what]],
      description: `import ${what}`,
      options: [
        { flags: "--dry-run", description: "show what would change; write nothing" },
        { flags: "--verbose", description: "list every skipped row" },
      ],
      examples: [sample],
      run: withFormat(() => import("./commands/import.js"), format),
    })),
  },
  {
    name: "export",
    group: DATA,
    description: "take everything out: json, csv, vcard or ics",
    examples: ["net export json --out net.json", "net export ics --out follow-ups.ics"],
    commands: exportFormats.map(([format, what]) => ({
      name: format,
      description: `export ${what}`,
      options: [
        { flags: "--out <file>", description: "write to a file instead of stdout" },
        { ...force, description: "overwrite an existing --out file" },
        ...(format === "csv" ? [{ flags: "--bom", description: "start with a UTF-8 byte order mark, for Excel" }] : []),
        ...(format === "ics"
          ? [{ flags: "--todos", description: "follow-ups as to-dos (VTODO) for task apps; done ones marked completed" }]
          : []),
        ...(format === "vcard"
          ? [
              { flags: "--dir <folder>", description: "write a vdir: one <uid>.vcf a person, as khard and vdirsyncer read it" },
              { flags: "--prune", description: "with --dir: remove the cards of people no longer in the journal" },
            ]
          : []),
      ],
      examples: [
        `net export ${format} --out net.${format === "vcard" ? "vcf" : format}`,
        ...(format === "vcard" ? ["net export vcard --dir ~/.contacts/net --prune"] : []),
        ...(format === "ics" ? ["net export ics --todos --out ~/net-todos.ics"] : []),
      ],
      run: withFormat(() => import("./commands/export.js"), format),
    })),
  },
  {
    name: "backup",
    group: DATA,
    args: [["<file>", "where to write the copy"]],
    options: [force],
    description: "a consistent copy of the journal, safe while it is in use",
    examples: ["net backup ~/net-2026-11-22.db"],
    run: () => import("./commands/backup.js"),
  },
  {
    name: "demo",
    group: DATA,
    description: "try net on a sample network (never touches your journal)",
    examples: ["net demo"],
    run: () => import("./commands/demo.js"),
  },

  {
    name: "completion",
    group: "Your shell:",
    args: [["<shell>", "bash, zsh or fish", ["bash", "zsh", "fish"]]],
    description: "print the script that lets the shell complete commands, flags, names and references",
    examples: ["source <(net completion bash)   # in ~/.bashrc", "net completion fish > ~/.config/fish/completions/net.fish"],
    run: () => import("./commands/completion.js"),
    readsProgram: true,
  },
  {
    name: "complete",
    hidden: true,
    args: [["[words...]", "the words typed so far"]],
    description: "the candidates for the word being completed (called by the completion script)",
    run: () => import("./commands/complete.js"),
    readsProgram: true,
  },
];
