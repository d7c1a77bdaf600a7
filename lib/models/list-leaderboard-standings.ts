import { getDb, type Db } from "@/lib/db";
import { countClaimsByStatus, type ClaimStatusCounts } from "@/lib/claims/count-claims-by-status";
import { rankSnapshotEntries, type EntryRanking } from "@/lib/leaderboards/rank-snapshot-entries";
import { listLeaderboards, type LeaderboardSummary } from "./list-leaderboards";

export interface StandingRow {
  modelId: string;
  slug: string;
  name: string;
  organization: { slug: string; name: string } | null;
  modelIsDemo: boolean;
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
  votes: number | null;
  /**
   * Rank with uncertainty: as published when the snapshot has one, else computed
   * from the intervals among entries with enough votes (see rankSnapshotEntries).
   */
  rank: number;
  /** Ranks the 95% intervals allow (null when the source gave no intervals). */
  rankRange: { best: number; worst: number } | null;
  /** Another model shares this rank. */
  tied: boolean;
  /** Fewer votes than the leaderboard's minimum: the rating is not settled. */
  provisional: boolean;
  /** The arena's name for the entry at capture time, when it differs from the model's name. */
  displayLabel: string | null;
  claimCounts: ClaimStatusCounts;
}

export type LeaderboardStandings =
  | { kind: "no-leaderboards" }
  | { kind: "unknown-board"; boards: LeaderboardSummary[] }
  | {
      kind: "ok";
      boards: LeaderboardSummary[];
      board: LeaderboardSummary;
      /** Latest snapshot date on the board, or null when it has none yet. */
      capturedAt: Date | null;
      rows: StandingRow[];
      /** The board or any listed model is demo data: show the illustrative notice. */
      isDemo: boolean;
    };

/**
 * The standings of one leaderboard (the main one when no slug is given) at its
 * latest snapshot date — or its latest on or before `at` — with claim counts
 * per model. Four queries regardless of the number of models.
 */
export async function listLeaderboardStandings(
  boardSlug?: string,
  opts: { at?: Date; db?: Db } = {},
): Promise<LeaderboardStandings> {
  const client = opts.db ?? (await getDb());
  const capturedBefore = opts.at ? { capturedAt: { lte: opts.at } } : {};
  const boards = await listLeaderboards(client);
  if (boards.length === 0) return { kind: "no-leaderboards" };
  const board = boardSlug ? boards.find((b) => b.slug === boardSlug) : boards[0];
  if (!board) return { kind: "unknown-board", boards };

  // A board may hold both published and recomputed snapshots; show the board's
  // own method at its latest date, falling back to whatever is newest.
  const latest =
    (await client.eloSnapshot.findFirst({
      where: { leaderboardId: board.id, method: board.method, ...capturedBefore },
      orderBy: { capturedAt: "desc" },
      select: { capturedAt: true, method: true },
    })) ??
    (await client.eloSnapshot.findFirst({
      where: { leaderboardId: board.id, ...capturedBefore },
      orderBy: [{ capturedAt: "desc" }, { method: "asc" }],
      select: { capturedAt: true, method: true },
    }));
  if (!latest) return { kind: "ok", boards, board, capturedAt: null, rows: [], isDemo: board.isDemo };

  const snapshots = await client.eloSnapshot.findMany({
    where: { leaderboardId: board.id, capturedAt: latest.capturedAt, method: latest.method },
    select: {
      rating: true,
      ciLow: true,
      ciHigh: true,
      votes: true,
      rank: true,
      displayLabel: true,
      model: {
        select: {
          id: true,
          slug: true,
          name: true,
          isDemo: true,
          organization: { select: { slug: true, name: true } },
        },
      },
    },
  });
  const modelIds = snapshots.map((s) => s.model.id);
  const claimGroups = modelIds.length
    ? await client.claim.groupBy({
        by: ["modelId", "status"],
        where: { modelId: { in: modelIds } },
        _count: { _all: true },
      })
    : [];

  const rankings = rankSnapshotEntries(snapshots, board.minVotes);

  const rows: StandingRow[] = snapshots.map((s, i) => {
    const ranking = rankings[i] as EntryRanking;
    return {
      modelId: s.model.id,
      slug: s.model.slug,
      name: s.model.name,
      organization: s.model.organization,
      modelIsDemo: s.model.isDemo,
      rating: s.rating,
      ciLow: s.ciLow,
      ciHigh: s.ciHigh,
      votes: s.votes,
      rank: ranking.rank,
      rankRange: ranking.rankRange,
      tied: false,
      provisional: ranking.provisional,
      displayLabel: s.displayLabel && s.displayLabel !== s.model.name ? s.displayLabel : null,
      claimCounts: countClaimsByStatus(
        claimGroups.filter((g) => g.modelId === s.model.id).map((g) => ({ status: g.status, count: g._count._all })),
      ),
    };
  });
  rows.sort((a, b) => a.rank - b.rank || b.rating - a.rating);
  // Only settled entries can be tied: a provisional one is not ranked against them.
  const perRank = new Map<number, number>();
  for (const r of rows) if (!r.provisional) perRank.set(r.rank, (perRank.get(r.rank) ?? 0) + 1);
  for (const r of rows) r.tied = !r.provisional && (perRank.get(r.rank) ?? 0) > 1;

  return {
    kind: "ok",
    boards,
    board,
    capturedAt: latest.capturedAt,
    rows,
    isDemo: board.isDemo || rows.some((r) => r.modelIsDemo),
  };
}
