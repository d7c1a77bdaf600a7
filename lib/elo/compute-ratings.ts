import { betaCovariance, fitBradleyTerry } from "./fit-bradley-terry";
import { countVotes, type GroupedBattles } from "./group-battles";
import { buildPairTable, foldPairCounts } from "./pair-table";
import { quantileSorted } from "./quantile";
import { rankWithUncertainty } from "./rank-with-uncertainty";
import { POINTS_PER_LOGIT, toRatings, type RatingAnchor } from "./rating-scale";
import { buildAliasTable, resampleCounts } from "./resample-counts";
import { seededUint32 } from "./seeded-random";
import { Z95 } from "./win-probability";

export interface ModelRating {
  model: string;
  rating: number;
  ciLow: number;
  ciHigh: number;
  /** Battles the model took part in. */
  votes: number;
  /** Rank with uncertainty among the models given. */
  rank: number;
}

export interface BootstrapOptions {
  anchor?: RatingAnchor | null;
  /** Resampling rounds (default 100). */
  rounds?: number;
  /** Seed of the resampling (default 1): the same seed gives the same intervals. */
  seed?: number;
  /** Called after each round; awaiting it lets a caller yield to its event loop. */
  onRound?: (done: number, rounds: number) => void | Promise<void>;
}

export const DEFAULT_BOOTSTRAP_ROUNDS = 100;

function anchorIndexOf(grouped: GroupedBattles, anchor: RatingAnchor | null | undefined): number | null {
  if (!anchor) return null;
  const i = grouped.models.indexOf(anchor.model);
  if (i < 0) throw new Error(`The anchor model "${anchor.model}" has no battles`);
  return i;
}

function withRanks(grouped: GroupedBattles, rating: Float64Array, low: ArrayLike<number>, high: ArrayLike<number>): ModelRating[] {
  const votes = countVotes(grouped);
  const rows = grouped.models.map((model, i) => ({
    model,
    rating: rating[i] as number,
    ciLow: low[i] as number,
    ciHigh: high[i] as number,
    votes: votes[i] as number,
  }));
  const ranks = rankWithUncertainty(rows);
  return rows.map((r, i) => ({ ...r, rank: ranks[i] as number }));
}

/**
 * Bradley–Terry ratings with 95% bootstrap intervals, as the public arenas
 * compute them: the maximum-likelihood fit on all battles, then `rounds`
 * multinomial resamples of the battles (same total), each refitted; the
 * interval is the 2.5% and 97.5% quantiles of the resampled ratings.
 */
export async function computeRatings(grouped: GroupedBattles, options: BootstrapOptions = {}): Promise<ModelRating[]> {
  const m = grouped.models.length;
  if (m === 0) return [];
  const anchorIndex = anchorIndexOf(grouped, options.anchor);
  const anchorRating = options.anchor?.rating ?? 0;
  const table = buildPairTable(grouped);
  const counts = grouped.rows.map((r) => r.count);
  const beta = fitBradleyTerry(table, foldPairCounts(table, counts));
  const rating = toRatings(beta, anchorIndex, anchorRating);

  const rounds = options.rounds ?? DEFAULT_BOOTSTRAP_ROUNDS;
  const random = seededUint32(options.seed ?? 1);
  const alias = buildAliasTable(counts);
  const samples = Array.from({ length: m }, () => new Float64Array(rounds));
  // One buffer for every round's counts (a row count's worth of doubles, 300 KB at 38,000 rows).
  const drawn = new Float64Array(counts.length);
  for (let r = 0; r < rounds; r++) {
    const resampled = foldPairCounts(table, resampleCounts(alias, random, drawn));
    const round = toRatings(fitBradleyTerry(table, resampled, { start: beta }), anchorIndex, anchorRating);
    for (let i = 0; i < m; i++) (samples[i] as Float64Array)[r] = round[i] as number;
    await options.onRound?.(r + 1, rounds);
  }
  for (const s of samples) s.sort();
  // Without rounds there is no interval to give: a zero-width one at the estimate.
  const low = samples.map((s, i) => (rounds ? quantileSorted(s, 0.025) : (rating[i] as number)));
  const high = samples.map((s, i) => (rounds ? quantileSorted(s, 0.975) : (rating[i] as number)));
  return withRanks(grouped, rating, low, high);
}

/**
 * The same fit with a normal-approximation 95% interval from the observed
 * information instead of a bootstrap: one fit, no resampling. Used for the
 * weekly history series, where a bootstrap per week would cost minutes.
 */
export function computeRatingsApproximate(grouped: GroupedBattles, anchor?: RatingAnchor | null): ModelRating[] {
  const m = grouped.models.length;
  if (m === 0) return [];
  const anchorIndex = anchorIndexOf(grouped, anchor);
  const table = buildPairTable(grouped);
  const counts = foldPairCounts(table, grouped.rows.map((r) => r.count));
  const beta = fitBradleyTerry(table, counts);
  const rating = toRatings(beta, anchorIndex, anchor?.rating ?? 0);
  const cov = betaCovariance(table, counts, beta);
  const sd = grouped.models.map((_, i) => {
    const variance =
      anchorIndex === null
        ? (cov[i * m + i] as number)
        : (cov[i * m + i] as number) + (cov[anchorIndex * m + anchorIndex] as number) - 2 * (cov[i * m + anchorIndex] as number);
    return POINTS_PER_LOGIT * Math.sqrt(Math.max(0, variance));
  });
  return withRanks(
    grouped,
    rating,
    sd.map((s, i) => (rating[i] as number) - Z95 * s),
    sd.map((s, i) => (rating[i] as number) + Z95 * s),
  );
}
