import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { damagedJournalError, isUpgradeBackupName, upgradeBackupPath, upgradeBackupsOf } from "../../src/db/journal-files.js";
import { tempJournal } from "../support/net.js";

// The files that belong to a journal, on a real folder: the copies made before upgrades, and how a damaged journal names them.

let temp: ReturnType<typeof tempJournal>;
beforeEach(() => {
  temp = tempJournal();
});
afterEach(() => temp.cleanup());

describe("the copies made before an upgrade", () => {
  it("are found beside the journal, newest schema first, and only this journal's", () => {
    for (const name of [
      "journal.db.before-upgrade-v2",
      "journal.db.before-upgrade-v6",
      "journal.db.before-upgrade-v6.2",
      "journal.db.before-upgrade-v10",
      "other.db.before-upgrade-v9",
      "journal.db.before-upgrade-notes",
    ]) {
      writeFileSync(join(temp.dir, name), "");
    }
    expect(upgradeBackupsOf(temp.db)).toEqual(["v10", "v6.2", "v6", "v2"].map((v) => join(temp.dir, `journal.db.before-upgrade-${v}`)));
    expect(isUpgradeBackupName("journal.db.before-upgrade-v3", "journal.db")).toBe(true);
    expect(isUpgradeBackupName("journal.db.before-upgrade-v3", "other.db")).toBe(false);
  });

  it("take the first free name for their schema", () => {
    expect(upgradeBackupPath(temp.db, 6)).toBe(join(temp.dir, "journal.db.before-upgrade-v6"));
    writeFileSync(join(temp.dir, "journal.db.before-upgrade-v6"), "");
    writeFileSync(join(temp.dir, "journal.db.before-upgrade-v6.2"), "");
    expect(upgradeBackupPath(temp.db, 6)).toBe(join(temp.dir, "journal.db.before-upgrade-v6.3"));
  });
});

describe("a damaged journal", () => {
  it("names the copies beside it as the way back, or net backup when there are none", () => {
    expect(damagedJournalError(temp.db)).toMatchObject({
      code: 1,
      message: `the journal at ${temp.db} is damaged (cut short or corrupted) and cannot be read; it was left unchanged`,
      hint: "Restore it from a backup (net backup makes one), or point --db at another journal.",
    });
    writeFileSync(join(temp.dir, "journal.db.before-upgrade-v6"), "");
    expect(damagedJournalError(temp.db).hint).toBe(
      `Restore it from a backup: a copy made with net backup, or ${join(temp.dir, "journal.db.before-upgrade-v6")} (the journal as it was before net last upgraded it), or point --db at another journal.`,
    );
  });
});
