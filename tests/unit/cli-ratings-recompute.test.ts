import { describe, expect, it } from "vitest";
import { parseRatingsRecomputeFlags } from "@/lib/cli/ratings-recompute-command";
import { CliUsageError } from "@/lib/cli/cli-usage-error";

describe("mw ratings recompute flags", () => {
  it("needs --leaderboard and reads an anchor as model=rating", () => {
    expect(() => parseRatingsRecomputeFlags([])).toThrow(CliUsageError);
    expect(parseRatingsRecomputeFlags(["--leaderboard", "t2v", "--anchor", "seedance-2-0=1250", "--rounds", "20", "--seed", "7"])).toEqual({
      leaderboard: "t2v",
      anchor: { model: "seedance-2-0", rating: 1250 },
      rounds: 20,
      seed: 7,
    });
  });

  it("refuses a malformed anchor, a negative round count and unknown flags", () => {
    expect(() => parseRatingsRecomputeFlags(["--leaderboard", "t2v", "--anchor", "seedance"])).toThrow(/--anchor/);
    expect(() => parseRatingsRecomputeFlags(["--leaderboard", "t2v", "--rounds", "-1"])).toThrow(/--rounds/);
    expect(() => parseRatingsRecomputeFlags(["--leaderboard", "t2v", "--fast"])).toThrow(CliUsageError);
  });
});
