import type { Context } from "../context.js";

// A progress bar on stderr, drawn only when stderr is a terminal (never in pipes, files or tests).

export interface ProgressBar {
  update(done: number, total: number): void;
  finish(): void;
}

/** Where the bar is drawn: stderr, or a stand-in in tests. */
export interface BarStream {
  write(text: string): unknown;
}

const WIDTH = 30;

export function progressBar(ctx: Pick<Context, "stderrIsTTY">, label: string, stream: BarStream = process.stderr): ProgressBar {
  if (!ctx.stderrIsTTY) return { update() {}, finish() {} };
  let shown = -1;
  let drawn = false;
  return {
    update(done, total) {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (percent === shown) return;
      shown = percent;
      drawn = true;
      const filled = Math.round((percent / 100) * WIDTH);
      stream.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${String(percent).padStart(3)}% ${done}/${total}`);
    },
    finish() {
      if (drawn) stream.write("\r\x1b[K");
    },
  };
}
