// Which editor opens a note, as git decides it: $VISUAL, else $EDITOR, else vi. An empty value counts as unset.

export function editorCommand(env: Readonly<Record<string, string | undefined>>): string {
  for (const name of ["VISUAL", "EDITOR"] as const) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return "vi";
}
