import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { editorCommand } from "../domain/editor.js";
import { ExitError } from "../errors.js";

// A note written in the user's editor: a private temp file, the editor on the terminal, the text read back.

/**
 * Opens $VISUAL, else $EDITOR, else vi on `initial` and returns what was saved, minus trailing whitespace. Nothing
 * saved (only whitespace) or an editor that fails is exit 1, so that the caller writes nothing.
 */
export async function editText(initial: string, name = "note"): Promise<string> {
  const editor = editorCommand(process.env);
  // mkdtemp makes the directory 0700: nobody else can read the note while it is open.
  const dir = await mkdtemp(join(tmpdir(), "net-edit-"));
  try {
    const file = join(dir, `${name}.txt`);
    await writeFile(file, initial === "" ? "" : `${initial}\n`, { mode: 0o600 });
    const result = await runEditor(editor, file);
    if (result.error)
      throw new ExitError(`the editor "${editor}" could not be started (${result.error}); nothing was written`, 1, EDITOR_HINT);
    if (result.code !== 0)
      throw new ExitError(
        `the editor "${editor}" ${result.signal ? `was stopped by ${result.signal}` : `exited with code ${result.code}`}; nothing was written`,
        1,
        EDITOR_HINT,
      );
    const text = (await readFile(file, "utf8")).trimEnd();
    if (text.trim() === "") throw new ExitError("cancelled: empty note; nothing was written", 1);
    return text;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const EDITOR_HINT = 'Set VISUAL or EDITOR to an editor that waits until you close the file, e.g. EDITOR="code --wait".';

interface EditorResult {
  readonly code: number | null;
  readonly signal: string | null;
  readonly error?: string;
}

/** The editor command may carry arguments ("code --wait"): the shell splits it, as git does. */
function runEditor(editor: string, file: string): Promise<EditorResult> {
  return new Promise((resolve) => {
    const child = spawn("sh", ["-c", `${editor} "$@"`, editor, file], { stdio: "inherit" });
    child.on("error", (e) => resolve({ code: null, signal: null, error: e.message }));
    child.on("exit", (code, signal) => resolve({ code, signal }));
  });
}
