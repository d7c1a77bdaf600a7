import { getDb, type ClaimCategory, type ClaimStatus, type Db, type Prisma } from "@/lib/db";

// What the public sees of a claim: editorial fields (assignee, creator) stay out.
export const publicClaimSelect = {
  id: true,
  category: true,
  statement: true,
  status: true,
  confidence: true,
  version: true,
  reviewBy: true,
  isDemo: true,
  createdAt: true,
  updatedAt: true,
  model: { select: { slug: true } },
  sources: {
    select: { id: true, url: true, title: true, publisher: true, kind: true, quote: true, publishedAt: true },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.ClaimSelect;

export type PublicClaim = Prisma.ClaimGetPayload<{ select: typeof publicClaimSelect }>;

export interface ClaimFilter {
  modelId?: string;
  status?: ClaimStatus;
  category?: ClaimCategory;
}

/**
 * Claims matching the filter in creation order (then id, so rows created in
 * one transaction keep a stable order), resumed after a (createdAt, id) key.
 * `take` omitted: every match (CSV export).
 */
export async function listPublicClaims(
  filter: ClaimFilter,
  page: { after?: { createdAt: Date; id: string }; take?: number } = {},
  db?: Db,
): Promise<PublicClaim[]> {
  const client = db ?? (await getDb());
  const after = page.after;
  return client.claim.findMany({
    where: {
      modelId: filter.modelId,
      status: filter.status,
      category: filter.category,
      ...(after
        ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: page.take,
    select: publicClaimSelect,
  });
}
