import { getDb, type Db, type LifecycleStage, type Modality } from "@/lib/db";
import { countClaimsByStatus, type ClaimStatusCounts } from "@/lib/claims/count-claims-by-status";

export interface ModelSummary {
  id: string;
  slug: string;
  name: string;
  organization: { slug: string; name: string } | null;
  unit: string | null;
  modalities: Modality[];
  lifecycleStage: LifecycleStage;
  isDemo: boolean;
  claimCounts: ClaimStatusCounts;
}

/**
 * Models in slug order, resumed after `afterSlug`, with claim counts per
 * status. Two queries per page; slugs are unique, so they alone are the key.
 */
export async function listModelSummaries(
  opts: { afterSlug?: string; take: number },
  db?: Db,
): Promise<ModelSummary[]> {
  const client = db ?? (await getDb());
  const models = await client.model.findMany({
    where: opts.afterSlug ? { slug: { gt: opts.afterSlug } } : {},
    orderBy: { slug: "asc" },
    take: opts.take,
    select: {
      id: true,
      slug: true,
      name: true,
      unit: true,
      modalities: true,
      lifecycleStage: true,
      isDemo: true,
      organization: { select: { slug: true, name: true } },
    },
  });
  const groups = models.length
    ? await client.claim.groupBy({
        by: ["modelId", "status"],
        where: { modelId: { in: models.map((m) => m.id) } },
        _count: { _all: true },
      })
    : [];
  return models.map((m) => ({
    ...m,
    claimCounts: countClaimsByStatus(
      groups.filter((g) => g.modelId === m.id).map((g) => ({ status: g.status, count: g._count._all })),
    ),
  }));
}
