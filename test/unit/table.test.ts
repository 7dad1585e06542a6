import Table from "cli-table3";
import { describe, expect, it } from "vitest";
import { table } from "../../src/ui/table.js";

// Long tables are padded by hand for speed; they must look exactly like the ones cli-table3 draws (trailing spaces trimmed).

function drawnByCliTable(head: string[], rows: string[][], align: ("left" | "right")[]): string {
  const t = new Table({
    head,
    chars: { top: "", "top-mid": "", "top-left": "", "top-right": "", bottom: "", "bottom-mid": "", "bottom-left": "", "bottom-right": "", left: "", "left-mid": "", mid: "", "mid-mid": "", right: "", "right-mid": "", middle: "  " },
    style: { head: [], border: [], "padding-left": 0, "padding-right": 0 },
    colAligns: align,
  });
  for (const row of rows) t.push(row);
  return t.toString().split("\n").map((line) => line.trimEnd()).join("\n");
}

describe("table", () => {
  it("draws a long table exactly as cli-table3 would, accents, CJK and colour included", () => {
    const names = ["Ana Souza", "José Müller", "山田 太郎", "Zoë\u0301 Ode", "\u001b[33mBen (archived)\u001b[39m", "Chloé 🌱"];
    const rows = Array.from({ length: 450 }, (_, n) => [`#${n + 1} ${names[n % names.length]}`, n % 3 === 0 ? "CTO at Acme" : "", String(n % 97), n % 5 === 0 ? "" : "climate, design"]);
    const head = ["name", "company / title", "depth", "tags"];
    const align: ("left" | "right")[] = ["left", "left", "right", "left"];
    expect(table(head, rows, align)).toBe(drawnByCliTable(head, rows, align));
  });
});
