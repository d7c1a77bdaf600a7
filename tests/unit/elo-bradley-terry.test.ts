import { describe, expect, it } from "vitest";
import { computeRatings, computeRatingsApproximate, type ModelRating } from "@/lib/elo/compute-ratings";
import { groupBattles, type BattleInput } from "@/lib/elo/group-battles";
import { seededRandom } from "@/lib/elo/seeded-random";
import type { BattleOutcome } from "@/lib/db/enums";

const TRUE: Record<string, number> = { m1: 1250, m2: 1150, m3: 1100, m4: 1000, m5: 950, m6: 850, m7: 700 };

/** Battles between random pairs, each won with the Bradley–Terry probability of the true ratings. */
function synthetic(n: number, seed: number): BattleInput[] {
  const rand = seededRandom(seed);
  const names = Object.keys(TRUE);
  const out: BattleInput[] = [];
  for (let k = 0; k < n; k++) {
    const a = names[Math.floor(rand() * names.length)] as string;
    let b = a;
    while (b === a) b = names[Math.floor(rand() * names.length)] as string;
    const p = 1 / (1 + 10 ** (((TRUE[b] as number) - (TRUE[a] as number)) / 400));
    out.push({ modelA: a, modelB: b, outcome: rand() < p ? "A" : "B" });
  }
  return out;
}

const byModel = (rows: ModelRating[]) => Object.fromEntries(rows.map((r) => [r.model, r]));
const trueMean = Object.values(TRUE).reduce((s, r) => s + r, 0) / Object.keys(TRUE).length;

describe("computeRatings", () => {
  const battles = synthetic(40_000, 7);

  it("recovers known ratings from synthetic battles (fixed seed) within 15 points, mean 1000", async () => {
    const ratings = byModel(await computeRatings(groupBattles(battles), { rounds: 20, seed: 3 }));
    const mean = Object.values(ratings).reduce((s, r) => s + r.rating, 0) / Object.keys(TRUE).length;
    expect(mean).toBeCloseTo(1000, 6);
    for (const [m, r] of Object.entries(TRUE)) {
      expect(Math.abs((ratings[m] as ModelRating).rating - (r - trueMean + 1000))).toBeLessThan(15);
    }
  });

  it("gives intervals around the estimate that cover the truth for most models", async () => {
    const ratings = byModel(await computeRatings(groupBattles(battles), { rounds: 100, seed: 11 }));
    let covered = 0;
    for (const [m, r] of Object.entries(TRUE)) {
      const e = ratings[m] as ModelRating;
      expect(e.ciLow).toBeLessThan(e.rating);
      expect(e.ciHigh).toBeGreaterThan(e.rating);
      expect(e.ciHigh - e.ciLow).toBeLessThan(40);
      const t = r - trueMean + 1000;
      if (e.ciLow <= t && t <= e.ciHigh) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(5);
  });

  it("is deterministic for a seed and changes with it", async () => {
    const g = groupBattles(battles.slice(0, 5000));
    const a = await computeRatings(g, { rounds: 30, seed: 42 });
    const b = await computeRatings(g, { rounds: 30, seed: 42 });
    const c = await computeRatings(g, { rounds: 30, seed: 43 });
    expect(b).toEqual(a);
    expect(c.map((r) => r.ciLow)).not.toEqual(a.map((r) => r.ciLow));
    expect(c.map((r) => r.rating)).toEqual(a.map((r) => r.rating));
  });

  it("does not change when every battle is written with its sides swapped", async () => {
    const swap: Record<BattleOutcome, BattleOutcome> = { A: "B", B: "A", TIE: "TIE", TIE_BOTHBAD: "TIE_BOTHBAD" };
    const swapped = battles.map((b) => ({ modelA: b.modelB, modelB: b.modelA, outcome: swap[b.outcome] }));
    const a = await computeRatings(groupBattles(battles), { rounds: 0 });
    const b = await computeRatings(groupBattles(swapped), { rounds: 0 });
    a.forEach((r, i) => expect((b[i] as ModelRating).rating).toBeCloseTo(r.rating, 6));
  });

  it("does not change when every count is multiplied (only the intervals narrow)", async () => {
    const g = groupBattles(battles.slice(0, 3000));
    const scaled = { ...g, rows: g.rows.map((r) => ({ ...r, count: r.count * 10 })) };
    const a = await computeRatings(g, { rounds: 60, seed: 5 });
    const b = await computeRatings(scaled, { rounds: 60, seed: 5 });
    a.forEach((r, i) => {
      const s = b[i] as ModelRating;
      expect(s.rating).toBeCloseTo(r.rating, 6);
      // Ten times the data: intervals about √10 ≈ 3.2 times narrower (bootstrap noise aside).
      expect(s.ciHigh - s.ciLow).toBeLessThan((r.ciHigh - r.ciLow) * 0.6);
      expect(s.votes).toBe(r.votes * 10);
    });
  });

  it("gives each model the same rating under other names", async () => {
    const rename = (m: string) => `z-${String(100 - Number(m.slice(1)))}`;
    const renamed = battles.map((b) => ({ ...b, modelA: rename(b.modelA), modelB: rename(b.modelB) }));
    const a = byModel(await computeRatings(groupBattles(battles), { rounds: 0 }));
    const b = byModel(await computeRatings(groupBattles(renamed), { rounds: 0 }));
    for (const m of Object.keys(TRUE)) expect((b[rename(m)] as ModelRating).rating).toBeCloseTo((a[m] as ModelRating).rating, 6);
  });

  it("counts a tie as half a win for each side", async () => {
    const ties = groupBattles([
      { modelA: "x", modelB: "y", outcome: "A", count: 30 },
      { modelA: "y", modelB: "z", outcome: "A", count: 20 },
      { modelA: "x", modelB: "z", outcome: "B", count: 10 },
      { modelA: "x", modelB: "y", outcome: "TIE", count: 8 },
      { modelA: "y", modelB: "z", outcome: "TIE_BOTHBAD", count: 6 },
    ]);
    const halves = groupBattles([
      { modelA: "x", modelB: "y", outcome: "A", count: 34 },
      { modelA: "x", modelB: "y", outcome: "B", count: 4 },
      { modelA: "y", modelB: "z", outcome: "A", count: 23 },
      { modelA: "y", modelB: "z", outcome: "B", count: 3 },
      { modelA: "x", modelB: "z", outcome: "B", count: 10 },
    ]);
    const a = await computeRatings(ties, { rounds: 0 });
    const b = await computeRatings(halves, { rounds: 0 });
    a.forEach((r, i) => expect((b[i] as ModelRating).rating).toBeCloseTo(r.rating, 6));
    // Two models that only ever tie are rated the same.
    const even = await computeRatings(groupBattles([{ modelA: "p", modelB: "q", outcome: "TIE", count: 5 }]), { rounds: 0 });
    expect(even.map((r) => r.rating)).toEqual([1000, 1000]);
  });

  it("puts the expected win rate in the rating gap: 400 points is 10:1 odds", async () => {
    const r = await computeRatings(groupBattles([
      { modelA: "a", modelB: "b", outcome: "A", count: 1000 },
      { modelA: "a", modelB: "b", outcome: "B", count: 100 },
    ]), { rounds: 0 });
    // To 1e-4 points: the fit's tiny ridge (lib/elo/fit-bradley-terry.ts) moves it by about 1e-6.
    expect((r[0] as ModelRating).rating - (r[1] as ModelRating).rating).toBeCloseTo(400, 4);
    expect((r[0] as ModelRating).rating + (r[1] as ModelRating).rating).toBeCloseTo(2000, 6);
  });

  it("fixes an anchored model at its rating, shifting the others by the same amount", async () => {
    const g = groupBattles(battles);
    const free = byModel(await computeRatings(g, { rounds: 0 }));
    const anchored = byModel(await computeRatings(g, { rounds: 10, anchor: { model: "m4", rating: 1200 } }));
    expect((anchored.m4 as ModelRating).rating).toBeCloseTo(1200, 9);
    // Every round is anchored too: the anchor's interval has no width.
    expect((anchored.m4 as ModelRating).ciHigh - (anchored.m4 as ModelRating).ciLow).toBeCloseTo(0, 9);
    const shift = 1200 - (free.m4 as ModelRating).rating;
    for (const m of Object.keys(TRUE)) expect((anchored[m] as ModelRating).rating).toBeCloseTo((free[m] as ModelRating).rating + shift, 6);
    await expect(computeRatings(g, { anchor: { model: "nobody", rating: 1 } })).rejects.toThrow(/no battles/);
  });

  it("ranks with uncertainty: models with overlapping intervals share a rank", async () => {
    const few = groupBattles(synthetic(600, 9));
    const rows = await computeRatings(few, { rounds: 50, seed: 2 });
    for (const r of rows) {
      const clearlyAbove = rows.filter((o) => o.ciLow > r.ciHigh).length;
      expect(r.rank).toBe(1 + clearlyAbove);
    }
    expect(new Set(rows.map((r) => r.rank)).size).toBeLessThan(rows.length);
  });

  it("gives the information-based interval close to the bootstrap one", async () => {
    const g = groupBattles(battles);
    const boot = byModel(await computeRatings(g, { rounds: 200, seed: 1 }));
    for (const r of computeRatingsApproximate(g)) {
      const b = boot[r.model] as ModelRating;
      expect(r.rating).toBeCloseTo(b.rating, 9);
      const width = r.ciHigh - r.ciLow;
      expect(width / (b.ciHigh - b.ciLow)).toBeGreaterThan(0.7);
      expect(width / (b.ciHigh - b.ciLow)).toBeLessThan(1.4);
    }
  });

  it("stays finite when a model never lost", async () => {
    const rows = await computeRatings(groupBattles([
      { modelA: "a", modelB: "b", outcome: "A", count: 5 },
      { modelA: "b", modelB: "c", outcome: "A", count: 3 },
      { modelA: "c", modelB: "b", outcome: "A", count: 2 },
    ]), { rounds: 5 });
    for (const r of rows) expect(Number.isFinite(r.rating) && Number.isFinite(r.ciLow) && Number.isFinite(r.ciHigh)).toBe(true);
    expect((rows[0] as ModelRating).rating).toBeGreaterThan((rows[1] as ModelRating).rating);
  });
});
