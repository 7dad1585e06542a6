import { describe, expect, it } from "vitest";
import { progressBar } from "../../src/ui/progress.js";

function recorder() {
  const written: string[] = [];
  return { written, stream: { write: (text: string) => written.push(text) } };
}

describe("the import progress bar", () => {
  it("draws nothing when stderr is not a terminal", () => {
    const { written, stream } = recorder();
    const bar = progressBar({ stderrIsTTY: false }, "Importing", stream);
    bar.update(0, 10);
    bar.update(10, 10);
    bar.finish();
    expect(written).toEqual([]);
  });

  it("on a terminal draws over itself, once per percent, and clears its line at the end", () => {
    const { written, stream } = recorder();
    const bar = progressBar({ stderrIsTTY: true }, "Importing", stream);
    bar.update(0, 200);
    bar.update(1, 200);
    bar.update(100, 200);
    bar.update(200, 200);
    bar.finish();
    expect(written).toEqual([
      `\rImporting [${"-".repeat(30)}]   0% 0/200`,
      `\rImporting [${"#".repeat(15)}${"-".repeat(15)}]  50% 100/200`,
      `\rImporting [${"#".repeat(30)}] 100% 200/200`,
      "\r\x1b[K",
    ]);
  });

  it("an empty import shows nothing and clears nothing", () => {
    const { written, stream } = recorder();
    progressBar({ stderrIsTTY: true }, "Importing", stream).finish();
    expect(written).toEqual([]);
  });
});
