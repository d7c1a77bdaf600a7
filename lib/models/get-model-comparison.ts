import { getDb, type ClaimCategory, type ClaimStatus, type Confidence, type Db } from "@/lib/db";
import { compareAllPairs, type PairComparison } from "@/lib/elo/win-probability";
import { listLatestSnapshots } from "@/lib/leaderboards/list-latest-snapshots";
import { rankSnapshotEntries } from "@/lib/leaderboards/rank-snapshot-entries";
import { listLeaderboards, type LeaderboardSummary } from "./list-leaderboards";


export interface ComparedClaim {
  id: string;
  category: ClaimCategory;
  statement: string;
  status: ClaimStatus;
  confidence: Confidence;
  reviewBy: Date | null;
  /** Past its review date: a verified fact that may have gone stale. */
  needsRecheck: boolean;
  updatedAt: Date;
}

export interface ComparedModel {
  id: string;
  slug: string;
  name: string;
  organization: { slug: string; name: string } | null;
  isDemo: boolean;
  claims: ComparedClaim[];
}

export interface BoardEntry {
  slug: string;
  name: string;
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
  votes: number | null;
  rank: number;
  provisional: boolean;
  displayLabel: string | null;
}

export interface BoardComparison {
  board: LeaderboardSummary;
  capturedAt: Date;
  /** The compared models on this board, best rating first. */
  entries: BoardEntry[];
  /** Every pair, the higher-rated model as `a`. */
  pairs: { a: BoardEntry; b: BoardEntry; comparison: PairComparison }[];
  /** Compared models not in this board's latest snapshot. */
  absent: { slug: string; name: string }[];
  isDemo: boolean;
}

export interface ModelComparison {
  /** Found models, in the order asked for. */
  models: ComparedModel[];
  /** Asked-for slugs that match no model (or no redirect). */
  unknown: string[];
  /** Boards where at least two compared models have a rating. */
  boards: BoardComparison[];
  /** Boards where only one compared model has a rating: listed, not compared. */
  singleBoards: { board: LeaderboardSummary; model: { slug: string; name: string } }[];
}

/**
 * Models side by side: their claims, and on every board they share, their
 * latest ratings with intervals and every pair's win probability. A fixed
 * number of queries whatever the number of models.
 */
export async function getModelComparison(slugs: readonly string[], db?: Db): Promise<ModelComparison> {
  const client = db ?? (await getDb());
  if (slugs.length === 0) return { models: [], unknown: [], boards: [], singleBoards: [] };

  const now = Date.now();
  const found = await findModels(client, slugs);
  let unknown = slugs.filter((s) => !found.some((m) => m.slug === s));
  // A merged or renamed model's old slug still compares under its new name.
  if (unknown.length) {
    const redirects = await client.slugRedirect.findMany({
      where: { fromSlug: { in: unknown } },
      select: { fromSlug: true, model: { select: { slug: true } } },
    });
    const targets = redirects.map((r) => r.model.slug).filter((s) => !found.some((m) => m.slug === s));
    if (targets.length) found.push(...(await findModels(client, targets)));
    unknown = unknown.filter((s) => !redirects.some((r) => r.fromSlug === s));
  }
  const order = (slug: string) => {
    const i = slugs.indexOf(slug);
    return i < 0 ? slugs.length : i;
  };
  const models: ComparedModel[] = [...new Map(found.map((m) => [m.slug, m])).values()]
    .sort((a, b) => order(a.slug) - order(b.slug))
    .map((m) => ({
      ...m,
      claims: m.claims.map((c) => ({ ...c, needsRecheck: c.reviewBy !== null && c.reviewBy.getTime() < now })),
    }));

  const boards = await listLeaderboards(client);
  const latest = await listLatestSnapshots(boards, client);
  const compared: BoardComparison[] = [];
  const singleBoards: ModelComparison["singleBoards"] = [];
  for (const board of boards) {
    const snapshot = latest.get(board.id);
    if (!snapshot) continue;
    // Rank against the whole board, not just the compared models.
    const rankings = rankSnapshotEntries(snapshot.rows, board.minVotes);
    const entries: BoardEntry[] = snapshot.rows
      .map((r, i) => ({ row: r, ranking: rankings[i] }))
      .filter(({ row }) => models.some((m) => m.id === row.model.id))
      .map(({ row, ranking }) => ({
        slug: row.model.slug,
        name: row.model.name,
        rating: row.rating,
        ciLow: row.ciLow,
        ciHigh: row.ciHigh,
        votes: row.votes,
        rank: ranking?.rank ?? 0,
        provisional: ranking?.provisional ?? false,
        displayLabel: row.displayLabel && row.displayLabel !== row.model.name ? row.displayLabel : null,
      }))
      .sort((a, b) => b.rating - a.rating);
    const only = entries[0];
    if (entries.length === 1 && only) singleBoards.push({ board, model: { slug: only.slug, name: only.name } });
    if (entries.length < 2) continue;
    compared.push({
      board,
      capturedAt: snapshot.capturedAt,
      entries,
      pairs: compareAllPairs(entries),
      absent: models.filter((m) => !entries.some((e) => e.slug === m.slug)).map((m) => ({ slug: m.slug, name: m.name })),
      isDemo: board.isDemo || snapshot.rows.some((r) => r.model.isDemo),
    });
  }
  return { models, unknown, boards: compared, singleBoards };
}

function findModels(client: Db, slugs: readonly string[]) {
  return client.model.findMany({
    where: { slug: { in: [...slugs] } },
    select: {
      id: true,
      slug: true,
      name: true,
      isDemo: true,
      organization: { select: { slug: true, name: true } },
      claims: {
        select: { id: true, category: true, statement: true, status: true, confidence: true, reviewBy: true, updatedAt: true },
      },
    },
  });
}
