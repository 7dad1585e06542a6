import { ExitError } from "../errors.js";
import { visible } from "./visible.js";

// The only module that talks to @inquirer/prompts; it is loaded only when a prompt is really shown.

export interface Choice<T> {
  readonly name: string;
  readonly value: T;
  readonly description?: string;
  /** Shown but cannot be picked; the text says why. */
  readonly disabled?: string;
}

/** Ctrl-C or Esc at any prompt: nothing was written, and the user is told so in one line. */
export class PromptCancelled extends ExitError {
  constructor(message = "cancelled; nothing was changed") {
    super(message, 1);
  }
}

async function asked<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (e) {
    if ((e as Error)?.name === "ExitPromptError" || (e as Error)?.name === "AbortPromptError") throw new PromptCancelled();
    throw e;
  }
}

/** A choice as the prompt draws it: names and notes from the journal made visible (inquirer writes to the terminal itself). */
function shownChoice<T>(c: Choice<T>) {
  return {
    ...c,
    name: visible(c.name),
    ...(c.description !== undefined ? { description: visible(c.description) } : {}),
    ...(c.disabled !== undefined ? { disabled: visible(c.disabled) } : {}),
  };
}

export async function choose<T>(message: string, choices: readonly Choice<T>[]): Promise<T> {
  const { select } = await import("@inquirer/prompts");
  return asked(select({ message: visible(message), choices: choices.map(shownChoice) }));
}

export async function confirm(message: string, initial = false): Promise<boolean> {
  const { confirm } = await import("@inquirer/prompts");
  return asked(confirm({ message: visible(message), default: initial }));
}

export async function ask(
  message: string,
  options: { initial?: string; validate?: (value: string) => string | true } = {},
): Promise<string> {
  const { input } = await import("@inquirer/prompts");
  return asked(
    input({
      message: visible(message),
      ...(options.initial !== undefined ? { default: options.initial } : {}),
      ...(options.validate ? { validate: options.validate } : {}),
    }),
  );
}

/** Search-as-you-type: `source` is called with what has been typed so far. */
export async function searchFor<T>(
  message: string,
  source: (term: string | undefined) => Promise<readonly Choice<T>[]> | readonly Choice<T>[],
): Promise<T> {
  const { search } = await import("@inquirer/prompts");
  return asked(search({ message: visible(message), source: async (term) => (await source(term)).map(shownChoice) }));
}
