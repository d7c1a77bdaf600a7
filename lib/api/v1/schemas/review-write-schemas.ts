// The news review queue: what an editor sees of each ingested item, the
// queue's query, and the bodies of the review actions.
import { saneDateTime } from "@/lib/db/sane-date";
import { z } from "zod";
import { NewsLinkState, ReviewStatus } from "@/lib/db/enums";
import type * as review from "@/lib/news/review/review-types";
import { cursorParam } from "../../cursor";
import { MAX_PAGE_SIZE } from "@/lib/db/paginate";
import { limit } from "../query-schemas";
import { ClaimDetailSchema } from "./claim-write-schemas";
import { ClaimCategorySchema, ClaimStatusSchema, component, dateTime, itemEnvelope, listEnvelope, NoticeSchema } from "./common-schemas";
import type { Holds, SameShape } from "./same-shape";

export const ReviewStatusSchema = component("ReviewStatus", z.enum(ReviewStatus));

const NewsLinkStateSchema = component(
  "NewsLinkState",
  z
    .enum(NewsLinkState)
    .describe("SUGGESTED: matched at ingest by an alias; CONFIRMED / REJECTED: decided by an editor"),
);

export const ReviewerSchema = component(
  "Reviewer",
  z.object({ id: z.string(), name: z.string().nullable(), email: z.string() }),
);

export const ClaimProposalSchema = component(
  "ClaimProposal",
  z
    .object({
      index: z.number().int().describe("Its position: accept it with POST /api/v1/news/{id}/proposals/{index}/accept"),
      kind: z
        .enum(["add-source", "create-claim"])
        .describe("add-source: cite the item on an open claim; create-claim: the model has no claim in the category"),
      model: z.object({ slug: z.string(), name: z.string() }),
      category: ClaimCategorySchema,
      claim: z
        .object({ id: z.string(), statement: z.string(), status: ClaimStatusSchema })
        .nullable()
        .describe("The open claim (as it was when proposed) for add-source"),
      reason: z.string().describe("Why, in a sentence"),
      accepted: z.object({ at: dateTime, claimId: z.string() }).nullable().describe("Set once an editor accepted it"),
    })
    .describe("A claim change the item suggests, computed at ingest"),
);

const LanguageSchema = z
  .string()
  .nullable()
  .describe("The item's language as a primary subtag (zh, ja, ko, en…): declared by the item or its feed, else detected; null when unknown");

export const ReviewItemSchema = component(
  "ReviewItem",
  z.object({
    id: z.string(),
    title: z.string(),
    url: z.string().describe("The original article"),
    source: z.string().nullable().describe("The publisher: the item's source name, else its feed's title"),
    publishedAt: dateTime,
    excerpt: z.string().describe("Plain text of the start of the sanitized summary"),
    reviewStatus: ReviewStatusSchema,
    version: z.number().int().describe("Send it back with an action: a stale version is refused with 409"),
    dismissReason: z.string().nullable(),
    reviewedAt: dateTime.nullable(),
    reviewedBy: ReviewerSchema.nullable(),
    assignee: ReviewerSchema.nullable(),
    suggestedCategories: z.array(ClaimCategorySchema).describe("Claim categories the item seems to touch"),
    models: z.array(
      z.object({ slug: z.string(), name: z.string(), state: NewsLinkStateSchema, matchedText: z.string().nullable() }),
    ),
    cluster: z
      .object({
        id: z.string(),
        title: z.string(),
        others: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            url: z.string(),
            source: z.string().nullable(),
            language: LanguageSchema,
            reviewStatus: ReviewStatusSchema,
          }),
        ),
      })
      .nullable()
      .describe("Other coverage of the same story: reviewing this item reviews those still NEW too"),
    proposals: z.array(ClaimProposalSchema),
    isDemo: z.boolean(),
    language: LanguageSchema,
  }),
);

export const ReviewCountsSchema = component(
  "ReviewCounts",
  z.object({ NEW: z.number().int(), RELEVANT: z.number().int(), DISMISSED: z.number().int() }),
);

export const ReviewQueueSchema = component(
  "ReviewQueue",
  listEnvelope(ReviewItemSchema, {
    counts: ReviewCountsSchema.describe("Items per review state, under the same assignee filter"),
  }),
);

export const ReviewItemDocumentSchema = component("ReviewItemDocument", itemEnvelope(ReviewItemSchema));

export const BulkDismissResultSchema = component(
  "BulkDismissResult",
  z.object({
    data: z.object({ dismissed: z.array(z.string()), counts: ReviewCountsSchema }),
    notice: NoticeSchema,
  }),
);

const id = z.string().min(1, "must not be empty").max(100, "is too long to be an id");

export const reviewQueueQuery = z.strictObject({
  state: z
    .enum(ReviewStatus, { error: `must be one of ${Object.values(ReviewStatus).join(", ")}` })
    .default("NEW")
    .describe("Which items: NEW (default), RELEVANT or DISMISSED; newest first"),
  assignee: id.optional().describe("`me`, or a user id: only items assigned to them"),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, "must be a language subtag such as zh, ja, ko or en")
    .optional()
    .describe("Only items in this language (a primary subtag such as zh, ja, ko, en)"),
  limit,
  cursor: cursorParam("review-queue", z.tuple([saneDateTime, z.string()])),
});

export const newsIdPath = z.strictObject({ id });

const version = z.number({ error: "must be the item's version (a number)" }).int().min(1);
const reason = z
  .string({ error: "is required: say why the item is dismissed" })
  .trim()
  .min(1, "must not be empty: say why the item is dismissed")
  .max(500, "must be at most 500 characters");
const slug = z.string().min(1, "must not be empty").max(200, "is too long to be a slug");

export const ReviewActionBodySchema = component(
  "ReviewActionBody",
  z.discriminatedUnion(
    "action",
    [
      z
        .strictObject({
          action: z.literal("relevant"),
          version,
          modelSlugs: z
            .array(slug)
            .max(50, "may name at most 50 models")
            .optional()
            .describe(
              "The models the item is about, in full: each is CONFIRMED, every other linked model REJECTED. Default: confirm the suggested models.",
            ),
        })
        .describe("Mark relevant: it shows on the confirmed models' profiles and in /api/v1/news"),
      z.strictObject({ action: z.literal("dismiss"), version, reason }).describe("Dismiss, with a reason"),
      z
        .strictObject({
          action: z.literal("assign"),
          version,
          assigneeId: id.nullable().describe("An active editor's or admin's user id; null to unassign"),
        })
        .describe("Assign to an editor, or unassign"),
    ],
    { error: "must be one of relevant, dismiss, assign" },
  ),
);

export const BulkDismissBodySchema = component(
  "BulkDismissBody",
  z.strictObject({
    ids: z
      .array(id)
      .min(1, "must name at least one item")
      .max(MAX_PAGE_SIZE, `may name at most ${MAX_PAGE_SIZE} items`)
      .refine((ids) => new Set(ids).size === ids.length, "must not repeat an id"),
    reason,
  }),
);

export const proposalPath = z.strictObject({
  id,
  index: z.coerce
    .number({ error: "must be the proposal's index (a number)" })
    .int("must be a whole number")
    .min(0, "must be 0 or more")
    .max(99, "is out of range"),
});

export const AcceptProposalBodySchema = component(
  "AcceptProposalBody",
  z.strictObject({
    note: z
      .string()
      .max(2000, "must be at most 2000 characters")
      .optional()
      .describe("The claim change's note; default: the proposal's reason, citing the item"),
    statement: z
      .string()
      .trim()
      .min(1, "must not be empty")
      .max(1000, "must be at most 1000 characters")
      .optional()
      .describe("For a create-claim proposal: the claim's statement; default: the item's title"),
  }),
);

export const AcceptedProposalSchema = component(
  "AcceptedProposal",
  z.object({
    data: z.object({ item: ReviewItemSchema, claim: ClaimDetailSchema }),
    notice: NoticeSchema,
  }),
);

export type ReviewItem = z.output<typeof ReviewItemSchema>;
export type ReviewCounts = z.output<typeof ReviewCountsSchema>;
export type ReviewQueueQuery = z.output<typeof reviewQueueQuery>;
export type ReviewActionBody = z.output<typeof ReviewActionBodySchema>;

export type ReviewWireMatchesDomain = [
  Holds<SameShape<ReviewItem, review.ReviewItem>>,
  Holds<SameShape<ReviewCounts, review.ReviewCounts>>,
  Holds<SameShape<ReviewActionBody, review.ReviewActionBody>>,
];
