/** Where a command writes. Tests pass a collector; the script passes the process streams. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Redraws one status line in place on stderr; present only when stderr is a terminal. */
  status?(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
  // \r plus "erase line": the next status overwrites this one instead of scrolling.
  status: process.stderr.isTTY ? (line) => void process.stderr.write(`\r\x1b[2K${line}`) : undefined,
};

export interface CliCommand {
  /** The words that select it, e.g. ["user", "create"]. */
  words: readonly string[];
  /** Synopsis after the command words, e.g. "--email E [--name N]". */
  synopsis: string;
  summary: string;
  /** Option lines shown by `mw help <command>`. */
  details?: readonly string[];
  /** Runs with the arguments after the command words; throws to fail. */
  run(args: string[], io: CliIo): Promise<void>;
}
