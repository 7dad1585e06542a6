import { emitKeypressEvents } from "node:readline";
import { ExitError } from "../errors.js";
import { visible } from "./visible.js";

// The only module that talks to @inquirer/prompts; it is loaded only when a prompt is really shown.

export interface Choice<T> {
  readonly name: string;
  readonly value: T;
  readonly description?: string;
  /** What the answered prompt shows of the choice, when shorter than its name (the name alone, not what told it apart). */
  readonly short?: string;
  /** Shown but cannot be picked; the text says why. */
  readonly disabled?: string;
}

/** Ctrl-C or Esc at any prompt: nothing was written, and the user is told so in one word, with the shell's exit code for Ctrl-C. */
export class PromptCancelled extends ExitError {
  constructor() {
    super("cancelled", 130);
  }
}

/** What every prompt is given: a signal that Esc aborts (inquirer cancels only on Ctrl-C by itself). */
type Context = { readonly signal: AbortSignal };

/**
 * Runs one prompt and maps its two ways of being cancelled to PromptCancelled: Ctrl-C (ExitPromptError) and Esc
 * (AbortPromptError, from the signal). The prompt is started first: its readline then decodes the keys, so a lone Esc
 * arrives as a keypress once readline's short wait for a longer escape sequence is over.
 */
async function asked<T>(start: (context: Context) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onKey = (_: unknown, key: { name?: string } | undefined) => {
    if (key?.name === "escape") controller.abort();
  };
  try {
    const prompt = start({ signal: controller.signal });
    emitKeypressEvents(process.stdin);
    process.stdin.on("keypress", onKey);
    return await prompt;
  } catch (e) {
    if ((e as Error)?.name === "ExitPromptError" || (e as Error)?.name === "AbortPromptError") throw new PromptCancelled();
    throw e;
  } finally {
    process.stdin.off("keypress", onKey);
  }
}

/** A choice as the prompt draws it: names and notes from the journal made visible (inquirer writes to the terminal itself). */
function shownChoice<T>(c: Choice<T>) {
  return {
    ...c,
    name: visible(c.name),
    ...(c.description !== undefined ? { description: visible(c.description) } : {}),
    ...(c.short !== undefined ? { short: visible(c.short) } : {}),
    ...(c.disabled !== undefined ? { disabled: visible(c.disabled) } : {}),
  };
}

export async function choose<T>(message: string, choices: readonly Choice<T>[]): Promise<T> {
  const { select } = await import("@inquirer/prompts");
  return asked((context) => select({ message: visible(message), choices: choices.map(shownChoice) }, context));
}

export async function confirm(message: string, initial = false): Promise<boolean> {
  const { confirm } = await import("@inquirer/prompts");
  return asked((context) => confirm({ message: visible(message), default: initial }, context));
}

export async function ask(
  message: string,
  options: { initial?: string; validate?: (value: string) => string | true } = {},
): Promise<string> {
  const { input } = await import("@inquirer/prompts");
  return asked((context) =>
    input(
      {
        message: visible(message),
        ...(options.initial !== undefined ? { default: options.initial } : {}),
        ...(options.validate ? { validate: options.validate } : {}),
      },
      context,
    ),
  );
}

/** Search-as-you-type: `source` is called with what has been typed so far. */
export async function searchFor<T>(
  message: string,
  source: (term: string | undefined) => Promise<readonly Choice<T>[]> | readonly Choice<T>[],
): Promise<T> {
  const { search } = await import("@inquirer/prompts");
  return asked((context) => search({ message: visible(message), source: async (term) => (await source(term)).map(shownChoice) }, context));
}
