// A small bar chart for the terminal, one row per label, drawn with unicode eighth blocks.
const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

export function barChart(rows: readonly { label: string; value: number }[], width = 30): string {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const labelWidth = Math.max(0, ...rows.map((r) => r.label.length));
  const valueWidth = Math.max(1, ...rows.map((r) => String(r.value).length));
  return rows
    .map((r) => {
      const eighths = Math.round((r.value / max) * width * 8);
      const bar = "█".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
      return `${r.label.padEnd(labelWidth)}  ${String(r.value).padStart(valueWidth)} ${bar}`;
    })
    .join("\n");
}
