import type { Db, Tx } from "@/lib/db";
import type { RatingMethod } from "@/lib/db/enums";
import { NotFoundError, PolicyViolationError } from "@/lib/errors";

export interface SnapshotCollision {
  leaderboard: string;
  capturedAt: string;
  method: RatingMethod;
}

export interface MergePreview {
  source: { id: string; slug: string; name: string; organizationId: string | null };
  target: { id: string; slug: string; name: string; organizationId: string | null; organizationName: string | null };
  claims: number;
  snapshots: number;
  newsLinks: number;
  aliases: number;
  watchers: number;
  battles: number;
  lifecycleSteps: number;
  redirects: number;
  /** Both models have a snapshot on the same board, time and method: one must give way. */
  collisions: SnapshotCollision[];
}

const modelSelect = { id: true, slug: true, name: true, organizationId: true, organization: { select: { name: true } } } as const;

/** What merging `sourceSlug` into `targetSlug` would move: shown before the editor confirms, checked again inside the merge. */
export async function previewModelMerge(db: Db | Tx, sourceSlug: string, targetSlug: string): Promise<MergePreview> {
  if (sourceSlug === targetSlug) throw new PolicyViolationError("A model cannot be merged into itself.", "merge.distinct-models");
  const [source, target] = await Promise.all([
    db.model.findUnique({ where: { slug: sourceSlug }, select: modelSelect }),
    db.model.findUnique({ where: { slug: targetSlug }, select: modelSelect }),
  ]);
  if (!source) throw new NotFoundError(`No model with the slug "${sourceSlug}".`);
  if (!target) throw new NotFoundError(`No model with the slug "${targetSlug}" to merge into.`);
  const id = source.id;
  const [claims, snapshots, newsLinks, aliases, watchers, battles, lifecycleSteps, redirects, sourceSnaps] = await Promise.all([
    db.claim.count({ where: { modelId: id } }),
    db.eloSnapshot.count({ where: { modelId: id } }),
    db.newsModelLink.count({ where: { modelId: id } }),
    db.modelAlias.count({ where: { modelId: id } }),
    db.watchlistEntry.count({ where: { modelId: id } }),
    db.battle.count({ where: { OR: [{ modelAId: id }, { modelBId: id }] } }),
    db.lifecycleEvent.count({ where: { modelId: id } }),
    db.slugRedirect.count({ where: { modelId: id } }),
    db.eloSnapshot.findMany({ where: { modelId: id }, select: { leaderboardId: true, capturedAt: true, method: true } }),
  ]);
  const collisions: SnapshotCollision[] = [];
  if (sourceSnaps.length) {
    const clashing = await db.eloSnapshot.findMany({
      where: {
        modelId: target.id,
        OR: sourceSnaps.map((s) => ({ leaderboardId: s.leaderboardId, capturedAt: s.capturedAt, method: s.method })),
      },
      select: { capturedAt: true, method: true, leaderboard: { select: { slug: true } } },
      orderBy: [{ capturedAt: "asc" }],
    });
    for (const c of clashing) {
      collisions.push({ leaderboard: c.leaderboard.slug, capturedAt: c.capturedAt.toISOString(), method: c.method });
    }
  }
  const { organization: _so, ...sourceFields } = source;
  return {
    source: sourceFields,
    target: { id: target.id, slug: target.slug, name: target.name, organizationId: target.organizationId, organizationName: target.organization?.name ?? null },
    claims,
    snapshots,
    newsLinks,
    aliases,
    watchers,
    battles,
    lifecycleSteps,
    redirects,
    collisions,
  };
}
