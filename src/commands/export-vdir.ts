import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Context } from "../context.js";
import { writeAtomically } from "../db/atomic-write.js";
import { peopleRecords } from "../db/export.js";
import { plural } from "../domain/plural.js";
import { journalError, usageError } from "../errors.js";
import { cardFileName, cardFor } from "../formats/vcard.js";
import { printJson, say } from "../ui/output.js";
import { visible } from "../ui/visible.js";
import { withJournal } from "./shared/with-journal.js";

// net export vcard --dir DIR: a vdir, one <uid>.vcf a person, as khard and vdirsyncer read and write it (and through
// vdirsyncer any CardDAV address book). A card is written (atomically) only when its text changed, so a sync tool sees
// only what did; cards of no one in the journal stay unless --prune.

export interface VdirFlags {
  readonly dir: string;
  readonly prune?: boolean;
}

export interface VdirCounts {
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly removed: number;
  /** Cards in the folder of no one in the journal, left there (without --prune). */
  readonly others: number;
}

export async function exportVdir(ctx: Context, flags: VdirFlags): Promise<void> {
  const dir = flags.dir;
  const existing = statOrNull(dir);
  if (existing && !existing.isDirectory())
    throw usageError(
      `${dir} is a file, not a folder; nothing was written`,
      "Name a folder for the cards: net export vcard --dir ~/contacts/net",
    );
  const counts = await withJournal(ctx, async (journal) => {
    // One read transaction: every card from the same snapshot.
    journal.sqlite.exec("BEGIN");
    try {
      return await writeCards(journal.sqlite, dir, flags.prune === true);
    } finally {
      if (journal.sqlite.inTransaction) journal.sqlite.exec("COMMIT");
    }
  });
  if (ctx.json) return printJson({ format: "vcard", dir, ...counts });
  const written = counts.added + counts.changed;
  const parts = [
    counts.added > 0 ? `${counts.added} new` : null,
    counts.changed > 0 ? `${counts.changed} changed` : null,
    counts.unchanged > 0 ? `${counts.unchanged} unchanged` : null,
  ].filter(Boolean);
  say(
    `${written === 0 ? "Nothing to write in" : `Wrote ${plural(written, "card")} to`} ${visible(dir)} (${parts.join(", ") || "no one to export"}).`,
  );
  if (counts.removed > 0) say(`Removed ${plural(counts.removed, "card")} of no one in the journal (--prune).`);
  if (counts.others > 0) {
    const [them, are] = counts.others === 1 ? ["it", "is"] : ["them", "are"];
    say(
      `${plural(counts.others, "card")} in the folder ${are} of no one in the journal and ${are} kept: import ${them} with net import vcard ${visible(dir)}, or remove ${them} with --prune.`,
    );
  }
}

async function writeCards(sqlite: Parameters<typeof peopleRecords>[0], dir: string, prune: boolean): Promise<VdirCounts> {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw journalError(`could not make the folder ${dir}: ${(e as Error).message}`);
  }
  const before = new Set(readdirSync(dir).filter((f) => f.toLowerCase().endsWith(".vcf")));
  const written = new Set<string>();
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const person of peopleRecords(sqlite)) {
    let name = cardFileName(person.uid);
    // Two UIDs that read the same once made safe for a file name: the later person's card gets their id too.
    if (written.has(name)) name = name.replace(/\.vcf$/, `-${person.id}.vcf`);
    written.add(name);
    const text = cardFor(person);
    const path = join(dir, name);
    if (before.has(name)) {
      if (readFileSync(path, "utf8") === text) {
        unchanged++;
        continue;
      }
      changed++;
    } else added++;
    await writeAtomically({ path, what: "the card" }, async (temp) => writeFileSync(temp, text));
  }
  const stale = [...before].filter((f) => !written.has(f));
  if (prune) for (const f of stale) rmSync(join(dir, f), { force: true });
  return { added, changed, unchanged, removed: prune ? stale.length : 0, others: prune ? 0 : stale.length };
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
