import { describe, expect, it } from "vitest";
import { addIntro, introById, markIntroMade, recordIntroOutcome } from "../../src/db/intros.js";
import { addAsk, askById, closeAsk } from "../../src/db/ledger.js";
import { insertPerson } from "../../src/db/people.js";
import { ExitError } from "../../src/errors.js";
import { journalPerTest } from "../support/journal.js";

// Closing an ask and making an introduction each count once, even when two commands read the same open row before either writes.

const TODAY = "2026-11-22";
const t = journalPerTest();

const person = (name: string) => t.journal.write(async (trx) => ({ id: await insertPerson(trx, { name }, TODAY), name }));
const count = (sql: string, ...args: unknown[]) => (t.journal.sqlite.prepare(sql).get(...args) as { n: number }).n;

async function refused(write: Promise<unknown>): Promise<ExitError> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExitError);
  expect((error as ExitError).code).toBe(2);
  return error as ExitError;
}

describe("closing an ask", () => {
  it("counts once when two closes read the open ask before either writes", async () => {
    const ana = await person("Ana Silva");
    const id = await t.journal.write((trx) => addAsk(trx, { personId: ana.id, what: "a referral", size: "medium", date: "2026-11-01" }));
    // Both commands looked before writing: each holds the ask as open.
    const seenByFirst = (await askById(t.journal.db, id))!;
    const seenBySecond = (await askById(t.journal.db, id))!;

    await t.journal.write((trx) => closeAsk(trx, seenByFirst, "granted", TODAY));
    const error = await refused(t.journal.write((trx) => closeAsk(trx, seenBySecond, "granted", TODAY)));
    expect(error.message).toBe(`ask a${id} is already closed`);

    expect(count("SELECT count(*) AS n FROM ledger WHERE ask_id = ? AND direction = 'got'", id)).toBe(1);
    expect((await askById(t.journal.db, id))!.status).toBe("granted");
  });

  it("a declined ask closed again is refused and stays declined", async () => {
    const ana = await person("Ana Silva");
    const id = await t.journal.write((trx) => addAsk(trx, { personId: ana.id, what: "a loan", size: "large", date: "2026-11-01" }));
    const stale = (await askById(t.journal.db, id))!;
    await t.journal.write((trx) => closeAsk(trx, stale, "declined", TODAY));
    await refused(t.journal.write((trx) => closeAsk(trx, stale, "granted", TODAY)));
    expect(count("SELECT count(*) AS n FROM ledger")).toBe(0);
    expect((await askById(t.journal.db, id))!).toMatchObject({ status: "declined", closedOn: TODAY });
  });
});

describe("making a proposed introduction", () => {
  it("credits both people and adds one check-in once, when two commands saw it proposed", async () => {
    const a = await person("Ana Silva");
    const b = await person("Ben Ng");
    const id = await t.journal.write((trx) => addIntro(trx, { a, b, why: null, on: "2026-11-01", proposed: true }, TODAY));
    const stale = (await introById(t.journal.db, id))!;

    await t.journal.write((trx) => markIntroMade(trx, stale, "2026-11-20", TODAY));
    const error = await refused(t.journal.write((trx) => markIntroMade(trx, stale, TODAY, TODAY)));
    expect(error.message).toBe(`introduction i${id} was already made`);

    expect(count("SELECT count(*) AS n FROM ledger WHERE intro_id = ?", id)).toBe(2);
    expect(count("SELECT count(*) AS n FROM follow_ups WHERE intro_id = ?", id)).toBe(1);
    expect((await introById(t.journal.db, id))!.madeOn).toBe("2026-11-20");
  });

  it("records one outcome: a second is refused and the first is kept", async () => {
    const a = await person("Ana Silva");
    const b = await person("Ben Ng");
    const id = await t.journal.write((trx) => addIntro(trx, { a, b, why: null, on: "2026-11-01", proposed: false }, TODAY));

    expect(await t.journal.write((trx) => recordIntroOutcome(trx, id, "met", "coffee went well", TODAY))).toHaveLength(1);
    await refused(t.journal.write((trx) => recordIntroOutcome(trx, id, "fizzled", null, TODAY)));
    expect((await introById(t.journal.db, id))!).toMatchObject({ outcome: "met", outcomeNote: "coffee went well", outcomeOn: TODAY });
  });

  it("refuses an outcome for an introduction that is only proposed", async () => {
    const a = await person("Ana Silva");
    const b = await person("Ben Ng");
    const id = await t.journal.write((trx) => addIntro(trx, { a, b, why: null, on: "2026-11-01", proposed: true }, TODAY));
    await refused(t.journal.write((trx) => recordIntroOutcome(trx, id, "met", null, TODAY)));
    expect((await introById(t.journal.db, id))!.outcome).toBeNull();
  });
});
