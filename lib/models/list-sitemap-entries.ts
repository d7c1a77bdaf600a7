import { getDb, type Db } from "@/lib/db";

export interface SitemapEntry {
  slug: string;
  lastModified: Date;
}

export interface SitemapEntries {
  models: SitemapEntry[];
  leaderboards: SitemapEntry[];
}

const latest = (...dates: (Date | null | undefined)[]): Date =>
  new Date(Math.max(...dates.map((d) => d?.getTime() ?? 0)));

/**
 * Every public model and leaderboard with when it last changed: a model page
 * changes when one of its claims does, a leaderboard when a snapshot lands.
 * Four queries whatever the number of rows (no per-model lookups). Models
 * created by a battle import and still awaiting an editor are not advertised.
 */
export async function listSitemapEntries(db?: Db): Promise<SitemapEntries> {
  const client = db ?? (await getDb());
  const [models, claimTimes, boards, snapshotTimes] = await Promise.all([
    client.model.findMany({ where: { provisional: false }, select: { id: true, slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    client.claim.groupBy({ by: ["modelId"], _max: { updatedAt: true } }),
    client.leaderboard.findMany({
      select: { id: true, slug: true, updatedAt: true },
      orderBy: [{ position: "asc" }, { slug: "asc" }],
    }),
    client.eloSnapshot.groupBy({ by: ["leaderboardId"], _max: { capturedAt: true } }),
  ]);
  const claimMax = new Map(claimTimes.map((c) => [c.modelId, c._max.updatedAt]));
  const snapshotMax = new Map(snapshotTimes.map((s) => [s.leaderboardId, s._max.capturedAt]));
  return {
    models: models.map((m) => ({ slug: m.slug, lastModified: latest(m.updatedAt, claimMax.get(m.id)) })),
    leaderboards: boards.map((b) => ({ slug: b.slug, lastModified: latest(b.updatedAt, snapshotMax.get(b.id)) })),
  };
}
