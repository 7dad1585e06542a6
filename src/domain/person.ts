import { isIsoDate } from "./dates.js";

// A person as the rest of the program sees them, and how their contact details are compared.
export interface Person {
  readonly id: number;
  readonly name: string;
  readonly company: string | null;
  readonly title: string | null;
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly tags: readonly string[];
  readonly links: readonly string[];
  /** What they are looking for, as short phrases, in the order written down. */
  readonly needs: readonly string[];
  /** What they can offer. */
  readonly offers: readonly string[];
  /** How or where you met, in the user's words. */
  readonly met: string | null;
  /** When the relationship started (a LinkedIn "Connected On", or --met-on). */
  readonly metOn: string | null;
  readonly note: string | null;
  readonly cadenceDays: number | null;
  readonly archived: boolean;
  /** YYYY-MM-DD, or --MM-DD when the year is unknown. */
  readonly birthday: string | null;
  readonly linkedinUrl: string | null;
  readonly createdOn: string;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function normaliseTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, "-");
}

/** The digits that identify a phone number, ignoring formatting and a country prefix: the last ten. */
export function phoneKey(phone: string): string {
  return phone.replace(/\D+/g, "").slice(-10);
}

/** A birthday from YYYY-MM-DD, MM-DD or --MM-DD; stored as YYYY-MM-DD or --MM-DD. */
export function parseBirthday(input: string): string | null {
  const text = input.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return birthdayOn(m[1]!, m[2]!, m[3]!);
  m = /^(?:--)?(\d{1,2})-(\d{1,2})$/.exec(text);
  return m ? birthdayOn(null, m[1]!.padStart(2, "0"), m[2]!.padStart(2, "0")) : null;
}

/** A birthday from its digits, or null when there is no such day: 29 February only in a leap year, or without a year. */
export function birthdayOn(year: string | null, month: string, day: string): string | null {
  if (year !== null) return isIsoDate(`${year}-${month}-${day}`) ? `${year}-${month}-${day}` : null;
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const [mm, dd] = [Number(month), Number(day)];
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= days[mm - 1]! ? `--${month}-${day}` : null;
}

/** Someone cannot have been born after today; a birthday without a year never is. */
export function bornAfter(birthday: string, today: string): boolean {
  return !birthday.startsWith("--") && birthday > today;
}
