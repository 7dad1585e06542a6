// The one place that writes: data on stdout, messages on stderr.
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function print(text = ""): void {
  process.stdout.write(`${text}\n`);
}

/** Data handed out in blocks (each ending in its own newline), written as they come. */
export function printBlocks(blocks: Iterable<string | Uint8Array>): void {
  for (const block of blocks) process.stdout.write(block);
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
  process.stderr.write(`${text}\n`);
}
