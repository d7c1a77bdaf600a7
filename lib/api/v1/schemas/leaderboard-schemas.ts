import { z } from "zod";
import {
  ModalitySchema,
  OrganizationRefSchema,
  RatingMethodSchema,
  component,
  dateTime,
  listEnvelope,
  sitePath,
} from "./common-schemas";

export const LeaderboardSchema = component(
  "Leaderboard",
  z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    source: z.string().describe("Who publishes the leaderboard"),
    sourceUrl: z.string().nullable(),
    pool: z.string(),
    withAudio: z.boolean(),
    modality: ModalitySchema,
    method: RatingMethodSchema,
    minVotes: z.number().int().describe("Below this many votes a rating is provisional"),
    description: z.string().nullable(),
    isDemo: z.boolean(),
    latestCapturedAt: dateTime.nullable(),
    links: z.object({ standings: sitePath, history: sitePath, historyCsv: sitePath, html: sitePath }),
  }),
);

export const LeaderboardRefSchema = component(
  "LeaderboardRef",
  z.object({ slug: z.string(), name: z.string(), isDemo: z.boolean() }),
);

export const StandingSchema = component(
  "Standing",
  z.object({
    model: z.string().describe("Model slug"),
    name: z.string(),
    organization: OrganizationRefSchema.nullable(),
    rating: z.number(),
    ciLow: z.number().nullable(),
    ciHigh: z.number().nullable(),
    votes: z.number().int().nullable(),
    rank: z.number().int().min(1).describe("Rank with uncertainty; statistically tied models share a rank"),
    rankRange: z
      .object({ best: z.number().int(), worst: z.number().int() })
      .nullable()
      .describe("Ranks the 95% intervals allow; null when the source gave no intervals"),
    tied: z.boolean().describe("Another model shares this rank"),
    provisional: z.boolean(),
    displayLabel: z.string().nullable().describe("The arena's name for the entry at capture time, if different"),
    isDemo: z.boolean(),
  }),
);

export const HistoryPointSchema = component(
  "HistoryPoint",
  z.object({
    capturedAt: dateTime,
    rating: z.number(),
    ciLow: z.number().nullable(),
    ciHigh: z.number().nullable(),
    votes: z.number().int().nullable(),
    rank: z.number().int().nullable(),
    method: RatingMethodSchema,
    anchor: z.string().nullable().describe("How the scale was anchored; a change marks a break in the series"),
    displayLabel: z.string().nullable(),
  }),
);

export const HistorySeriesSchema = component(
  "HistorySeries",
  z.object({
    model: z.string().describe("Model slug"),
    name: z.string(),
    isDemo: z.boolean(),
    points: z.array(HistoryPointSchema).describe("Oldest first; empty when the model is not on this leaderboard"),
  }),
);

export const LeaderboardListSchema = component("LeaderboardList", listEnvelope(LeaderboardSchema));

export const StandingListSchema = component(
  "StandingList",
  listEnvelope(StandingSchema, {
    leaderboard: LeaderboardRefSchema,
    capturedAt: dateTime.nullable().describe("Date of the snapshot shown; null when there is none on or before `at`"),
    at: z.iso.date().nullable().describe("The `at` date asked for, or null for the latest"),
  }),
);

export const HistoryListSchema = component(
  "HistoryList",
  listEnvelope(HistorySeriesSchema, { leaderboard: LeaderboardRefSchema }),
);

export type LeaderboardDto = z.output<typeof LeaderboardSchema>;
export type StandingDto = z.output<typeof StandingSchema>;
export type HistorySeriesDto = z.output<typeof HistorySeriesSchema>;
