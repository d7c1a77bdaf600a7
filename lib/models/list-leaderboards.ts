import { getDb, type Db, type Modality, type RatingMethod } from "@/lib/db";

export interface LeaderboardSummary {
  id: string;
  slug: string;
  name: string;
  source: string;
  sourceUrl: string | null;
  pool: string;
  withAudio: boolean;
  modality: Modality;
  method: RatingMethod;
  minVotes: number;
  description: string | null;
  isDemo: boolean;
  /** Display order; the lowest is the main leaderboard. */
  position: number;
}

export const leaderboardSummarySelect = {
  id: true,
  slug: true,
  name: true,
  source: true,
  sourceUrl: true,
  pool: true,
  withAudio: true,
  modality: true,
  method: true,
  minVotes: true,
  description: true,
  isDemo: true,
  position: true,
} as const;

/** Every leaderboard in display order; the first is the main one. */
export async function listLeaderboards(db?: Db): Promise<LeaderboardSummary[]> {
  const client = db ?? (await getDb());
  return client.leaderboard.findMany({
    select: leaderboardSummarySelect,
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
}
