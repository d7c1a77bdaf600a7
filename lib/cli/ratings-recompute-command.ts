import { z } from "zod";
import { recomputeRatings } from "../ratings/recompute-ratings";
import type { CliCommand } from "./cli-command";
import { openCliDatabase } from "./open-cli-database";
import { parseCommandFlags, requireFlags, validateFlags } from "./parse-command-flags";

const flagOptions = {
  leaderboard: { type: "string" },
  anchor: { type: "string" },
  rounds: { type: "string" },
  seed: { type: "string" },
} as const;

const flagsSchema = z.object({
  leaderboard: z.string().min(1, "must not be empty"),
  anchor: z
    .string()
    .regex(/^[a-z0-9-]+=-?\d+(\.\d+)?$/, "must be model-slug=rating, e.g. seedance-2-0=1250")
    .transform((s) => {
      const [model, rating] = s.split("=") as [string, string];
      return { model, rating: Number(rating) };
    })
    .optional(),
  rounds: z.coerce.number().int().min(0, "must be at least 0").max(10_000, "must be at most 10000").optional(),
  seed: z.coerce.number().int().min(0, "must be at least 0").max(2 ** 32 - 1, "must fit in 32 bits").optional(),
});

export function parseRatingsRecomputeFlags(args: string[]): z.output<typeof flagsSchema> {
  const values = parseCommandFlags(args, flagOptions);
  requireFlags(values, ["leaderboard"]);
  return validateFlags(flagsSchema, values);
}

export const ratingsRecomputeCommand: CliCommand = {
  words: ["ratings", "recompute"],
  synopsis: "--leaderboard SLUG [--anchor MODEL=RATING] [--rounds N] [--seed N]",
  summary: "Recompute a leaderboard's Bradley–Terry ratings from its battles now, with a progress line.",
  details: [
    "--leaderboard SLUG      the board whose battles to rate",
    "--anchor MODEL=RATING   fix a model at a rating (default: the ratings' mean is 1000)",
    "--rounds N              bootstrap rounds for the 95% intervals (default 100)",
    "--seed N                seed of the resampling (default 1: the same votes give the same intervals)",
  ],
  async run(args, io) {
    const flags = parseRatingsRecomputeFlags(args);
    const handle = await openCliDatabase(io);
    // Without a terminal to redraw on, bootstrap rounds print once per tenth of the run, not each.
    let lastTenth = -1;
    const result = await recomputeRatings(handle.db, flags.leaderboard, {
      anchor: flags.anchor ?? null,
      rounds: flags.rounds,
      seed: flags.seed,
      onProgress: (fraction, message) => {
        const line = `${String(Math.round(fraction * 100)).padStart(3)}%  ${message}`;
        if (io.status) return io.status(line);
        const tenth = Math.floor(fraction * 10);
        if (!message.startsWith("Bootstrap") || tenth !== lastTenth) io.err(line);
        lastTenth = tenth;
      },
    });
    if (io.status) io.err("");
    io.out(
      `${result.leaderboard}: ${result.models} models from ${result.battles} battles, ${result.rounds} bootstrap rounds, ` +
        `${result.historyPoints} weekly history points, anchor ${result.anchor}, captured at ${result.capturedAt}; ` +
        `${result.rankChanges} rank change(s)`,
    );
  },
};
