import { hasUnprintable } from "./unprintable.js";

// How a person is named in a command we suggest: pasted into a shell, it must be one harmless argument.

/** A word as typed in a POSIX shell: as it is when it holds only letters, digits and - . _ ; else in single quotes, a quote inside as '\''. */
export function shellWord(text: string): string {
  return /^[\p{L}\p{N}._-]+$/u.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

/**
 * The argument that names this person in a suggested command: their name, quoted; their id when the name would not
 * paste as shown, or would be read as an option (it starts with a dash).
 */
export function personArgument(person: { readonly id: number; readonly name: string }): string {
  return hasUnprintable(person.name) || person.name.trim() === "" || person.name.startsWith("-")
    ? String(person.id)
    : shellWord(person.name);
}
