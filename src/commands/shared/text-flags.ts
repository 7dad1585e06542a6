import { lineProblem, nameProblem, noteProblem, trimInvisible } from "../../domain/input.js";
import { usageError } from "../../errors.js";

// Names and free text typed on the command line, held to the rules in domain/input.ts; a value that breaks them is a usage error.

/** A person's name as typed, trimmed of whitespace and invisible characters. `flag` is where it came from (--name); omit it for an argument. */
export function validName(name: string, flag?: string): string {
  const how = flag ? `${flag} 'Ana Souza'` : "net add 'Ana Souza'";
  const problem = nameProblem(name);
  if (problem === null) return trimInvisible(name);
  if (problem.kind === "empty") throw usageError("a person needs a name", `Pass it like: ${how}.`);
  if (problem.kind === "invisible") throw usageError(`a person needs a name; the one given ${problem.words}`, `Pass it like: ${how}.`);
  if (problem.kind === "id") throw usageError(`"${trimInvisible(name)}" ${problem.words}`, `Give the person's name, like: ${how}.`);
  throw usageError(`${flag ?? "the name"} ${problem.words}`, `Give the person's name, like: ${how}.`);
}

/** A note or another free text for `flag`, trimmed; null when empty. */
export function noteText(value: string, flag: string): string | null {
  const problem = noteProblem(value);
  if (problem) throw usageError(`${flag} ${problem}`, "Shorten it; a longer text belongs in a file of its own, named in the note.");
  return value.trim() === "" ? null : value.trim();
}

/** A one-line field (company, title, tag…) for `flag`, trimmed; null when empty. */
export function lineText(value: string, flag: string): string | null {
  const problem = lineProblem(value);
  if (problem)
    throw usageError(
      `${flag} ${problem}`,
      problem.includes("line break")
        ? "Put it on one line; a note (--note) can have several."
        : "Shorten it; longer text belongs in --note.",
    );
  return value.trim() === "" ? null : value.trim();
}

/** --edit and another way to give the same text (--note, the words after the name) cannot both be given. */
export function refuseEditWith(edit: boolean | undefined, given: boolean, other: string): void {
  if (edit && given)
    throw usageError(
      `--edit and ${other} cannot both be given; nothing was written`,
      `Write the text in your editor (--edit) or pass it with ${other}, not both.`,
    );
}

/** A text written in the user's editor (--edit), starting from `current`; the editor module loads only here. */
export async function editedText(current: string | null, what: string): Promise<string> {
  const { editText } = await import("../../ui/editor.js");
  const text = await editText(current ?? "");
  const problem = noteProblem(text);
  if (problem)
    throw usageError(
      `${what} ${problem}; nothing was written`,
      "Shorten it; a longer text belongs in a file of its own, named in the note.",
    );
  return text;
}
