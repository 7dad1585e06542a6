// What every command is handed by src/cli.ts: the only place that reads the clock, the environment and the terminal.
export interface Context {
  /** Today as YYYY-MM-DD: NET_TODAY if set, else the local date. */
  readonly today: string;
  /** This moment as an ISO 8601 timestamp: when an undo step was written. */
  readonly now: string;
  /** The journal's path (--db, NET_DB, or the user data directory). */
  readonly dbPath: string;
  /** --json: one JSON document on stdout and nothing else there. */
  readonly json: boolean;
  /** Prompts may be shown: stdin and stdout are terminals and --no-input was not given. */
  readonly interactive: boolean;
  /** Colour on stdout: a terminal, no --no-color, NO_COLOR unset or empty. */
  readonly color: boolean;
  /** stdout is a terminal: a person reads what would otherwise be data for a file (an export without --out). */
  readonly stdoutIsTTY: boolean;
  /** Display cells a line of human output may take: the terminal's, else COLUMNS, else Infinity (a pipe). */
  readonly width: number;
  /** stderr is a terminal (progress bars). */
  readonly stderrIsTTY: boolean;
}
