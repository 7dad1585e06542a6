// The one place that writes: data on stdout, messages on stderr.
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function print(text = ""): void {
  process.stdout.write(`${text}\n`);
}

/** Data handed out in blocks (each ending in its own newline), written as they come. */
export function printBlocks(blocks: Iterable<string>): void {
  for (const block of blocks) process.stdout.write(block);
}

/** A message for the person at the terminal (never data): stderr. */
export function say(text: string): void {
  process.stderr.write(`${text}\n`);
}
