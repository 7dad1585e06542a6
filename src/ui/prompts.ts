// The only module that talks to @inquirer/prompts; it is loaded only when a prompt is really shown.
export interface Choice<T> {
  readonly name: string;
  readonly value: T;
  readonly description?: string;
}

export async function choose<T>(message: string, choices: readonly Choice<T>[]): Promise<T> {
  const { select } = await import("@inquirer/prompts");
  return select({ message, choices: choices.map((c) => ({ ...c })) });
}

export async function confirm(message: string, initial = false): Promise<boolean> {
  const { confirm } = await import("@inquirer/prompts");
  return confirm({ message, default: initial });
}

export async function ask(message: string, options: { initial?: string; validate?: (value: string) => string | true } = {}): Promise<string> {
  const { input } = await import("@inquirer/prompts");
  return input({ message, ...(options.initial !== undefined ? { default: options.initial } : {}), ...(options.validate ? { validate: options.validate } : {}) });
}

/** Search-as-you-type: `source` is called with what has been typed so far. */
export async function searchFor<T>(message: string, source: (term: string | undefined) => Promise<readonly Choice<T>[]> | readonly Choice<T>[]): Promise<T> {
  const { search } = await import("@inquirer/prompts");
  return search({ message, source: async (term) => (await source(term)).map((c) => ({ ...c })) });
}
