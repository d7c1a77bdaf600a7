import { reparseSource } from "../sources/reparse-source";
import type { CliCommand } from "./cli-command";
import { openCliDatabase } from "./open-cli-database";
import { parseCommandFlags, requireFlags } from "./parse-command-flags";

export const sourcesReparseCommand: CliCommand = {
  words: ["sources", "reparse"],
  synopsis: "--source ID",
  summary: "Read every stored version of a source again (after an adapter fix or a corrected selector) and rewrite its snapshots.",
  details: ["--source ID  the leaderboard source (GET /api/v1/leaderboards/{slug}/sources lists the ids)"],
  async run(args, io) {
    const flags = parseCommandFlags(args, { source: { type: "string" } });
    requireFlags(flags, ["source"]);
    const handle = await openCliDatabase(io);
    const results = await reparseSource(handle.db, flags.source!, (r) =>
      io.err(`${r.versionDate.toISOString().slice(0, 10)}: ${r.status === "reparsed" ? `${r.entries} entries, ${r.unmatched} unmatched` : `error: ${r.error}`}`),
    );
    const failed = results.filter((r) => r.status === "error").length;
    io.out(`${results.length - failed} versions re-read, ${failed} could not be read.`);
  },
};
