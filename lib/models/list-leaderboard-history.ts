import { getDb, type Db, type RatingMethod } from "@/lib/db";

export interface HistoryModel {
  id: string;
  slug: string;
  name: string;
  isDemo: boolean;
}

export interface HistoryPoint {
  capturedAt: Date;
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
  votes: number | null;
  rank: number | null;
  method: RatingMethod;
  anchor: string | null;
  displayLabel: string | null;
}

const modelSelect = { id: true, slug: true, name: true, isDemo: true } as const;

/** Models with at least one snapshot on the board, in slug order, resumed after `afterSlug` (`take` omitted: all). */
export async function listLeaderboardModels(
  boardId: string,
  opts: { afterSlug?: string; take?: number } = {},
  db?: Db,
): Promise<HistoryModel[]> {
  const client = db ?? (await getDb());
  return client.model.findMany({
    where: {
      snapshots: { some: { leaderboardId: boardId } },
      ...(opts.afterSlug ? { slug: { gt: opts.afterSlug } } : {}),
    },
    orderBy: { slug: "asc" },
    take: opts.take,
    select: modelSelect,
  });
}

/** The named models (any board or none), for a history request that lists them. */
export async function listModelsByIds(ids: readonly string[], db?: Db): Promise<HistoryModel[]> {
  const client = db ?? (await getDb());
  return client.model.findMany({ where: { id: { in: [...ids] } }, orderBy: { slug: "asc" }, select: modelSelect });
}

/**
 * Every snapshot of the given models on one board, oldest first, keyed by
 * model id. All methods are kept (a board can hold published and recomputed
 * series side by side); each point says which it is. One query.
 */
export async function listLeaderboardHistory(
  boardId: string,
  modelIds: readonly string[],
  db?: Db,
): Promise<Map<string, HistoryPoint[]>> {
  const client = db ?? (await getDb());
  const byModel = new Map<string, HistoryPoint[]>(modelIds.map((id) => [id, []]));
  if (!modelIds.length) return byModel;
  const rows = await client.eloSnapshot.findMany({
    where: { leaderboardId: boardId, modelId: { in: [...modelIds] } },
    orderBy: [{ capturedAt: "asc" }, { method: "asc" }],
    select: {
      modelId: true,
      capturedAt: true,
      rating: true,
      ciLow: true,
      ciHigh: true,
      votes: true,
      rank: true,
      method: true,
      anchor: true,
      displayLabel: true,
    },
  });
  for (const { modelId, ...point } of rows) byModel.get(modelId)?.push(point);
  return byModel;
}
