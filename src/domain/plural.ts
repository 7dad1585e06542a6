// Counts in words: "1 day", "3 days", "2 people".

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
