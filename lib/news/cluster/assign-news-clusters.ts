import type { Tx } from "../../db";
import { isSameStory, SAME_STORY_MIN_SHARED, SAME_STORY_WINDOW_DAYS, titleSimilarity } from "./same-story";

/** A news item just inserted, as clustering needs it. */
export interface ClusterableItem {
  id: string;
  title: string;
  canonicalUrl: string;
  publishedAt: Date;
  titleTokens: string[];
}

interface Candidate {
  idx: number;
  id: string;
  title: string;
  clusterId: string | null;
  canonicalUrl: string;
  titleTokens: string[];
  publishedAt: Date;
}

/**
 * Puts each newly stored item into the story cluster of the most similar item
 * published within a few days (same canonical URL, or a title that reads as
 * the same story), creating the cluster when that item had none. Runs in the
 * ingest transaction, after the items are inserted, so items of one batch
 * cluster with each other too. Returns how many items joined a cluster.
 */
export async function assignNewsClusters(tx: Tx, items: readonly ClusterableItem[]): Promise<number> {
  if (items.length === 0) return 0;
  // Two feeds carrying the same story may be ingested at once: serialising this step (the lock is
  // held to commit) lets the later transaction see the earlier one's items.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('news-clusters'))`;
  const wanted = items.map((item, idx) => ({
    idx,
    id: item.id,
    tokens: item.titleTokens,
    url: item.canonicalUrl,
    at: item.publishedAt.toISOString(),
  }));
  // The index on titleTokens finds titles sharing words; the exact rule is isSameStory, below.
  const rows = await tx.$queryRaw<Candidate[]>`
    SELECT c.idx, n.id, n.title, n."clusterId", n."canonicalUrl", n."titleTokens", n."publishedAt"
    FROM jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) AS c(idx int, id text, tokens text[], url text, at timestamptz)
    JOIN "NewsItem" n
      ON n.id <> c.id
     AND n."publishedAt" BETWEEN c.at - ${SAME_STORY_WINDOW_DAYS}::int * interval '1 day' AND c.at + ${SAME_STORY_WINDOW_DAYS}::int * interval '1 day'
     AND (n."canonicalUrl" = c.url
          OR (n."titleTokens" && c.tokens
              AND cardinality(ARRAY(SELECT unnest(n."titleTokens") INTERSECT SELECT unnest(c.tokens))) >= ${SAME_STORY_MIN_SHARED}::int))`;
  if (rows.length === 0) return 0;

  const clusterOf = new Map<string, string | null>(items.map((i) => [i.id, null]));
  for (const r of rows) if (!clusterOf.has(r.id)) clusterOf.set(r.id, r.clusterId);
  const byIdx = new Map<number, Candidate[]>();
  for (const r of rows) byIdx.set(r.idx, [...(byIdx.get(r.idx) ?? []), r]);
  const joined = new Map<string, string[]>();
  const join = (itemId: string, clusterId: string) => {
    clusterOf.set(itemId, clusterId);
    joined.set(clusterId, [...(joined.get(clusterId) ?? []), itemId]);
  };

  // Oldest first: a story's first report names the cluster and later ones join it.
  const order = items.map((item, idx) => ({ item, idx })).sort((a, b) => a.item.publishedAt.getTime() - b.item.publishedAt.getTime());
  for (const { item, idx } of order) {
    if (clusterOf.get(item.id)) continue; // pulled in by an earlier item of this batch
    const best = bestMatch(item, byIdx.get(idx) ?? []);
    if (!best) continue;
    let clusterId = clusterOf.get(best.id) ?? null;
    if (!clusterId) {
      const first = best.publishedAt.getTime() <= item.publishedAt.getTime() ? best : item;
      clusterId = (await tx.newsCluster.create({ data: { title: first.title }, select: { id: true } })).id;
      join(best.id, clusterId);
    }
    join(item.id, clusterId);
  }
  for (const [clusterId, ids] of joined) {
    await tx.newsItem.updateMany({ where: { id: { in: ids } }, data: { clusterId } });
  }
  return items.filter((i) => clusterOf.get(i.id)).length;
}

function bestMatch(item: ClusterableItem, candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    const score =
      c.canonicalUrl === item.canonicalUrl ? 1 : isSameStory(item.titleTokens, c.titleTokens) ? titleSimilarity(item.titleTokens, c.titleTokens) : 0;
    if (score > bestScore || (score === bestScore && score > 0 && best && c.publishedAt < best.publishedAt)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
