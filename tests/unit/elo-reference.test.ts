import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { computeRatings } from "@/lib/elo/compute-ratings";
import { groupBattles, type BattleInput } from "@/lib/elo/group-battles";
import type { BattleOutcome } from "@/lib/db/enums";

// The expected figures were produced by tests/fixtures/elo-reference/reference.py
// (python3 + numpy + scipy, run by hand and committed with its output): the
// public arenas' logistic-regression formulation of Bradley–Terry (LMArena's
// compute_mle_elo: ±ln 10 design, every battle twice, a tie one win and one
// loss, no intercept, no penalty), solved by scipy's L-BFGS-B — the solver
// sklearn's LogisticRegression uses — over the same 6,000 battles that script
// wrote to battles.csv. Nothing here shares code with lib/elo.
const dir = path.join(__dirname, "../fixtures/elo-reference");
const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as {
  converged: boolean;
  ratings: Record<string, number>;
  anchoredModelE1050: Record<string, number>;
};
const WINNER: Record<string, BattleOutcome> = { model_a: "A", model_b: "B", tie: "TIE", "tie (bothbad)": "TIE_BOTHBAD" };
const battles: (BattleInput & { count: number })[] = readFileSync(path.join(dir, "battles.csv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [modelA, modelB, winner, count] = line.split(",") as [string, string, string, string];
    return { modelA, modelB, outcome: WINNER[winner] as BattleOutcome, count: Number(count) };
  });

describe("Bradley–Terry against the reference logistic regression", () => {
  it("uses a reference that converged on the committed battles", () => {
    expect(expected.converged).toBe(true);
    expect(battles.reduce((s, b) => s + b.count, 0)).toBe(6000);
  });

  it("agrees within 0.5 rating points, mean 1000", async () => {
    const ratings = await computeRatings(groupBattles(battles), { rounds: 0 });
    expect(ratings.map((r) => r.model).sort()).toEqual(Object.keys(expected.ratings).sort());
    for (const r of ratings) expect(Math.abs(r.rating - (expected.ratings[r.model] as number))).toBeLessThan(0.5);
  });

  it("agrees within 0.5 points with a model anchored at a rating", async () => {
    const ratings = await computeRatings(groupBattles(battles), { rounds: 0, anchor: { model: "model-e", rating: 1050 } });
    for (const r of ratings) expect(Math.abs(r.rating - (expected.anchoredModelE1050[r.model] as number))).toBeLessThan(0.5);
  });
});
