import type { BattleInput } from "./group-battles";
import { RATING_BASE, RATING_MEAN, RATING_SCALE } from "./rating-scale";

export interface OnlineEloOptions {
  k?: number;
  initial?: number;
}

/**
 * Online Elo, the arenas' earlier method: every battle, in the order given
 * (oldest first), moves both ratings by K × (score − expected score), a tie
 * scoring ½. Order-dependent and without intervals, which is why Bradley–Terry
 * replaced it; kept as an alternative method.
 */
export function onlineElo(battles: Iterable<BattleInput>, options: OnlineEloOptions = {}): Map<string, number> {
  const k = options.k ?? 4;
  const initial = options.initial ?? RATING_MEAN;
  const ratings = new Map<string, number>();
  for (const bt of battles) {
    const ra = ratings.get(bt.modelA) ?? initial;
    const rb = ratings.get(bt.modelB) ?? initial;
    const expectedA = 1 / (1 + Math.pow(RATING_BASE, (rb - ra) / RATING_SCALE));
    const scoreA = bt.outcome === "A" ? 1 : bt.outcome === "B" ? 0 : 0.5;
    ratings.set(bt.modelA, ra + k * (scoreA - expectedA));
    ratings.set(bt.modelB, rb + k * (1 - scoreA - (1 - expectedA)));
  }
  return ratings;
}
