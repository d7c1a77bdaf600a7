import { getDb, type Db } from "@/lib/db";
import { listLeaderboards, type LeaderboardSummary } from "@/lib/models/list-leaderboards";
import { listLatestSnapshots } from "./list-latest-snapshots";
import { rankSnapshotEntries } from "./rank-snapshot-entries";

export interface BoardLeader {
  slug: string;
  name: string;
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
  votes: number | null;
  /** The arena's label for the entry at that date, when it differs from the name. */
  displayLabel: string | null;
}

export interface LeaderboardIndexEntry {
  board: LeaderboardSummary;
  /** Date of the latest snapshot, or null when nothing has been captured yet. */
  latestAt: Date | null;
  /** Models in the latest snapshot. */
  modelCount: number;
  provisionalCount: number;
  /** Every settled model sharing rank 1, best rating first: more than one means the lead is not established. */
  leaders: BoardLeader[];
  /** The board or a model in it is demo data. */
  isDemo: boolean;
}

/**
 * Every leaderboard with its latest snapshot summarized: when, how many
 * models, and who leads (with the interval). Three queries for all boards.
 */
export async function listLeaderboardIndex(db?: Db): Promise<LeaderboardIndexEntry[]> {
  const client = db ?? (await getDb());
  const boards = await listLeaderboards(client);
  const latest = await listLatestSnapshots(boards, client);

  return boards.map((board) => {
    const snapshot = latest.get(board.id);
    const rows = snapshot?.rows ?? [];
    const rankings = rankSnapshotEntries(rows, board.minVotes);
    const leaders = rows
      .filter((_, i) => !rankings[i]?.provisional && rankings[i]?.rank === 1)
      .sort((a, b) => b.rating - a.rating)
      .map((s) => ({
        slug: s.model.slug,
        name: s.model.name,
        rating: s.rating,
        ciLow: s.ciLow,
        ciHigh: s.ciHigh,
        votes: s.votes,
        displayLabel: s.displayLabel && s.displayLabel !== s.model.name ? s.displayLabel : null,
      }));
    return {
      board,
      latestAt: snapshot?.capturedAt ?? null,
      modelCount: rows.length,
      provisionalCount: rankings.filter((r) => r.provisional).length,
      leaders,
      isDemo: board.isDemo || rows.some((s) => s.model.isDemo),
    };
  });
}
