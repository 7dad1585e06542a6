// A small bar chart for the terminal, one row per label, drawn with unicode eighth blocks.
import { currentWidth } from "./width.js";
const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

export function barChart(rows: readonly { label: string; value: number }[], longest = 30, line = currentWidth()): string {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const labelWidth = Math.max(0, ...rows.map((r) => r.label.length));
  const valueWidth = Math.max(1, ...rows.map((r) => String(r.value).length));
  // On a narrow line the bars get shorter, never the labels.
  const width = Math.max(1, Math.min(longest, line - labelWidth - valueWidth - 3));
  return rows
    .map((r) => {
      const eighths = Math.round((r.value / max) * width * 8);
      const bar = "█".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
      return `${r.label.padEnd(labelWidth)}  ${String(r.value).padStart(valueWidth)} ${bar}`.trimEnd();
    })
    .join("\n");
}
