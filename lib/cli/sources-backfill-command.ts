import { parseArgs } from "node:util";
import { backfillSource } from "../sources/backfill-source";
import { readBackfillDir } from "../sources/read-backfill-dir";
import type { CliCommand } from "./cli-command";
import { CliUsageError } from "./cli-usage-error";
import { openCliDatabase } from "./open-cli-database";
import { requireFlags } from "./parse-command-flags";

export const sourcesBackfillCommand: CliCommand = {
  words: ["sources", "backfill"],
  synopsis: "--source ID DIR",
  summary: "Import a folder of dated versions of a source, oldest first, as if each had been fetched then (a second run adds nothing).",
  details: [
    "--source ID  the leaderboard source (GET /api/v1/leaderboards/{slug}/sources lists the ids)",
    "DIR          files named YYYY-MM-DD…, or a manifest.json of [{ file, date }]",
  ],
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, options: { source: { type: "string" } }, strict: true, allowPositionals: true });
    } catch (error) {
      throw new CliUsageError(`${(error as Error).message.split("\n")[0]}`);
    }
    const flags = parsed.values;
    requireFlags(flags, ["source"]);
    if (parsed.positionals.length !== 1) throw new CliUsageError(parsed.positionals.length ? "Give one DIR." : "Missing DIR, the folder of versions.");
    const dir = parsed.positionals[0]!;
    let files;
    try {
      files = readBackfillDir(dir);
    } catch (error) {
      throw new CliUsageError((error as Error).message);
    }
    const handle = await openCliDatabase(io);
    const results = await backfillSource(handle.db, flags.source!, files, (r) =>
      io.err(`${r.file}: ${r.status === "stored" ? `stored (${r.entries} entries, ${r.unmatched} unmatched)` : "already there"}`),
    );
    const stored = results.filter((r) => r.status === "stored").length;
    io.out(`${stored} versions stored, ${results.length - stored} already there.`);
  },
};
