import { canonicalLinkedInUrl, isLinkedInUrl } from "../domain/matching.js";
import { birthdayFrom, clean, contact, FormatError, isGoogleSystemGroup, nameText, type ContactFile } from "./contact.js";
import { headerKeys, parseContactsCsv, type CsvFindings, type CsvLayout } from "./csv-contacts.js";
import type { CsvRow } from "./csv-rows.js";

// Google Contacts CSV, in the current layout (First Name, Labels, E-mail 1 - Label…) and the legacy one (Name, Group Membership, E-mail 1 - Type…).

/** Google puts several values in one cell with this separator. */
const SEPARATOR = " ::: ";

const HINT = "Export it from contacts.google.com › Export › Google CSV.";

export const GOOGLE_CSV: CsvLayout = {
  name: "Google CSV",
  source: "google",
  howToGet: "contacts.google.com › Export › Google CSV",
  readerFor: rowReader,
};

/** net import google: a Google Contacts CSV, and nothing else. */
export function parseGoogle(data: Buffer): ContactFile {
  return parseContactsCsv(data, [GOOGLE_CSV], notGoogle);
}

function notGoogle(why?: string): FormatError {
  return new FormatError(
    why
      ? `this is not a Google Contacts CSV: ${why}`
      : "this is not a Google Contacts CSV: no header with First Name (or Name) and Google's E-mail 1 - Value, Labels… columns",
    HINT,
  );
}

function rowReader(header: readonly string[], { contacts, skipped, warnings }: CsvFindings): ((row: CsvRow) => void) | null {
  const head = headerKeys(header);
  const has = (name: string) => head.includes(name);
  const hasName = has("first name") || has("given name") || has("name");
  const googleOnly = [
    "labels",
    "group membership",
    "e-mail 1 - value",
    "phone 1 - value",
    "organization name",
    "organization 1 - name",
    "file as",
  ];
  if (!hasName || !googleOnly.some(has)) return null;
  const index = new Map(head.map((h, i) => [h, i] as const));
  const numbered = (prefix: string, suffix: string) => head.flatMap((h, i) => (h.startsWith(prefix) && h.endsWith(suffix) ? [i] : []));
  const emailCols = numbered("e-mail ", " - value");
  const phoneCols = numbered("phone ", " - value");
  const websiteCols = numbered("website ", " - value");
  return ({ line, fields: record }) => {
    const get = (name: string, read = clean) => {
      const i = index.get(name);
      return i === undefined ? null : read(record[i]);
    };
    const part = (name: string) => get(name, nameText);
    const many = (cols: number[]) =>
      cols
        .flatMap((i) => (record[i] ?? "").split(SEPARATOR))
        .map((v) => v.trim())
        .filter(Boolean);
    const emails = many(emailCols).filter((e) => e.includes("@"));
    const phones = many(phoneCols);
    const websites = many(websiteCols);
    const company = get("organization name") ?? get("organization 1 - name");
    const personal =
      part("name") ??
      nameText(
        [
          part("name prefix"),
          part("first name") ?? part("given name"),
          part("middle name") ?? part("additional name"),
          part("last name") ?? part("family name"),
          part("name suffix"),
        ]
          .filter(Boolean)
          .join(" "),
      ) ??
      part("file as") ??
      part("nickname");
    const name = personal ?? company ?? emails[0] ?? null;
    if (!name) {
      skipped.push({ line, reason: record.some((f) => f.trim() !== "") ? "no name, organisation or e-mail" : "an empty row" });
      return;
    }
    const groups = (get("labels") ?? get("group membership") ?? "")
      .split(SEPARATOR)
      .filter((g) => !isGoogleSystemGroup(g))
      .map((g) => g.replace(/^\*\s*/, "").trim())
      .filter((g) => g !== "");
    const linkedin = websites.find(isLinkedInUrl);
    const notes = record[index.get("notes") ?? -1]?.trim();
    const written = get("birthday");
    const birthday = birthdayFrom(written);
    if (written && !birthday) warnings.push({ line, reason: `Birthday "${written}" is not a real date; imported without it` });
    contacts.push({
      line,
      contact: contact({
        name,
        company,
        title: get("organization title") ?? get("organization 1 - title"),
        emails,
        phones,
        tags: groups,
        links: websites.filter((w) => w !== linkedin),
        note: notes ? notes : null,
        birthday,
        linkedinUrl: linkedin ? canonicalLinkedInUrl(linkedin) : null,
      }),
    });
  };
}
