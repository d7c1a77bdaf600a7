import type { Tx } from "../../db";
import { COMMON_TOKEN_TITLES, isSameStory, SAME_STORY_WINDOW_DAYS, titleSimilarity } from "./same-story";

/** A news item just inserted, as clustering needs it. */
export interface ClusterableItem {
  id: string;
  title: string;
  canonicalUrl: string;
  publishedAt: Date;
  titleTokens: string[];
}

/** The first key of the two-key advisory locks on title words (the URL locks use one key). */
const CLUSTER_LOCK_CLASS = 7301;

/** Enough for any vocabulary of headlines; a bound so a run's memory cannot grow without one. */
const MAX_COMMON_WORDS = 100_000;

interface Candidate {
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
export async function assignNewsClusters(tx: Tx, items: readonly ClusterableItem[], commonWords = new Set<string>()): Promise<number> {
  if (items.length === 0) return 0;
  // The lookups below are only cheap through the indexes (GIN on titleTokens, canonicalUrl), and
  // PGlite never analyzes its tables: without statistics the planner would scan the whole table.
  // For the rest of the ingest transaction, whose other statements look rows up by key anyway.
  await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
  return clusterItems(tx, items, commonWords);
}

async function clusterItems(tx: Tx, items: readonly ClusterableItem[], commonWords: Set<string>): Promise<number> {
  const rare = await lockRareTokens(tx, items, commonWords);
  const urls = [...new Set(items.map((i) => i.canonicalUrl))];
  const words = [...rare];
  const window = 86_400_000 * SAME_STORY_WINDOW_DAYS;
  const times = items.map((i) => i.publishedAt.getTime());
  const from = new Date(Math.min(...times) - window);
  const to = new Date(Math.max(...times) + window);
  // Two indexed lookups for the whole batch (same URL; a rare title word: at most
  // COMMON_TOKEN_TITLES rows each), within the batch's dates; which candidate fits which item is decided below.
  const found = await tx.$queryRaw<Candidate[]>`
    SELECT n.id, n.title, n."clusterId", n."canonicalUrl", n."titleTokens", n."publishedAt" FROM "NewsItem" n
    WHERE n."canonicalUrl" = ANY(${urls}::text[]) AND n."publishedAt" BETWEEN ${from} AND ${to}
    UNION
    SELECT n.id, n.title, n."clusterId", n."canonicalUrl", n."titleTokens", n."publishedAt" FROM "NewsItem" n
    WHERE n."titleTokens" && ${words}::text[] AND n."publishedAt" BETWEEN ${from} AND ${to}`;
  const byUrl = groupBy(found, (c) => [c.canonicalUrl]);
  const byWord = groupBy(found, (c) => c.titleTokens.filter((t) => rare.has(t)));
  const byIdx = new Map<number, Candidate[]>();
  items.forEach((item, idx) => {
    const at = item.publishedAt.getTime();
    const mine = new Set<Candidate>();
    for (const c of byUrl.get(item.canonicalUrl) ?? []) mine.add(c);
    for (const t of item.titleTokens) for (const c of byWord.get(t) ?? []) mine.add(c);
    const fits = [...mine].filter((c) => c.id !== item.id && Math.abs(c.publishedAt.getTime() - at) <= window);
    if (fits.length) byIdx.set(idx, fits);
  });
  if (byIdx.size === 0) return 0;

  const clusterOf = new Map<string, string | null>(items.map((i) => [i.id, null]));
  for (const c of found) if (!clusterOf.has(c.id)) clusterOf.set(c.id, c.clusterId);
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

/**
 * The batch's title words found in at most COMMON_TOKEN_TITLES titles (counting stops there),
 * each locked until commit. Two feeds carrying the same story may be ingested at once: the lock
 * makes the later transaction's candidate lookup (a statement of its own, so it sees what
 * committed meanwhile) find the earlier one's items, while feeds with no rare word in common go
 * on side by side. Taken in key order after the URL locks (store-feed-items), so no deadlock.
 */
async function lockRareTokens(tx: Tx, items: readonly ClusterableItem[], commonWords: Set<string>): Promise<Set<string>> {
  // A word once common stays common (titles are not deleted): counting it again would read its
  // whole index entry, which grows with the table, for every feed of a run (bench/ingest).
  const tokens = [...new Set(items.flatMap((i) => i.titleTokens))].filter((t) => !commonWords.has(t));
  if (tokens.length === 0) return new Set();
  // Counted over all titles, not the window: a GIN lookup stopping at the cap costs the same
  // however large the table grows, where filtering by date would read every older title first.
  const counts = await tx.$queryRaw<{ token: string; titles: number }[]>`
    SELECT c.token, c.titles,
      CASE WHEN c.titles <= ${COMMON_TOKEN_TITLES}::int THEN pg_advisory_xact_lock(${CLUSTER_LOCK_CLASS}::int, hashtext(c.token))::text END AS locked
    FROM (
      SELECT t.token, (
        SELECT count(*) FROM (
          SELECT 1 FROM "NewsItem" n WHERE n."titleTokens" @> ARRAY[t.token] LIMIT ${COMMON_TOKEN_TITLES + 1}::int
        ) AS hits
      )::int AS titles
      FROM unnest(${tokens}::text[]) AS t(token)
      ORDER BY hashtext(t.token)
    ) AS c`;
  for (const c of counts) if (c.titles > COMMON_TOKEN_TITLES && commonWords.size < MAX_COMMON_WORDS) commonWords.add(c.token);
  return new Set(counts.filter((c) => c.titles <= COMMON_TOKEN_TITLES).map((c) => c.token));
}

function groupBy<T>(rows: readonly T[], keys: (row: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    for (const key of keys(row)) {
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
  }
  return groups;
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
