// Every expected failure is an ExitError; src/cli.ts turns it into a message and an exit code.
// 1: the journal or the file system failed. 2: the command line was wrong (bad flag or value, unknown person).
// 130: the user cancelled a prompt (Esc or Ctrl-C), as a shell reports a command stopped by Ctrl-C.
export class ExitError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 | 130,
    readonly hint?: string,
  ) {
    super(message);
    this.name = "ExitError";
  }
}

export function usageError(message: string, hint?: string): ExitError {
  return new ExitError(message, 2, hint);
}

export function journalError(message: string, hint?: string): ExitError {
  return new ExitError(message, 1, hint);
}
