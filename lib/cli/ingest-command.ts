import { z } from "zod";
import { runIngestOnce } from "../news/ingest/run-ingest-once";
import type { CliCommand } from "./cli-command";
import { CliUsageError } from "./cli-usage-error";
import { formatIngestBar, formatIngestLine, formatIngestSummary } from "./format-ingest-report";
import { openCliDatabase } from "./open-cli-database";
import { parseCommandFlags, validateFlags } from "./parse-command-flags";

const DEFAULT_CONCURRENCY = 8;

const flagOptions = {
  once: { type: "boolean" },
  concurrency: { type: "string" },
} as const;

const ingestFlagsSchema = z.object({
  once: z.literal(true),
  concurrency: z.coerce.number().int().min(1, "must be at least 1").max(64, "must be at most 64").default(DEFAULT_CONCURRENCY),
});

/** Parses and validates `ingest` arguments without touching the database. */
export function parseIngestFlags(args: string[]): z.output<typeof ingestFlagsSchema> {
  const values = parseCommandFlags(args, flagOptions);
  // Only one-shot runs exist for now; a bare `ingest` must not look like a worker that started.
  if (!values.once) throw new CliUsageError("Missing --once.");
  return validateFlags(ingestFlagsSchema, values);
}

export const ingestCommand: CliCommand = {
  words: ["ingest"],
  synopsis: "--once [--concurrency N]",
  summary: "Fetch every due feed once, with progress on stderr and a summary table at the end.",
  details: [
    "--once           fetch the feeds that are due now, then exit",
    `--concurrency N  feeds fetched at the same time (default ${DEFAULT_CONCURRENCY})`,
  ],
  async run(args, io) {
    const flags = parseIngestFlags(args);
    const handle = await openCliDatabase(io);
    const results = await runIngestOnce(handle.db, {
      concurrency: flags.concurrency,
      onProgress: (p) => (io.status ? io.status(formatIngestBar(p)) : io.err(formatIngestLine(p))),
    });
    if (io.status && results.length > 0) io.err("");
    for (const line of formatIngestSummary(results)) io.out(line);
  },
};
