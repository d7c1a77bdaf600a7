// The columns an editor's view of a news item is built from, and the mapping
// to the API shape: one definition for the queue, the action results and the
// current state sent with a 409.
import type { Prisma } from "@/lib/db";
import type { ReviewItem } from "./review-types";
import { readClaimProposals } from "../proposals/claim-proposal";
import { reviewExcerpt } from "./review-excerpt";

const person = { select: { id: true, name: true, email: true } } as const;

export const reviewItemSelect = {
  id: true,
  title: true,
  url: true,
  canonicalUrl: true,
  sourceName: true,
  summary: true,
  publishedAt: true,
  reviewStatus: true,
  version: true,
  dismissReason: true,
  reviewedAt: true,
  reviewedBy: person,
  assignee: person,
  suggestedCategories: true,
  isDemo: true,
  language: true,
  proposals: true,
  feed: { select: { title: true } },
  links: {
    select: { state: true, matchedText: true, model: { select: { slug: true, name: true } } },
    orderBy: { createdAt: "asc" },
  },
  cluster: {
    select: {
      id: true,
      title: true,
      items: {
        select: {
          id: true,
          title: true,
          url: true,
          canonicalUrl: true,
          sourceName: true,
          language: true,
          reviewStatus: true,
          feed: { select: { title: true } },
        },
        orderBy: { publishedAt: "desc" },
        take: 11,
      },
    },
  },
} as const satisfies Prisma.NewsItemSelect;

export type ReviewItemRow = Prisma.NewsItemGetPayload<{ select: typeof reviewItemSelect }>;

const sourceOf = (row: { sourceName: string | null; feed: { title: string | null } | null }) =>
  row.sourceName ?? row.feed?.title ?? null;

export function toReviewItem(row: ReviewItemRow): ReviewItem {
  return {
    id: row.id,
    title: row.title,
    url: row.canonicalUrl || row.url,
    source: sourceOf(row),
    publishedAt: row.publishedAt.toISOString(),
    excerpt: reviewExcerpt(row.summary),
    reviewStatus: row.reviewStatus,
    version: row.version,
    dismissReason: row.dismissReason,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewedBy: row.reviewedBy,
    assignee: row.assignee,
    suggestedCategories: row.suggestedCategories,
    models: row.links.map((l) => ({ slug: l.model.slug, name: l.model.name, state: l.state, matchedText: l.matchedText })),
    cluster: row.cluster
      ? {
          id: row.cluster.id,
          title: row.cluster.title,
          others: row.cluster.items
            .filter((i) => i.id !== row.id)
            .slice(0, 10)
            .map((i) => ({
              id: i.id,
              title: i.title,
              url: i.canonicalUrl || i.url,
              source: sourceOf(i),
              language: i.language,
              reviewStatus: i.reviewStatus,
            })),
        }
      : null,
    proposals: readClaimProposals(row.proposals).map((p, index) => ({
      index,
      kind: p.kind,
      model: { slug: p.modelSlug, name: p.modelName },
      category: p.category,
      claim: p.claimId && p.claimStatement && p.claimStatus ? { id: p.claimId, statement: p.claimStatement, status: p.claimStatus } : null,
      reason: p.reason,
      accepted: p.accepted ? { at: p.accepted.at, claimId: p.accepted.claimId } : null,
    })),
    isDemo: row.isDemo,
    language: row.language,
  };
}
