// What an editor sees of an ingested news item, and what the review actions
// take. lib/api/v1/schemas/review-write-schemas.ts describes these shapes for
// HTTP; the compiler holds them equal.
import type { ClaimCategory, ClaimStatus, NewsLinkState, ReviewStatus } from "@/lib/db/enums";

export interface Reviewer {
  id: string;
  name: string | null;
  email: string;
}

/** A claim change the item suggests, computed at ingest. */
export interface ClaimProposalView {
  /** Its position: accept it with POST /api/v1/news/{id}/proposals/{index}/accept. */
  index: number;
  kind: "add-source" | "create-claim";
  model: { slug: string; name: string };
  category: ClaimCategory;
  /** The open claim (as it was when proposed) for add-source. */
  claim: { id: string; statement: string; status: ClaimStatus } | null;
  reason: string;
  accepted: { at: string; claimId: string } | null;
}

export interface ReviewItem {
  id: string;
  title: string;
  url: string;
  /** The publisher: the item's source name, else its feed's title. */
  source: string | null;
  publishedAt: string;
  excerpt: string;
  reviewStatus: ReviewStatus;
  /** Sent back with an action: a stale version is refused. */
  version: number;
  dismissReason: string | null;
  reviewedAt: string | null;
  reviewedBy: Reviewer | null;
  assignee: Reviewer | null;
  suggestedCategories: ClaimCategory[];
  models: { slug: string; name: string; state: NewsLinkState; matchedText: string | null }[];
  /** Other coverage of the same story. */
  cluster: {
    id: string;
    title: string;
    others: { id: string; title: string; url: string; source: string | null; language: string | null; reviewStatus: ReviewStatus }[];
  } | null;
  proposals: ClaimProposalView[];
  isDemo: boolean;
  /** A primary language subtag (zh, ja, ko, en…), declared or detected; null when unknown. */
  language: string | null;
}

export interface ReviewCounts {
  NEW: number;
  RELEVANT: number;
  DISMISSED: number;
}

/** One review action on one item, with the version it was based on. */
export type ReviewActionBody =
  | { action: "relevant"; version: number; modelSlugs?: string[] }
  | { action: "dismiss"; version: number; reason: string }
  | { action: "assign"; version: number; assigneeId: string | null };
