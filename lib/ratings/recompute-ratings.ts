import type { Db } from "@/lib/db";
import { computeRatings, computeRatingsApproximate, DEFAULT_BOOTSTRAP_ROUNDS, type ModelRating } from "@/lib/elo/compute-ratings";
import { BattleCountTable } from "@/lib/elo/battle-count-table";
import { describeAnchor, type RatingAnchor } from "@/lib/elo/rating-scale";
import { NotFoundError, PolicyViolationError } from "@/lib/errors";
import { addBattleCounts, loadGroupedBattles, loadVoteSpan } from "./load-battle-counts";
import { storeComputedRatings, type ComputedPoint } from "./store-computed-ratings";
import { weeklyCutoffs } from "./weekly-cutoffs";

export interface RecomputeOptions {
  /** A model slug fixed at a rating; without one the ratings' mean is 1000. */
  anchor?: RatingAnchor | null;
  rounds?: number;
  seed?: number;
  /** Progress from 0 to 1 with what is happening; awaited. */
  onProgress?: (fraction: number, message: string) => void | Promise<void>;
  now?: Date;
  /** Who asked (the job's creator), for the audit row and signals. */
  actorId?: string | null;
}

export interface RecomputeResult {
  leaderboard: string;
  battles: number;
  models: number;
  capturedAt: string;
  historyPoints: number;
  rounds: number;
  anchor: string;
  rankChanges: number;
}

/** Lets the event loop serve requests between chunks of computation (the fit runs in-process). */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Recomputes a board's Bradley–Terry ratings from its battles: the current
 * ratings with bootstrap intervals (seeded: the same votes give the same
 * figures), and a weekly cumulative series (each Monday, the votes before
 * it, with information-based intervals) for the history chart. Everything
 * is stored as BRADLEY_TERRY snapshots, replacing the previous computation,
 * in one transaction with RANK_CHANGED / RATING_MOVED signals.
 */
export async function recomputeRatings(db: Db, boardSlug: string, options: RecomputeOptions = {}): Promise<RecomputeResult> {
  const progress = async (fraction: number, message: string) => {
    await options.onProgress?.(Math.min(1, Math.max(0, fraction)), message);
    await yieldToEventLoop();
  };
  const board = await db.leaderboard.findUnique({ where: { slug: boardSlug }, select: { id: true, slug: true } });
  if (!board) throw new NotFoundError(`No leaderboard with the slug "${boardSlug}".`);
  await progress(0, "Counting votes");
  const span = await loadVoteSpan(db, board.id);
  if (span.total === 0) throw new PolicyViolationError(`${board.slug} has no battles to compute ratings from.`, "ratings.no-battles");

  let anchorId: RatingAnchor | null = null;
  if (options.anchor) {
    const model = await db.model.findUnique({ where: { slug: options.anchor.model }, select: { id: true } });
    if (!model) throw new NotFoundError(`No model has the slug "${options.anchor.model}" (the anchor).`);
    anchorId = { model: model.id, rating: options.anchor.rating };
  }
  const anchorLabel = describeAnchor(options.anchor);

  // The weekly cumulative series, one week of votes at a time.
  const history: ComputedPoint[] = [];
  const cutoffs = span.first && span.last ? weeklyCutoffs(span.first, span.last) : [];
  const cumulative = new BattleCountTable();
  let from: Date | null = null;
  for (const [k, cutoff] of cutoffs.entries()) {
    await addBattleCounts(db, board.id, cumulative, { from, to: cutoff });
    from = cutoff;
    const grouped = cumulative.grouped();
    if (anchorId && !grouped.models.includes(anchorId.model)) continue;
    if (grouped.models.length >= 2) history.push({ capturedAt: cutoff, ratings: computeRatingsApproximate(grouped, anchorId) });
    await progress(0.05 + (0.25 * (k + 1)) / cutoffs.length, `History: week ${k + 1} of ${cutoffs.length}`);
  }

  const grouped = await loadGroupedBattles(db, board.id);
  if (anchorId && !grouped.models.includes(anchorId.model)) {
    throw new PolicyViolationError(`The anchor model ${options.anchor?.model} has no battles on ${board.slug}.`, "ratings.anchor-without-battles");
  }
  const rounds = options.rounds ?? DEFAULT_BOOTSTRAP_ROUNDS;
  let current: ModelRating[] = [];
  current = await computeRatings(grouped, {
    anchor: anchorId,
    rounds,
    seed: options.seed ?? 1,
    onRound: (done, total) => progress(0.3 + (0.65 * done) / total, `Bootstrap round ${done} of ${total}`),
  });
  // The current ratings stand at the last vote (or now, when no vote has a time).
  const capturedAt = span.last ?? options.now ?? new Date();
  const latest = { capturedAt, ratings: current };
  const points = [...history.filter((h) => h.capturedAt < capturedAt), latest];

  await progress(0.96, "Saving ratings");
  const stored = await storeComputedRatings(db, board.id, points, { anchor: anchorLabel, total: span.total, actorId: options.actorId });
  await progress(1, "Done");
  return {
    leaderboard: board.slug,
    battles: span.total,
    models: grouped.models.length,
    capturedAt: capturedAt.toISOString(),
    historyPoints: points.length - 1,
    rounds,
    anchor: anchorLabel,
    rankChanges: stored.rankChanges,
  };
}
