import { getDb, type Db } from "@/lib/db";
import type { AtomFeed } from "./build-atom-feed";
import { DEMO_LABEL } from "./feed-html";
import { FEED_ENTRY_LIMIT, feedBoilerplate } from "./feed-boilerplate";
import type { FeedSite } from "./feed-site";
import { findRankChanges } from "./find-rank-changes";
import { rankChangeEntry, type RankFeedModel } from "./rank-change-entry";

/**
 * How many capture dates back the feed looks. Fifty entries never need more
 * than this in practice, and it bounds the query on a board with years of
 * daily snapshots.
 */
const DATES_LOOKED_AT = 105;

/**
 * A leaderboard's feed: one entry per change of a model's rank with
 * uncertainty between consecutive capture dates, newest first. Null for an
 * unknown slug.
 */
export async function getLeaderboardFeedOrNull(slug: string, site: FeedSite, db?: Db): Promise<AtomFeed | null> {
  const client = db ?? (await getDb());
  const board = await client.leaderboard.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, source: true, method: true, minVotes: true, isDemo: true, updatedAt: true },
  });
  if (!board) return null;

  // Ranks are compared within one rating method: the board's own, or whatever it has if none.
  const method =
    (await client.eloSnapshot.findFirst({ where: { leaderboardId: board.id, method: board.method }, select: { method: true } }))?.method ??
    (await client.eloSnapshot.findFirst({ where: { leaderboardId: board.id }, orderBy: { capturedAt: "desc" }, select: { method: true } }))
      ?.method ??
    board.method;
  const dates = await client.eloSnapshot.groupBy({
    by: ["capturedAt"],
    where: { leaderboardId: board.id, method },
    orderBy: { capturedAt: "desc" },
    take: DATES_LOOKED_AT,
  });
  const oldest = dates[dates.length - 1]?.capturedAt;
  const snapshots = oldest
    ? await client.eloSnapshot.findMany({
        where: { leaderboardId: board.id, method, capturedAt: { gte: oldest } },
        orderBy: { capturedAt: "asc" },
        select: {
          modelId: true,
          capturedAt: true,
          rating: true,
          ciLow: true,
          ciHigh: true,
          votes: true,
          rank: true,
          displayLabel: true,
          model: { select: { slug: true, name: true, isDemo: true } },
        },
      })
    : [];

  const models = new Map<string, RankFeedModel>(snapshots.map((s) => [s.modelId, s.model]));
  const names = new Map([...models].map(([id, m]) => [id, m.name]));
  // Newest date first; the sort is stable, so within a date the top of the board stays first.
  const changes = findRankChanges(snapshots, board.minVotes)
    .sort((a, b) => b.capturedAt.getTime() - a.capturedAt.getTime())
    .slice(0, FEED_ENTRY_LIMIT);
  const boardForEntries = { ...board, method };
  const entries = changes.flatMap((c) => {
    const model = models.get(c.modelId);
    return model ? [rankChangeEntry(site, boardForEntries, c, model, names)] : [];
  });
  const path = `/leaderboards/${encodeURIComponent(board.slug)}`;
  return {
    ...feedBoilerplate(site),
    id: site.tagId(`feed/leaderboard/${board.id}`),
    title: `${board.name}: rank changes — Modelwatch`,
    subtitle: [
      `Changes of rank with uncertainty on ${board.name} (${board.source}), between consecutive snapshots: a model moves only when its 95% interval stops or starts overlapping another's.`,
      board.isDemo ? `${DEMO_LABEL} The ratings and ranks on this board are generated for the demo.` : "",
    ]
      .filter(Boolean)
      .join(" "),
    fallbackUpdated: dates[0]?.capturedAt ?? board.updatedAt,
    selfUrl: site.url(`/feeds${path}`),
    alternateUrl: site.url(path),
    entries,
  };
}
