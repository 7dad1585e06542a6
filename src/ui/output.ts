import { colourIsOn } from "./colour.js";
import { forTerminal, jsonForTerminal } from "./visible.js";
import { fitLines, currentWidth } from "./width.js";

// The one place that writes: data on stdout, messages on stderr. What a person reads passes forTerminal; JSON keeps
// the exact text, with the characters JSON.stringify leaves raw escaped (jsonForTerminal).
export function printJson(value: unknown): void {
  process.stdout.write(`${json(value)}\n`);
}

/** JSON.stringify(value, null, 2), safe to print in a terminal. */
function json(value: unknown): string {
  return jsonForTerminal(JSON.stringify(value, null, 2));
}

/** A JSON array written element by element, byte for byte as printJson writes the whole array. */
export function printJsonArray<T>(items: Iterable<T>, toJson: (item: T) => unknown): void {
  printBlocks(jsonArrayBlocks(items, toJson));
}

/**
 * JSON.stringify(array, null, 2) and a newline, in 64 kB blocks, one element at a time: a list of thousands never
 * becomes one long string.
 */
export function* jsonArrayBlocks<T>(items: Iterable<T>, toJson: (item: T) => unknown = (item) => item): Generator<Uint8Array> {
  const blocks = new ByteBlocks();
  yield* elements(blocks, items, toJson, "");
  blocks.add("\n");
  yield blocks.take();
}

/**
 * JSON.stringify(document, null, 2) and a newline, in 64 kB blocks: the document's arrays (an export's people,
 * conversations and the rest) are written one element at a time, and so are its other lists, read as they are written.
 */
export function* jsonDocumentBlocks(document: object): Generator<Uint8Array> {
  const blocks = new ByteBlocks();
  let first = true;
  for (const [key, value] of Object.entries(document)) {
    if (value === undefined) continue;
    blocks.add(`${first ? "{\n" : ",\n"}  ${JSON.stringify(key)}: `);
    first = false;
    if (isList(value)) yield* elements(blocks, value, (item) => item, "  ");
    else blocks.add(indented(json(value), "  "));
  }
  blocks.add(first ? "{}\n" : "\n}\n");
  yield blocks.take();
}

/** An array, or any other list of values (a generator of records): written as a JSON array. */
function isList(value: unknown): value is Iterable<unknown> {
  return Array.isArray(value) || (typeof value === "object" && value !== null && Symbol.iterator in value);
}

/** An array's elements as JSON.stringify lays them out at this indent, handing out each block as it fills. */
function* elements<T>(blocks: ByteBlocks, items: Iterable<T>, toJson: (item: T) => unknown, indent: string): Generator<Uint8Array> {
  let first = true;
  for (const item of items) {
    blocks.add(`${first ? "[\n" : ",\n"}${indent}  ${indented(json(toJson(item)), `${indent}  `)}`);
    first = false;
    const full = blocks.full();
    if (full) yield full;
  }
  blocks.add(first ? "[]" : `\n${indent}]`);
}

/** JSON text moved right: JSON.stringify escapes line breaks inside strings, so every raw one is layout. */
function indented(json: string, indent: string): string {
  return indent === "" ? json : json.replaceAll("\n", `\n${indent}`);
}

/** A line or lines for a person to read, on stdout. */
export function print(text = ""): void {
  process.stdout.write(`${fitLines(forTerminal(text, colourIsOn()), currentWidth())}\n`);
}

/** Blocks written as they come (each ending in its own newline): an export's data as it is, or lines a view already made visible. */
export function printBlocks(blocks: Iterable<string | Uint8Array>): void {
  for (const block of blocks) process.stdout.write(block);
}

/**
 * Data a person reads in the terminal (an export without --out): each line break kept, CRLF shown as one, and every
 * other control made visible, as forTerminal does. Redirected to a file, the same command writes the exact bytes.
 */
export function printBlocksForReading(blocks: Iterable<string | Uint8Array>): void {
  const decoder = new TextDecoder();
  let carried = "";
  const shown = (text: string) => forTerminal(text.replaceAll("\r\n", "\n"), false);
  for (const block of blocks) {
    let text = carried + (typeof block === "string" ? block : decoder.decode(block, { stream: true }));
    // A CR at the end of a block may be the first half of a CRLF.
    carried = text.endsWith("\r") ? "\r" : "";
    if (carried) text = text.slice(0, -1);
    process.stdout.write(shown(text));
  }
  const rest = carried + decoder.decode();
  if (rest) process.stdout.write(shown(rest));
}

const BLOCK_BYTES = 65_536;

/**
 * Lines of a long listing turned into UTF-8 as they come and handed out in blocks of about 64 kB: no string holds
 * the whole block, so nothing has to be joined or flattened before it is written.
 */
export class ByteBlocks {
  private buffer = Buffer.allocUnsafe(2 * BLOCK_BYTES);
  private used = 0;

  /** Adds text. */
  add(text: string): void {
    // A UTF-16 code unit takes at most three bytes.
    const room = 3 * text.length;
    if (this.used + room > this.buffer.length) {
      const larger = Buffer.allocUnsafe(Math.max(2 * BLOCK_BYTES, this.used + room));
      this.buffer.copy(larger, 0, 0, this.used);
      this.buffer = larger;
    }
    this.used += this.buffer.write(text, this.used);
  }

  /** Whether there are 64 kB to write. */
  isFull(): boolean {
    return this.used >= BLOCK_BYTES;
  }

  /** The block to write once there are 64 kB, else nothing. */
  full(): Uint8Array | undefined {
    return this.isFull() ? this.take() : undefined;
  }

  /** What has been added since the last block. */
  take(): Uint8Array {
    const block = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(2 * BLOCK_BYTES);
    this.used = 0;
    return block;
  }
}

/** A message for the person at the terminal (never data): stderr. */
export function say(text: string): void {
  process.stderr.write(`${fitLines(forTerminal(text, colourIsOn()), currentWidth())}\n`);
}
