import fc from "fast-check";
import { clean, contact, nameText, type Contact } from "../../src/formats/contact.js";
import type { CardPerson } from "../../src/formats/vcard.js";
import { MAX_PHRASE, newPhrases, phraseOf } from "../../src/domain/needs-offers.js";

// Text built to break vCard and iCalendar files: every kind of line break, the characters their values escape, property
// lines to inject, characters of two to four UTF-8 bytes, and runs long enough to be folded.

const pieces = fc.constantFrom(
  "\r",
  "\n",
  "\r\n",
  "\r\r\n",
  "\u2028",
  "\u0085",
  ";",
  ",",
  "\\",
  "\\n",
  "\\,",
  ":",
  '"',
  "=",
  "=0D=0A",
  " ",
  "\t",
  "é",
  "日本",
  "🙂",
  "BEGIN:VCARD",
  "END:VCARD",
  "END:VEVENT",
  "EMAIL:attacker@evil.example",
  "TEL:+1 555 0100",
  "X-EVIL;TYPE=x:y",
  "a",
  "Zoë",
  "\\\\;",
);

/** Any mix of the pieces, sometimes long: a line of several hundred octets, or a run of multi-byte characters across a fold. */
export const hostileText = fc.oneof(
  fc.array(fc.oneof(pieces, fc.string({ unit: "grapheme", maxLength: 8 })), { maxLength: 20 }).map((p) => p.join("")),
  fc
    .tuple(fc.constantFrom("é", "日", "🙂", "a", "\r\n", ";"), fc.integer({ min: 20, max: 200 }), pieces)
    .map(([c, n, p]) => c.repeat(n) + p),
);

/** Every line break a vCard or iCalendar reader might split on becomes the one a value can hold. */
export const asLf = (text: string) => text.replace(/\r\n|[\n\v\f\r\u0085\u2028\u2029]/g, "\n");

const word = (prefix: string) => hostileText.map((t) => `${prefix}${t}`);

/** A person whose every field is hostile; as net's importer needs them to be something: names with a letter, e-mails with an @, phones with a digit. */
export const hostilePerson: fc.Arbitrary<CardPerson> = fc.record({
  name: word("A"),
  company: fc.option(word("C"), { nil: null }),
  title: fc.option(hostileText, { nil: null }),
  emails: fc.array(
    fc.tuple(hostileText, hostileText).map(([a, b]) => `${a}@${b}`.replace(/[<>]/g, "")),
    { maxLength: 2 },
  ),
  phones: fc.array(word("+1 "), { maxLength: 2 }),
  // In net's own cards a comma inside a tag is escaped and comes back inside it.
  tags: fc.array(
    hostileText.map((t) => `t${t}`),
    { maxLength: 3 },
  ),
  links: fc.array(word("https://example.com/"), { maxLength: 2 }),
  note: fc.option(hostileText, { nil: null }),
  birthday: fc.constantFrom(null, "1985-03-15", "--02-29"),
  linkedinUrl: fc.constantFrom(null, "https://www.linkedin.com/in/ana-souza"),
  uid: word("urn:uuid:"),
  cardN: fc.constant(null),
  // Needs and offers are kept as phrases (single spaces, trimmed, none twice): what net writes is already one.
  needs: fc.array(word("n"), { maxLength: 2 }).map(phrases),
  offers: fc.array(word("o"), { maxLength: 2 }).map(phrases),
});

function phrases(drawn: readonly string[]): string[] {
  return newPhrases(
    [],
    drawn.filter((p) => phraseOf(p).length <= MAX_PHRASE),
  );
}

/**
 * What net's importer makes of the person's text: exactly the text, but with every line break as LF (the one a value
 * can hold), and with the whitespace of one-line fields and the ends of notes and lists trimmed, as it does for any file.
 * A name keeps its line breaks, so that the name rule skips the row rather than joining its lines.
 */
export function asImported(p: CardPerson): Contact {
  const list = (values: readonly string[]) => [...new Set(values.map((v) => asLf(v).trim()).filter(Boolean))];
  const uid = clean(asLf(p.uid));
  return contact({
    name: nameText(asLf(p.name))!,
    ...(uid ? { uid } : {}),
    company: clean(asLf(p.company ?? "")),
    title: clean(asLf(p.title ?? "")),
    emails: list(p.emails),
    phones: list(p.phones),
    tags: list(p.tags),
    links: list(p.links),
    note: asLf(p.note ?? "").trim() || null,
    birthday: p.birthday,
    linkedinUrl: p.linkedinUrl,
    needs: p.needs,
    offers: p.offers,
  });
}
