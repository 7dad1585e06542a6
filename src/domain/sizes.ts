/** How big a favour or an ask is. */
export type SizeName = "small" | "medium" | "large";

// How much a favour weighs in the balance: one place for these numbers (docs/depth.md shows them too).
export const SIZES: readonly SizeName[] = ["small", "medium", "large"];
export const SIZE_WEIGHT: Readonly<Record<SizeName, number>> = { small: 1, medium: 2, large: 4 };

export function parseSize(input: string): SizeName | null {
  const text = input.trim().toLowerCase();
  const aliases: Record<string, SizeName> = { s: "small", m: "medium", l: "large", big: "large" };
  return (SIZES as readonly string[]).includes(text) ? (text as SizeName) : (aliases[text] ?? null);
}
