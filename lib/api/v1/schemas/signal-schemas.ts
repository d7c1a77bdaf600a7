// What a webhook receives for each signal type (lib/watch/signal-document.ts):
// the subject named by stable ids with links, and the change's details. The
// OpenAPI document's `webhooks` section and /docs/api are generated from these;
// tests hold real deliveries and the examples to them.
import { z } from "zod";
import { ClaimCategory, ClaimEventType, ClaimStatus, LifecycleStage, SignalType } from "@/lib/db/enums";
import { component, dateTime } from "./common-schemas";

const url = z.url();

const ModelRefSchema = component(
  "SignalModel",
  z.object({ id: z.string(), slug: z.string(), name: z.string(), url: url.describe("Its profile"), apiUrl: url.describe("GET it from the API") }),
);
const ClaimRefSchema = component(
  "SignalClaim",
  z.object({
    id: z.string().describe("Stable id: GET /api/v1/claims/{id}"),
    category: z.enum(ClaimCategory),
    statement: z.string(),
    status: z.enum(ClaimStatus).describe("As the change left it"),
    version: z.number().int().describe("As the change left it; send it as If-Match to change the claim"),
    url: url.describe("The claim on its model's claims page"),
    apiUrl: url,
  }),
);
const LeaderboardRefSchema = component(
  "SignalLeaderboard",
  z.object({ id: z.string(), slug: z.string(), name: z.string(), url: url.describe("The board"), apiUrl: url.describe("Its standings") }),
);
const NewsItemRefSchema = component(
  "SignalNewsItem",
  z.object({ id: z.string(), title: z.string(), url: url.describe("The article"), sourceName: z.string().nullable(), publishedAt: dateTime }),
);
const FeedRefSchema = component(
  "SignalFeed",
  z.object({ id: z.string(), url: url.describe("The feed's address"), title: z.string().nullable(), healthUrl: url.describe("The editors' feed health page") }),
);

const claimStatus = z.enum(ClaimStatus);
const claimChange = z.object({
  model: z.string().describe("The model's slug"),
  event: z.enum(ClaimEventType),
  fromStatus: claimStatus.nullable(),
  toStatus: claimStatus.nullable(),
  claimVersion: z.number().int(),
  note: z.string().describe("The editor's note"),
  claim: z.object({ id: z.string(), category: z.enum(ClaimCategory), statement: z.string(), status: claimStatus, version: z.number().int() }),
});
const rankChange = z.object({
  leaderboard: z.string(),
  from: z.number().int().describe("Rank with uncertainty before"),
  to: z.number().int().describe("Rank with uncertainty now"),
  capturedAt: dateTime.optional(),
  fromRating: z.number().nullable().optional(),
  toRating: z.number().optional(),
});

type Subjects = { model: boolean | "nullable"; claim: boolean | "nullable"; leaderboard: boolean; newsItem: boolean; feed: boolean };
const none: Subjects = { model: false, claim: false, leaderboard: false, newsItem: false, feed: false };
const onModel = { ...none, model: true };
const onClaim = { ...onModel, claim: true };
const onBoard = { ...onModel, leaderboard: true };

/** Per type: which subjects are always there, and the payload's schema. */
export const SIGNAL_SHAPES: Record<SignalType, { subjects: Subjects; payload: z.ZodObject; summary: string }> = {
  CLAIM_CREATED: { subjects: onClaim, payload: claimChange, summary: "A claim was recorded" },
  CLAIM_VERIFIED: { subjects: onClaim, payload: claimChange, summary: "A claim was verified" },
  CLAIM_DISPUTED: { subjects: onClaim, payload: claimChange, summary: "A claim was disputed" },
  CLAIM_REFUTED: { subjects: onClaim, payload: claimChange, summary: "A claim was refuted" },
  CLAIM_RETRACTED: { subjects: onClaim, payload: claimChange, summary: "A claim was retracted" },
  CLAIM_RESTORED: { subjects: onClaim, payload: claimChange, summary: "A retracted claim was restored" },
  CLAIM_EDITED: { subjects: onClaim, payload: claimChange, summary: "A claim was edited or got a source" },
  CLAIM_RECHECK_DUE: { subjects: onClaim, payload: z.object({ model: z.string(), reviewBy: dateTime }), summary: "A verified claim's review date passed" },
  CLAIM_PROPOSED: {
    subjects: { ...onModel, claim: "nullable", newsItem: true },
    payload: z.object({ kind: z.string().describe("add-source or create-claim"), category: z.enum(ClaimCategory), model: z.string(), reason: z.string() }),
    summary: "News proposes a claim change (claim is null when it proposes a new claim)",
  },
  OWNERSHIP_CONFIRMED: {
    subjects: onModel,
    payload: z.object({ organization: z.string().optional(), from: z.string().optional(), into: z.string().optional(), note: z.string().optional() }),
    summary: "The model's owner was confirmed",
  },
  LIFECYCLE_CHANGED: {
    subjects: onModel,
    payload: z.object({ from: z.enum(LifecycleStage).nullable(), to: z.enum(LifecycleStage), note: z.string(), sourceUrl: z.string().nullable() }),
    summary: "The model moved to another lifecycle stage",
  },
  MODEL_MERGED: {
    subjects: onModel,
    payload: z.object({ from: z.string(), into: z.string(), note: z.string(), moved: z.record(z.string(), z.number()) }),
    summary: "Another model (e.g. an anonymous arena entry) was merged into this one",
  },
  RANK_CHANGED: { subjects: onBoard, payload: rankChange, summary: "The model's rank with uncertainty changed on a board" },
  RATING_MOVED: {
    subjects: onBoard,
    payload: z.object({
      leaderboard: z.string(),
      from: z.number(),
      to: z.number(),
      ciLow: z.number().nullable().describe("The previous 95% interval"),
      ciHigh: z.number().nullable(),
      outsideInterval: z.boolean(),
    }),
    summary: "The model's rating moved on a board",
  },
  INTERVALS_SEPARATED: {
    subjects: onBoard,
    payload: z.object({ leaderboard: z.string(), otherModelId: z.string(), otherSlug: z.string(), aheadModelId: z.string() }),
    summary: "The model's 95% interval and its rival's stopped overlapping",
  },
  NEWS_REVIEWED: {
    subjects: { ...onModel, newsItem: true },
    payload: z.object({ url: z.string(), source: z.string().nullable(), categories: z.array(z.string()) }),
    summary: "An editor marked news about the model relevant",
  },
  FEED_BROKEN: { subjects: { ...none, feed: true }, payload: z.object({ url: z.string(), error: z.string().nullable() }), summary: "A feed broke (editors)" },
  FEED_RECOVERED: { subjects: { ...none, feed: true }, payload: z.object({ url: z.string(), error: z.string().nullable() }), summary: "A broken feed recovered (editors)" },
  SOURCE_BROKEN: {
    subjects: { ...none, leaderboard: true },
    payload: z.object({ sourceId: z.string(), url: z.string(), error: z.string().nullable() }),
    summary: "A leaderboard's source broke (editors)",
  },
  SOURCE_RECOVERED: {
    subjects: { ...none, leaderboard: true },
    payload: z.object({ sourceId: z.string(), url: z.string(), error: z.string().nullable() }),
    summary: "A broken leaderboard source recovered (editors)",
  },
  NEW_CONTENDER: {
    subjects: { ...none, model: "nullable", leaderboard: true },
    payload: z.object({
      leaderboard: z.string(),
      sourceKey: z.string().describe("The name as the source publishes it"),
      displayName: z.string(),
      rating: z.number(),
      ciLow: z.number().nullable(),
      ciHigh: z.number().nullable(),
      rank: z.number().int().nullable().describe("Rank with uncertainty on the board"),
      reason: z.enum(["top", "above-leader"]).describe("top: entered the board's top N; above-leader: its lower bound passed the leader's upper bound"),
      displaced: z.array(z.string()).describe("Slugs of the models it moved down"),
      displacedModelIds: z.array(z.string()),
      versionDate: dateTime,
    }),
    summary: "An unmatched or anonymous name entered a board's top or passed its leader (model is null while the name is unmatched)",
  },
  WEBHOOK_DISABLED: {
    subjects: none,
    payload: z.object({ webhookId: z.string(), url: z.string() }),
    summary: "Your webhook was disabled after repeated failures (inbox, e-mail and feed only)",
  },
};

function subject<T extends z.ZodType>(schema: T, present: boolean | "nullable") {
  return present === true ? schema : present === "nullable" ? schema.nullable() : z.null();
}

const pascal = (type: string) => type.toLowerCase().replace(/(^|_)(\w)/g, (_, _sep: string, c: string) => c.toUpperCase());

/** The body POSTed to a webhook for one signal type. */
export const SIGNAL_WEBHOOK_SCHEMAS = Object.fromEntries(
  (Object.keys(SIGNAL_SHAPES) as SignalType[]).map((type) => {
    const { subjects, payload, summary } = SIGNAL_SHAPES[type];
    const schema = z.object({
      id: z.string().describe("Idempotency key of this delivery: the same on a retry (also in the Idempotency-Key header)"),
      signalId: z.string(),
      type: z.literal(type),
      title: z.string(),
      occurredAt: dateTime,
      verified: z.boolean().describe("A verdict backed by evidence; digests list these first"),
      url: url.describe("The subject itself: the claim, the board, the article, the model"),
      model: subject(ModelRefSchema, subjects.model),
      claim: subject(ClaimRefSchema, subjects.claim),
      leaderboard: subject(LeaderboardRefSchema, subjects.leaderboard),
      newsItem: subject(NewsItemRefSchema, subjects.newsItem),
      feed: subject(FeedRefSchema, subjects.feed),
      payload: payload.describe("The change's details as recorded"),
    });
    return [type, component(`Webhook${pascal(type)}`, schema.describe(summary))];
  }),
) as unknown as Record<SignalType, z.ZodObject>;

/** A test delivery (POST /api/v1/me/webhooks/{id}/test). */
export const TestWebhookSchema = component(
  "WebhookTest",
  z.object({ id: z.string(), type: z.literal("test"), title: z.string(), occurredAt: dateTime }).describe("A test delivery"),
);
