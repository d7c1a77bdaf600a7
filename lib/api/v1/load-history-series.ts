import { NotFoundError } from "@/lib/errors";
import {
  listLeaderboardHistory,
  listLeaderboardModels,
  listModelsByIds,
  type HistoryModel,
} from "@/lib/models/list-leaderboard-history";
import { listLeaderboards } from "@/lib/models/list-leaderboards";
import type { LeaderboardSummary } from "@/lib/models/list-leaderboards";
import { pageInMemory, toPage, type Page } from "@/lib/db/paginate";
import { findModelIdsOrThrow } from "./find-model-id-param";
import type { HistorySeriesDto } from "./schemas/leaderboard-schemas";

export async function findLeaderboardOrThrow(slug: string): Promise<LeaderboardSummary> {
  const board = (await listLeaderboards()).find((b) => b.slug === slug);
  if (!board) throw new NotFoundError(`No leaderboard with the slug "${slug}".`);
  return board;
}

/**
 * The models a history request covers, one page of them (or all when no
 * limit): the ones named in `models`, else every model on the board.
 */
export async function pageHistoryModels(
  board: LeaderboardSummary,
  opts: { models?: string[]; limit?: number; afterSlug?: string },
): Promise<Page<HistoryModel>> {
  const limit = opts.limit ?? Number.MAX_SAFE_INTEGER;
  if (opts.models) {
    const named = await listModelsByIds(await findModelIdsOrThrow(opts.models, "models"));
    return pageInMemory(
      named,
      { limit, after: opts.afterSlug === undefined ? undefined : [opts.afterSlug], scope: "history" },
      (m) => [m.slug],
    );
  }
  const rows = await listLeaderboardModels(board.id, {
    afterSlug: opts.afterSlug,
    take: opts.limit === undefined ? undefined : opts.limit + 1,
  });
  return toPage(rows, limit, "history", (m) => [m.slug]);
}

/** Each model's snapshots on the board, shaped for the wire (one query). */
export async function loadHistorySeries(
  board: LeaderboardSummary,
  models: readonly HistoryModel[],
): Promise<HistorySeriesDto[]> {
  const byModel = await listLeaderboardHistory(
    board.id,
    models.map((m) => m.id),
  );
  return models.map((m) => ({
    model: m.slug,
    name: m.name,
    isDemo: m.isDemo || board.isDemo,
    points: (byModel.get(m.id) ?? []).map((p) => ({ ...p, capturedAt: p.capturedAt.toISOString() })),
  }));
}
