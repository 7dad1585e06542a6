import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { Context } from "../context.js";
import { importContacts, isEmptyJournal, restoreJournal, type ImportCounts } from "../db/import.js";
import { journalError, usageError } from "../errors.js";
import { plural } from "../domain/plural.js";
import { FormatError, withinLimits, type ContactFile, type Skip, type Warning } from "../formats/contact.js";
import { ENCODING_NAMES, type Encoding } from "../formats/encoding.js";
import type { JournalDocument } from "../formats/json.js";
import { printJson, say } from "../ui/output.js";
import { progressBar } from "../ui/progress.js";
import { visible } from "../ui/visible.js";
import { withJournal } from "./shared/with-journal.js";

type Format = "linkedin" | "vcard" | "google" | "csv" | "json";

interface ImportFlags {
  readonly dryRun?: boolean;
  readonly verbose?: boolean;
}

const FORMAT_NAMES: Record<Format, string> = {
  linkedin: "LinkedIn connections",
  vcard: "vCard",
  google: "Google Contacts",
  csv: "CSV",
  json: "net export",
};
/** Without --verbose, this many skipped rows are listed. */
const SKIPS_SHOWN = 5;

/** Thrown inside the write transaction on --dry-run so that everything it did is rolled back. */
class DryRun extends Error {
  constructor(readonly counts: ImportCounts) {
    super("dry run");
  }
}

/** Called by cli.ts as run(ctx, format, file, flags). */
export async function run(ctx: Context, format: Format, ...args: unknown[]): Promise<void> {
  const [file, flags] = args as [string, ImportFlags];
  // The file is read and checked before the journal is opened: a bad file never touches it.
  const read = await readImport(format, file);
  // Held to the rules of `net add`: a name net cannot keep is a skipped row, a field over its limit is left out with a warning.
  const parsed: Parsed =
    read.kind === "contacts" ? { kind: "contacts", file: withinLimits(read.file, ctx.today), layout: read.layout } : read;
  const { counts, merged } = await withJournal(ctx, async (journal) => {
    const bar = progressBar(ctx, "Importing");
    let counts: ImportCounts;
    let merged = 0;
    if (parsed.kind === "journal" && !isEmptyJournal(journal.sqlite)) {
      throw usageError(
        "net import json restores an export into an empty journal, and this journal already has entries",
        `Restore into a new journal: net --db new-journal.db import json ${file}`,
      );
    }
    try {
      counts = await journal.write(async (w) => {
        let result: ImportCounts;
        if (parsed.kind === "journal") {
          await restoreJournal(w, journal.sqlite, parsed.doc, bar.update);
          result = { created: parsed.doc.people.length, updated: 0, unchanged: 0 };
          w.describe(`import json ${basename(file)} (${parsed.doc.people.length} people)`);
        } else {
          const contacts = parsed.file.contacts;
          result = await importContacts(w, journal.sqlite, contacts, ctx.today, parsed.layout?.source ?? format, bar.update);
          // Each person counts once; the other rows named someone an earlier row of the file named, and were merged into them.
          merged = contacts.length - result.created - result.updated - result.unchanged;
          w.describe(`import ${format} ${basename(file)} (${result.created} added, ${result.updated} updated)`);
        }
        if (flags.dryRun) throw new DryRun(result);
        return result;
      });
    } catch (e) {
      if (!(e instanceof DryRun)) throw e;
      counts = e.counts;
    } finally {
      bar.finish();
    }
    return { counts, merged };
  });
  const skipped = parsed.kind === "contacts" ? parsed.file.skipped : [];
  const warnings = parsed.kind === "contacts" ? parsed.file.warnings : [];
  const encoding = parsed.kind === "contacts" ? parsed.file.encoding : "utf-8";
  if (ctx.json) {
    const rows = (list: readonly Skip[]) => list.map((s) => ({ ...(s.file ? { file: s.file } : {}), line: s.line, reason: s.reason }));
    // `merged` (rows that named someone an earlier row named), `warnings` (rows imported with something left out) and
    // `encoding` (a file that is not UTF-8) appear only when they have something to say, so the usual document keeps the
    // spec's four keys; with `merged`, the counts add up to the rows read.
    printJson({
      ...counts,
      ...(merged > 0 ? { merged } : {}),
      skipped: rows(skipped),
      ...(warnings.length > 0 ? { warnings: rows(warnings) } : {}),
      ...(encoding !== "utf-8" ? { encoding } : {}),
      // Which layout `net import csv` recognised by the header.
      ...(format === "csv" && parsed.kind === "contacts" && parsed.layout ? { layout: parsed.layout.source } : {}),
    });
  }
  report(counts, merged, skipped, warnings, parsed, format, file, flags);
}

/** A CSV's layout, when the header said which it is (net import csv, google). */
type Layout = { readonly name: string; readonly source: string };

type Parsed = { kind: "contacts"; file: ContactFile; layout?: Layout } | { kind: "journal"; doc: JournalDocument };

async function readImport(format: Format, file: string): Promise<Parsed> {
  try {
    if (format === "vcard") {
      const { parseVCard } = await import("../formats/vcard.js");
      return { kind: "contacts", file: readCards(file, parseVCard) };
    }
    if (format === "linkedin") {
      const { parseLinkedIn } = await import("../formats/linkedin.js");
      return { kind: "contacts", file: parseLinkedIn(readBytes(file)) };
    }
    if (format === "google") {
      const { parseGoogle } = await import("../formats/google.js");
      return { kind: "contacts", file: parseGoogle(readBytes(file)) };
    }
    if (format === "csv") {
      const [{ parseContactsCsv, unknownLayout }, { NET_CSV }, { GOOGLE_CSV }, { OUTLOOK_CSV }] = await Promise.all([
        import("../formats/csv-contacts.js"),
        import("../formats/net-csv.js"),
        import("../formats/google.js"),
        import("../formats/outlook.js"),
      ]);
      const layouts = [NET_CSV, GOOGLE_CSV, OUTLOOK_CSV];
      const bytes = readBytes(file);
      const unknown = unknownLayout(layouts);
      // LinkedIn's Connections.csv has an importer of its own, which knows its preamble and its dates.
      const linkedIn = (why?: string) =>
        /^[^\n]*First Name[,;].*[,;]Connected On/im.test(bytes.subarray(0, 4096).toString("latin1"))
          ? new FormatError("this is LinkedIn's Connections.csv, which net import linkedin reads", `net import linkedin ${file}`)
          : unknown(why);
      const { layout, ...contacts } = parseContactsCsv(bytes, layouts, linkedIn);
      return { kind: "contacts", file: contacts, layout };
    }
    const { parseJournal } = await import("../formats/json.js");
    return { kind: "journal", doc: parseJournal(readBytes(file).toString("utf8")) };
  } catch (e) {
    if (e instanceof FormatError) throw usageError(`${file}: ${e.message}; nothing was imported`, e.hint);
    throw e;
  }
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === "ENOENT"
        ? "no such file"
        : err.code === "EISDIR"
          ? "it is a folder, not a file"
          : err.code === "EACCES"
            ? "permission denied"
            : err.message;
    throw journalError(`cannot read ${file}: ${why}; nothing was imported`, "Check the path and that you can read it.");
  }
}

/** One .vcf file, or every .vcf file in a folder (skips name the file they come from). */
function readCards(path: string, parse: (data: Buffer) => ContactFile): ContactFile {
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    // readBytes below reports the missing file
  }
  if (!isFolder) return parse(readBytes(path));
  const files = readdirSync(path)
    .filter((f) => /\.(vcf|vcard)$/i.test(f))
    .sort();
  if (files.length === 0)
    throw usageError(`${path} has no .vcf files; nothing was imported`, "Pass a .vcf file or a folder that holds some.");
  const contacts: ContactFile["contacts"][number][] = [];
  const skipped: Skip[] = [];
  const warnings: Warning[] = [];
  let encoding: Encoding = "utf-8";
  for (const f of files) {
    let one: ContactFile;
    try {
      one = parse(readBytes(join(path, f)));
    } catch (e) {
      if (!(e instanceof FormatError)) throw e;
      skipped.push({ file: f, line: 1, reason: e.message });
      continue;
    }
    contacts.push(...one.contacts.map((c) => ({ ...c, file: f })));
    skipped.push(...one.skipped.map((s) => ({ ...s, file: f })));
    warnings.push(...one.warnings.map((w) => ({ ...w, file: f })));
    if (encoding === "utf-8") encoding = one.encoding;
  }
  return { contacts, skipped, warnings, encoding };
}

function report(
  counts: ImportCounts,
  merged: number,
  skipped: readonly Skip[],
  warnings: readonly Warning[],
  parsed: Parsed,
  format: Format,
  file: string,
  flags: ImportFlags,
): void {
  const n = (count: number, word: string) => `${count.toLocaleString("en-US")} ${word}`;
  const what = `${visible(basename(file))} (${parsed.kind === "contacts" && parsed.layout ? parsed.layout.name : FORMAT_NAMES[format]})`;
  if (parsed.kind === "journal") {
    const d = parsed.doc;
    const summary = `${n(d.people.length, "people")}, ${n(d.interactions.length, "interactions")}, ${n(d.followUps.length, "follow-ups")}, ${n(d.ledger.length, "ledger entries")}, ${n(d.asks.length, "asks")}, ${n(d.intros.length, "introductions")}`;
    say(flags.dryRun ? `Dry run: would restore ${summary} from ${what}. Nothing was written.` : `Restored ${summary} from ${what}.`);
    return;
  }
  const line = `${n(counts.created, "created")}, ${n(counts.updated, "updated")}, ${n(counts.unchanged, "unchanged")}, ${n(skipped.length, "skipped")}`;
  say(flags.dryRun ? `Dry run of ${what}: would be ${line}. Nothing was written.` : `Imported ${what}: ${line}.`);
  if (merged > 0)
    say(
      `  ${plural(merged, format === "vcard" ? "card" : "row")} named someone an earlier one had named, and ${merged === 1 ? "was" : "were"} merged into them`,
    );
  if (parsed.file.encoding !== "utf-8") say(`  ${encodingNote(parsed.file.encoding, format)}`);
  const where = (s: Skip) => `${s.file ? `${visible(s.file)} ` : ""}${format === "vcard" ? "card at line" : "line"} ${s.line}`;
  const list = (rows: readonly Skip[], verb: string) => {
    const shown = flags.verbose ? rows : rows.slice(0, SKIPS_SHOWN);
    for (const s of shown) say(`  ${verb} ${where(s)}: ${visible(s.reason)}`);
    if (shown.length < rows.length) say(`  … and ${rows.length - shown.length} more (--verbose lists them all)`);
  };
  list(skipped, "skipped");
  if (warnings.length > 0) say(`${plural(warnings.length, "row")} imported with something left out:`);
  list(warnings, "imported");
  if (!flags.dryRun && counts.created > 0 && format === "linkedin")
    say("Next: net people --tag linkedin, or net dupes to find people you already had.");
}

/** What the summary says when a file was not read as UTF-8: a guess at an encoding is never silent. */
function encodingNote(encoding: Encoding, format: Format): string {
  const name = ENCODING_NAMES[encoding];
  if (encoding !== "windows-1252") return `read as ${name} (the file starts with its byte order mark)`;
  if (format === "vcard")
    return `values that are not UTF-8 and declare no CHARSET were read as ${name}: check that names with accents look right`;
  return `read as ${name} (the file is not UTF-8): check that names with accents look right`;
}
