import type { Context } from "../context.js";
import { writeAtomically, writeBlocks } from "../db/atomic-write.js";
import { journalRecords, peopleRecords } from "../db/export.js";
import type { Journal } from "../db/open.js";
import { listed } from "../domain/plural.js";
import {
  belongsIn,
  calendarEntries,
  type EntryOptions,
  type EntryStatus,
  isBirthday,
  offeredDoneSince,
  publish,
} from "../domain/calendar.js";
import { relationshipsToday } from "../db/relationship-cache.js";
import { relationshipOf } from "../db/relationships.js";
import { usageError } from "../errors.js";
import { jsonDocumentBlocks, printBlocks, printBlocksForReading, printJson, say } from "../ui/output.js";
import { checkOutFile, type OutFile } from "./shared/out-file.js";
import { withJournal } from "./shared/with-journal.js";

type Format = "json" | "csv" | "vcard" | "ics";

interface ExportFlags {
  readonly out?: string;
  readonly force?: boolean;
  /** vcard only: a vdir, one card a file. */
  readonly dir?: string;
  readonly prune?: boolean;
  /** csv only: a UTF-8 byte order mark first, for Excel. */
  readonly bom?: boolean;
  /** ics only: follow-ups as to-dos (VTODO) for task apps. */
  readonly todos?: boolean;
}

const EXTENSION: Record<Format, string> = { json: "json", csv: "csv", vcard: "vcf", ics: "ics" };

/** Called by cli.ts as run(ctx, format, flags). */
export async function run(ctx: Context, format: Format, ...args: unknown[]): Promise<void> {
  const [flags] = args as [ExportFlags];
  if (flags.prune && !flags.dir)
    throw usageError("--prune needs --dir", "Prune a folder of cards: net export vcard --dir ~/contacts/net --prune");
  if (flags.dir) {
    if (flags.out)
      throw usageError("--dir and --out cannot be used together", "Write one file with --out, or a folder of cards with --dir.");
    const { exportVdir } = await import("./export-vdir.js");
    return exportVdir(ctx, { dir: flags.dir, prune: flags.prune });
  }
  const out: OutFile | null = flags.out
    ? { path: flags.out, what: "the export", example: `net export ${format} --out ~/net.${EXTENSION[format]}` }
    : null;
  // Before the journal is opened: a refused --out changes nothing.
  if (out) checkOutFile(out, ctx.dbPath, flags.force);
  // The export written to --out, or null when it was printed on stdout.
  const written = await withJournal(ctx, async (journal): Promise<Rendered | null> => {
    // One read transaction: every table is read from the same snapshot, however long the writing takes. The calendar
    // export also remembers what it wrote (db/calendar-entries.ts), so it takes the write lock from the start.
    journal.sqlite.exec(format === "ics" && !journal.readOnly ? "BEGIN IMMEDIATE" : "BEGIN");
    try {
      const rendered = await render(journal, format, ctx.today, flags);
      // Written while the journal is open: an export json reads its records as it writes them.
      if (!out) {
        // `export json` is a JSON document already; the other formats are wrapped so that --json still prints one JSON document.
        if (ctx.json && format !== "json") printJson({ format, count: rendered.count, text: textOf(rendered.output) });
        else
          (ctx.stdoutIsTTY ? printBlocksForReading : printBlocks)(
            typeof rendered.output === "string" ? [rendered.output] : rendered.output,
          );
        return null;
      }
      await writeAtomically(out, (temp) => writeBlocks(temp, blocksOf(rendered.output)));
      return rendered;
    } finally {
      if (journal.sqlite.inTransaction) journal.sqlite.exec("COMMIT");
    }
  });
  if (!written) return;
  if (ctx.json) return printJson({ format, out: flags.out, count: written.count });
  say(`Wrote ${written.summary} to ${flags.out}.`);
}

function textOf(output: Rendered["output"]): string {
  return typeof output === "string" ? output : Buffer.concat([...output]).toString("utf8");
}

function* blocksOf(output: Rendered["output"]): Generator<Uint8Array> {
  if (typeof output === "string") yield Buffer.from(output);
  else yield* output;
}

/** "1 card", "30,000 people": as the import summary writes counts. */
function counted(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

interface Rendered {
  /** The text, or for a whole-journal document the blocks it is written in (a journal of 100,000 conversations is never one string). */
  readonly output: string | Iterable<Uint8Array>;
  /** People for json, csv and vcard; calendar events for ics. */
  readonly count: number;
  readonly summary: string;
}

/** Each value of a list through fn, as the list is read. */
function* mapped<T, U>(items: Iterable<T>, fn: (item: T) => U): Generator<U> {
  for (const item of items) yield fn(item);
}

/** Pieces of text as UTF-8 blocks to write. */
function* encoded(pieces: Iterable<string>): Generator<Uint8Array> {
  for (const piece of pieces) yield Buffer.from(piece);
}

function peopleCount(journal: Journal): number {
  return journal.sqlite.prepare("SELECT count(*) FROM people").pluck().get() as number;
}

async function render(journal: Journal, format: Format, today: string, flags: ExportFlags): Promise<Rendered> {
  if (format === "json") {
    const records = journalRecords(journal.sqlite);
    return {
      output: jsonDocumentBlocks(records.document),
      count: records.people,
      summary: `${counted(records.people, "person", "people")}, ${counted(records.interactions, "interaction")}`,
    };
  }
  if (format === "csv") {
    const { peopleCsv } = await import("../formats/csv.js");
    const relationship = relationshipOf(await relationshipsToday(journal, today), today);
    const count = peopleCount(journal);
    const rows = mapped(peopleRecords(journal.sqlite), (p) => {
      const { depth, balance, lastContact } = relationship(p.id);
      return {
        ...p,
        tier: depth.tier,
        depth: depth.score,
        given: balance.given,
        received: balance.received,
        balance: balance.net,
        lastContact,
      };
    });
    return { output: encoded(peopleCsv(rows, { bom: flags.bom })), count, summary: counted(count, "person", "people") };
  }
  if (format === "vcard") {
    const { vcards } = await import("../formats/vcard.js");
    const count = peopleCount(journal);
    return { output: encoded(vcards(peopleRecords(journal.sqlite))), count, summary: counted(count, "card") };
  }
  return calendarExport(journal, today, { todos: flags.todos === true });
}

async function calendarExport(journal: Journal, today: string, options: EntryOptions): Promise<Rendered> {
  const [{ calendar }, entries] = await Promise.all([import("../formats/ics.js"), import("../db/calendar-entries.js")]);
  const [followUps, birthdays, before] = await Promise.all([
    entries.calendarFollowUps(journal.db, offeredDoneSince(today, options)),
    entries.calendarBirthdays(journal.db),
    entries.publishedEntries(journal.db),
  ]);
  const { entries: written, changed } = publish(
    calendarEntries(followUps, birthdays, options),
    before.filter((e) => belongsIn(e.uid, options)),
    today,
  );
  // A journal that cannot be written still exports; its next export then compares with the last one that could.
  if (!journal.readOnly) await entries.rememberEntries(journal.db, changed);
  const withStatus = (status: EntryStatus) => written.filter((e) => e.status === status).length;
  const open = written.filter((e) => e.status === "open");
  const openBirthdays = open.filter(isBirthday).length;
  const ended = (["completed", "cancelled"] as const).filter((status) => withStatus(status) > 0);
  const summary = listed([
    counted(open.length - openBirthdays, options.todos ? "to-do" : "follow-up"),
    counted(openBirthdays, "birthday"),
    ...ended.map((status) => counted(withStatus(status), status, status)),
  ]);
  return { output: calendar(written), count: written.length, summary };
}
