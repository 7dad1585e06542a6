import { isIsoDate } from "../domain/dates.js";
import { newPhrases } from "../domain/needs-offers.js";
import { birthdayFrom, contact, type Contact } from "./contact.js";
import { splitList, unguarded } from "./csv-cells.js";
import type { PERSON_COLUMNS } from "./csv.js";
import { headerKeys, type CsvLayout } from "./csv-contacts.js";

// net's own spreadsheet (net export csv) read back: every value exactly as it was written, the formula guard and the
// list escapes undone, so that export → import into a new journal → export gives the same file.

export const NET_CSV: CsvLayout = {
  name: "net export csv",
  source: "net-csv",
  howToGet: "net export csv --out people.csv",
  readerFor(header, into) {
    const head = headerKeys(header);
    // The columns every version of net's CSV had.
    if (!["id", "name", "emails", "phones", "tags"].every((c) => head.includes(c))) return null;
    const at = new Map(head.map((h, i) => [h, i] as const));
    return ({ line, fields }) => {
      const cell = (column: (typeof PERSON_COLUMNS)[number]) => {
        const i = at.get(column);
        return i === undefined ? null : unguarded(fields[i] ?? "");
      };
      const text = (column: (typeof PERSON_COLUMNS)[number]) => {
        const value = cell(column);
        return value === null || value === "" ? null : value;
      };
      const list = (column: (typeof PERSON_COLUMNS)[number]) => splitList(cell(column) ?? "");
      const name = text("name");
      if (name === null) {
        into.skipped.push({ line, reason: fields.some((f) => f.trim() !== "") ? "no name" : "an empty row" });
        return;
      }
      const left: string[] = [];
      const day = (column: "met_on" | "created") => {
        const value = text(column);
        if (value !== null && !isIsoDate(value)) left.push(`${column} "${value}" is not a date (YYYY-MM-DD)`);
        return value !== null && isIsoDate(value) ? value : null;
      };
      const written = text("birthday");
      const birthday = birthdayFrom(written);
      if (written && !birthday) left.push(`birthday "${written}" is not a real date`);
      const cadenceText = text("cadence_days");
      const cadence = cadenceText === null ? null : Number(cadenceText);
      const cadenceOk = cadence === null || (Number.isInteger(cadence) && cadence >= 0 && cadence <= 3650);
      if (!cadenceOk) left.push(`cadence_days "${cadenceText}" is not a number of days from 1 to 3650 (or 0: none)`);
      const archived = text("archived");
      if (archived !== null && archived !== "yes" && archived !== "no") left.push(`archived "${archived}" is not yes or no`);
      const id = Number(text("id"));
      const fieldsOf: Partial<Contact> & { name: string } = {
        name,
        company: text("company"),
        title: text("title"),
        emails: list("emails"),
        phones: list("phones"),
        tags: list("tags"),
        links: list("links"),
        needs: newPhrases([], list("needs")),
        offers: newPhrases([], list("offers")),
        met: text("met"),
        metOn: day("met_on"),
        birthday,
        linkedinUrl: text("linkedin_url"),
        note: text("note"),
        cadenceDays: cadenceOk ? cadence : null,
        archived: archived === "yes",
        created: day("created"),
        uid: text("uid"),
        n: text("vcard_n"),
        ...(Number.isSafeInteger(id) && id > 0 ? { id } : {}),
      };
      if (left.length > 0)
        into.warnings.push({ line, reason: `${left.join("; ")}; imported without ${left.length === 1 ? "it" : "them"}` });
      into.contacts.push({ line, contact: contact(fieldsOf) });
    };
  },
};
