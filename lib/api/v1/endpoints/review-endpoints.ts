// The news review queue (EDITOR or ADMIN).
import { defineEndpoint } from "../../endpoint";
import { noQuery } from "../query-schemas";
import {
  AcceptedProposalSchema,
  AcceptProposalBodySchema,
  BulkDismissBodySchema,
  BulkDismissResultSchema,
  newsIdPath,
  proposalPath,
  ReviewActionBodySchema,
  ReviewItemDocumentSchema,
  ReviewQueueSchema,
  reviewQueueQuery,
} from "../schemas/review-write-schemas";

const STALE = "The item changed since you read its `version` (another editor acted first): the body's `current` is the item as it is now.";

export const reviewEndpoints = {
  listReviewQueue: defineEndpoint({
    method: "GET",
    path: "/api/v1/review-queue",
    operationId: "listReviewQueue",
    tag: "Review queue",
    summary: "Ingested news awaiting review",
    description:
      "News items in one review state (NEW by default), newest first, each with its source, a plain-text excerpt, suggested models and claim categories, assignee and other coverage of the same story; plus the count of items in every state.",
    query: reviewQueueQuery,
    params: noQuery,
    permission: "news.review",
    response: { kind: "json", schema: ReviewQueueSchema, description: "One page of the queue and the counts per state" },
  }),
  reviewNewsItem: defineEndpoint({
    method: "POST",
    path: "/api/v1/news/{id}/review",
    operationId: "reviewNewsItem",
    tag: "Review queue",
    summary: "Review one news item: relevant, dismiss or assign",
    description:
      "`relevant` confirms the item's models (the suggested ones, or exactly `modelSlugs`; the others are rejected), publishes it on their profiles and in /api/v1/news, and signals watchers of each newly confirmed model. `dismiss` needs a `reason`. `assign` hands it to an editor (`assigneeId`, or null). Send the item's `version`.",
    query: noQuery,
    params: newsIdPath,
    body: ReviewActionBodySchema,
    permission: "news.review",
    notFound: "No news item with this id.",
    conflict: STALE,
    policy:
      "`linked-model-exists`: a slug in `modelSlugs` names no model. `assignee-is-editor`: the assignee is not an active editor or admin.",
    response: { kind: "json", schema: ReviewItemDocumentSchema, description: "The item as it is now" },
  }),
  dismissNewsItems: defineEndpoint({
    method: "POST",
    path: "/api/v1/review-queue/dismiss",
    operationId: "dismissNewsItems",
    tag: "Review queue",
    summary: "Dismiss several NEW items with one reason",
    description: "All or nothing: every id must name a NEW item, or none is dismissed.",
    query: noQuery,
    params: noQuery,
    body: BulkDismissBodySchema,
    permission: "news.review",
    notFound: "An id names no news item (the problem lists them).",
    conflict: "Some items are no longer NEW: `notNew` lists them with their state.",
    response: { kind: "json", schema: BulkDismissResultSchema, description: "The dismissed ids and the new counts" },
  }),
  acceptClaimProposal: defineEndpoint({
    method: "POST",
    path: "/api/v1/news/{id}/proposals/{index}/accept",
    operationId: "acceptClaimProposal",
    tag: "Review queue",
    summary: "Accept a proposed claim change of a news item",
    description:
      "One action for the change an ingested item proposes (`proposals[index]` of the review item): `add-source` cites the item as a PRESS source on the open claim, `create-claim` records a new UNVERIFIED claim with the item as its source; either way the claim's event and signal are written, the item is marked relevant with the proposal's model confirmed (with the other NEW reports of its story), and the proposal is marked accepted.",
    query: noQuery,
    params: proposalPath,
    body: AcceptProposalBodySchema,
    permission: "claims.edit",
    notFound: "No news item with this id, or it has no proposal at this index.",
    conflict: "The proposal was already accepted (`claimId` names the claim), or its claim no longer exists or changed meanwhile.",
    policy: "The claim rules apply (e.g. `change-needs-note`); a retracted claim cannot gain a source.",
    response: { kind: "json", schema: AcceptedProposalSchema, description: "The item and the claim as they are now", status: 201 },
  }),
} as const;
