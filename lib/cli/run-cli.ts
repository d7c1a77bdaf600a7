import { ZodError } from "zod";
import { closeDb } from "../db";
import { DataDirInUseError } from "../db/data-dir-lock";
import { EnvError, getEnv } from "../env";
import { DomainError } from "../errors";
import { getLogger } from "../log/logger";
import { DuplicateEmailError, UserDisabledError, UserNotFoundError } from "../auth/auth-errors";
import type { CliCommand, CliIo } from "./cli-command";
import { CliUsageError } from "./cli-usage-error";
import { dbMigrateCommand, dbSeedCommand } from "./db-commands";
import { deliverCommand } from "./deliver-command";
import { ingestCommand } from "./ingest-command";
import { ratingsRecomputeCommand } from "./ratings-recompute-command";
import { sourcesBackfillCommand } from "./sources-backfill-command";
import { sourcesFetchCommand } from "./sources-fetch-command";
import { sourcesReparseCommand } from "./sources-reparse-command";
import { formatFlagIssues } from "./parse-command-flags";
import { tokenCreateCommand } from "./token-create-command";
import { formatCommandUsage, formatUsage } from "./usage-text";
import { userCreateCommand } from "./user-create-command";
import { workerCommand } from "./worker-command";

export const cliCommands: readonly CliCommand[] = [
  dbMigrateCommand,
  dbSeedCommand,
  userCreateCommand,
  tokenCreateCommand,
  ingestCommand,
  workerCommand,
  ratingsRecomputeCommand,
  deliverCommand,
  sourcesFetchCommand,
  sourcesBackfillCommand,
  sourcesReparseCommand,
];

const HELP_FLAGS = new Set(["--help", "-h"]);

function findCommand(words: readonly string[]): CliCommand | undefined {
  return cliCommands.find((c) => c.words.every((w, i) => words[i] === w));
}

/**
 * Runs one `mw` invocation and returns its exit code: 0 success, 1 the
 * operation failed, 2 the command line was wrong. Never throws, and always
 * closes the database, because an open PGlite keeps Node running.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = [...argv];
  if (args.length === 0 || args[0] === "help" || HELP_FLAGS.has(args[0] ?? "")) {
    const topic = args[0] === "help" ? findCommand(args.slice(1)) : undefined;
    io.out(topic ? formatCommandUsage(topic) : formatUsage(cliCommands));
    return 0;
  }
  const command = findCommand(args);
  if (!command) {
    const typed = args.filter((a) => !a.startsWith("-")).slice(0, 2).join(" ");
    io.err(`Unknown command "${typed || args.join(" ")}".`);
    io.err("");
    io.err(formatUsage(cliCommands));
    return 2;
  }
  const rest = args.slice(command.words.length);
  if (rest.some((a) => HELP_FLAGS.has(a))) {
    io.out(formatCommandUsage(command));
    return 0;
  }
  try {
    // Configuration first, so a typo in .env is reported as such rather than
    // as a confusing database failure further on.
    getEnv();
    await command.run(rest, io);
    return 0;
  } catch (err) {
    return reportError(err, command, io);
  } finally {
    await closeDb().catch((err: unknown) => {
      io.err(`Warning: closing the database failed: ${(err as Error).message}`);
    });
  }
}

function reportError(err: unknown, command: CliCommand, io: CliIo): number {
  if (err instanceof CliUsageError) {
    io.err(err.message);
    io.err(`Usage: npm run mw -- ${[...command.words, command.synopsis].filter(Boolean).join(" ")}`);
    return err.exitCode;
  }
  if (err instanceof ZodError) {
    // A domain function refused input the flag schema let through.
    io.err(formatFlagIssues(err));
    return 2;
  }
  const expected =
    err instanceof DataDirInUseError ||
    err instanceof DomainError ||
    err instanceof EnvError ||
    err instanceof DuplicateEmailError ||
    err instanceof UserNotFoundError ||
    err instanceof UserDisabledError;
  const message = err instanceof Error ? err.message : String(err);
  // The person at the terminal gets the message; the operator's log gets the whole error, naming the command.
  if (!expected) getLogger().child({ cli: command.words.join(" ") }).error({ err }, "command failed");
  const debug = process.env.MW_DEBUG === "1";
  io.err(expected ? message : `Error: ${message}${debug ? "" : " (MW_DEBUG=1 shows the stack trace)"}`);
  if (debug && err instanceof Error && err.stack) io.err(err.stack);
  return 1;
}
