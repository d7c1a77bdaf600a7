/**
 * The user asked for something the CLI cannot parse (unknown command, bad or
 * missing flag). Exits 2, like other Unix tools, so scripts can tell a typo
 * from a failure of the operation itself (exit 1).
 */
export class CliUsageError extends Error {
  override name = "CliUsageError";
  readonly exitCode = 2;
}
