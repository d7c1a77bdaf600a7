import { z } from "zod";
import { ClaimSchema } from "./claim-schemas";
import {
  ClaimStatusSchema,
  LifecycleStageSchema,
  ModalitySchema,
  OrganizationRefSchema,
  RatingMethodSchema,
  component,
  dateTime,
  itemEnvelope,
  listEnvelope,
  sitePath,
} from "./common-schemas";

export const ClaimCountsSchema = component(
  "ClaimCounts",
  z.record(ClaimStatusSchema, z.number().int().min(0)).describe("Number of the model's claims in each status"),
);

export const ModelSummarySchema = component(
  "ModelSummary",
  z.object({
    id: z.string(),
    slug: z.string().describe("Stable identifier; an old slug of a merged model redirects to the new one"),
    name: z.string(),
    organization: OrganizationRefSchema.nullable().describe("Null while the owner is unknown"),
    unit: z.string().nullable().describe("Team or unit inside the organization"),
    modalities: z.array(ModalitySchema),
    lifecycleStage: LifecycleStageSchema,
    isDemo: z.boolean(),
    claimCounts: ClaimCountsSchema,
    links: z.object({
      self: sitePath,
      html: sitePath,
      claims: sitePath,
      news: sitePath,
    }),
  }),
);

export const LatestRatingSchema = component(
  "LatestRating",
  z.object({
    leaderboard: z.string().describe("Leaderboard slug"),
    leaderboardName: z.string(),
    capturedAt: dateTime,
    rating: z.number(),
    ciLow: z.number().nullable().describe("Lower bound of the 95% interval"),
    ciHigh: z.number().nullable().describe("Upper bound of the 95% interval"),
    votes: z.number().int().nullable(),
    rank: z.number().int().nullable().describe("Rank with uncertainty: 1 + models whose interval is wholly above"),
    provisional: z.boolean().describe("Fewer votes than the leaderboard's minimum: not settled"),
    method: RatingMethodSchema,
    isDemo: z.boolean(),
  }),
);

export const LifecycleStepSchema = component(
  "LifecycleStep",
  z.object({
    fromStage: LifecycleStageSchema.nullable(),
    toStage: LifecycleStageSchema,
    occurredAt: dateTime,
    note: z.string(),
    sourceUrl: z.string().nullable(),
  }),
);

export const ModelDetailSchema = component(
  "ModelDetail",
  ModelSummarySchema.extend({
    aliases: z.array(z.string()),
    description: z.string().nullable(),
    websiteUrl: z.string().nullable(),
    externalLinks: z.array(z.object({ label: z.string(), url: z.string() })),
    firstSeenAt: dateTime.nullable(),
    announcedAt: dateTime.nullable(),
    updatedAt: dateTime,
    lifecycle: z.array(LifecycleStepSchema),
    claims: z.array(ClaimSchema),
    ratings: z.array(LatestRatingSchema).describe("The model's latest snapshot on each leaderboard it appears on"),
  }),
);

export const ModelListSchema = component("ModelList", listEnvelope(ModelSummarySchema));
export const ModelResponseSchema = component("ModelResponse", itemEnvelope(ModelDetailSchema));

export type ModelSummaryDto = z.output<typeof ModelSummarySchema>;
export type ModelDetailDto = z.output<typeof ModelDetailSchema>;
export type LatestRatingDto = z.output<typeof LatestRatingSchema>;
