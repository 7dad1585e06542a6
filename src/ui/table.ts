import Table from "cli-table3";

/** A borderless table, aligned for reading in a terminal; cells are plain strings. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], align?: readonly ("left" | "right")[]): string {
  const t = new Table({
    head: [...head],
    chars: {
      top: "", "top-mid": "", "top-left": "", "top-right": "",
      bottom: "", "bottom-mid": "", "bottom-left": "", "bottom-right": "",
      left: "", "left-mid": "", mid: "", "mid-mid": "",
      right: "", "right-mid": "", middle: "  ",
    },
    style: { head: [], border: [], "padding-left": 0, "padding-right": 0 },
    ...(align ? { colAligns: [...align] } : {}),
  });
  for (const row of rows) t.push([...row]);
  return t.toString();
}
