import type { CliCommand } from "./cli-command";

const INVOCATION = "npm run mw --";

/** The overview `mw help` prints: every command with its synopsis. */
export function formatUsage(commands: readonly CliCommand[]): string {
  const lines = commands.map((c) => {
    const head = [...c.words, c.synopsis].filter(Boolean).join(" ");
    return `  ${head}\n      ${c.summary}`;
  });
  return [
    `Usage: ${INVOCATION} <command> [flags]`,
    "",
    "Commands:",
    ...lines,
    "  help [command]",
    "      Show this text, or one command's flags.",
    "",
    "The database is the embedded PGlite under MODELWATCH_DATA_DIR (default ./data),",
    "or the PostgreSQL server at DATABASE_URL when it is set. Every command applies",
    "pending migrations first. Set MW_DEBUG=1 to see stack traces.",
  ].join("\n");
}

/** What `mw help <command>` and `mw <command> --help` print. */
export function formatCommandUsage(command: CliCommand): string {
  const head = [INVOCATION, ...command.words, command.synopsis].filter(Boolean).join(" ");
  return [`Usage: ${head}`, "", command.summary, ...(command.details?.length ? ["", ...command.details.map((d) => `  ${d}`)] : [])].join(
    "\n",
  );
}
