import { birthdayOn } from "../domain/person.js";
import { canonicalLinkedInUrl, isLinkedInUrl } from "../domain/matching.js";
import { birthdayFrom, clean, contact, isGoogleSystemGroup, nameText } from "./contact.js";
import { headerKeys, type CsvLayout } from "./csv-contacts.js";

// Outlook's contacts CSV: Outlook for Windows (Title, First Name, … E-mail Address, E-mail 2 Address, Categories),
// outlook.com's People export, what Google Contacts offers as "Outlook CSV", and the Name, E-mail Address files of
// Outlook Express and Windows Live Mail. The three order and name their
// columns a little differently; the reader goes by the names.

export const OUTLOOK_CSV: CsvLayout = {
  name: "Outlook CSV",
  source: "outlook",
  howToGet:
    "Outlook › File › Open & Export › Import/Export › Export to a file › Comma Separated Values; outlook.com › People › Manage › Export contacts; contacts.google.com › Export › Outlook CSV",
  readerFor(header, into) {
    const head = headerKeys(header);
    const at = new Map<string, number>();
    head.forEach((h, i) => {
      if (!at.has(h)) at.set(h, i);
    });
    // Outlook Express and Windows Live Mail wrote one Name column; Outlook the parts.
    const hasName = at.has("first name") || at.has("last name") || at.has("name") || at.has("display name");
    if (!hasName || !at.has("e-mail address")) return null;
    const columns = (test: (h: string) => boolean) => head.flatMap((h, i) => (test(h) ? [i] : []));
    const emailCols = columns((h) => /^e-mail( \d)? address$/.test(h));
    // The mobile first, then work and home, then the rest as the header lists them (never a fax).
    const phoneRank = (h: string) => (h === "mobile phone" ? 0 : h.startsWith("business phone") ? 1 : h.startsWith("home phone") ? 2 : 3);
    const phoneCols = columns((h) => /phone|^pager$|^callback$|^telex$|^isdn$/.test(h) && !/fax|yomi/.test(h)).sort(
      (a, b) => phoneRank(head[a]!) - phoneRank(head[b]!) || a - b,
    );
    const webCols = columns((h) => h === "web page" || h === "personal web page");
    return ({ line, fields }) => {
      const get = (name: string, read = clean) => {
        const i = at.get(name);
        return i === undefined ? null : read(fields[i]);
      };
      const part = (name: string) => get(name, nameText);
      const values = (cols: number[]) => [...new Set(cols.map((i) => clean(fields[i])).filter((v): v is string => v !== null))];
      // An Exchange address (EX: /o=ExchangeLabs/…) is not one anybody can write to.
      const emails = values(emailCols).filter((e) => e.includes("@") && !e.startsWith("/"));
      const phones = values(phoneCols);
      const websites = values(webCols);
      const company = get("company");
      const personal =
        part("name") ??
        part("display name") ??
        nameText([part("title"), part("first name"), part("middle name"), part("last name"), part("suffix")].filter(Boolean).join(" ")) ??
        part("nickname") ??
        part("e-mail display name");
      const name = personal ?? company ?? emails[0] ?? null;
      if (!name) {
        into.skipped.push({ line, reason: fields.some((f) => f.trim() !== "") ? "no name, company or e-mail" : "an empty row" });
        return;
      }
      // Outlook separates categories with ";", Google's Outlook CSV too (with its system groups among them).
      const tags = (get("categories") ?? "")
        .split(/;| ::: /)
        .filter((t) => !isGoogleSystemGroup(t))
        .map((t) => t.trim())
        .filter((t) => t !== "");
      const written = get("birthday");
      const birthday = outlookDay(written);
      if (written && birthday === undefined)
        into.warnings.push({ line, reason: `Birthday "${written}" is not a real date; imported without it` });
      const notes = fields[at.get("notes") ?? -1]?.trim();
      const linkedin = websites.find(isLinkedInUrl);
      into.contacts.push({
        line,
        contact: contact({
          name,
          company,
          title: get("job title"),
          emails,
          phones,
          tags,
          links: websites.filter((w) => w !== linkedin),
          note: notes ? notes : null,
          birthday: birthday ?? null,
          linkedinUrl: linkedin ? canonicalLinkedInUrl(linkedin) : null,
        }),
      });
    };
  },
};

/**
 * A birthday as Outlook writes it: "3/15/1985" (US English, month first), "15/3/1985" when the first number cannot be a
 * month, ISO dates, or "0/0/00" for none. null for none, undefined for a date that is not real.
 */
function outlookDay(text: string | null): string | null | undefined {
  if (text === null || /^0{1,2}\/0{1,2}\/0{2,4}$/.test(text)) return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s.*)?$/.exec(text);
  if (!m) return birthdayFrom(text) ?? undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const [month, day] = a > 12 ? [b, a] : [a, b];
  return birthdayOn(m[3]!, String(month).padStart(2, "0"), String(day).padStart(2, "0")) ?? undefined;
}
