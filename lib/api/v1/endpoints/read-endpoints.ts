// The public, anonymous read operations of API v1.
import { defineEndpoint } from "../../endpoint";
import { CLAIM_CSV_COLUMNS, HISTORY_CSV_COLUMNS } from "../csv-columns";
import {
  claimsCsvQuery,
  historyCsvQuery,
  historyQuery,
  listClaimsQuery,
  listLeaderboardsQuery,
  listModelsQuery,
  newsQuery,
  noQuery,
  slugPath,
  standingsQuery,
} from "../query-schemas";
import { ClaimListSchema } from "../schemas/claim-schemas";
import { HistoryListSchema, LeaderboardListSchema, StandingListSchema } from "../schemas/leaderboard-schemas";
import { ModelListSchema, ModelResponseSchema } from "../schemas/model-schemas";
import { NewsListSchema } from "../schemas/news-schemas";

const unknownModel = "No model has this slug (and no merged model ever had it).";
const unknownBoard = "No leaderboard has this slug.";

/** Reads, by name, in documentation order. */
export const readEndpoints = {
  listModels: defineEndpoint({
    method: "GET",
    path: "/api/v1/models",
    operationId: "listModels",
    tag: "Models",
    summary: "List models",
    description: "Every tracked model in slug order, with its organization, lifecycle stage and claim counts by status.",
    query: listModelsQuery,
    params: noQuery,
    response: { kind: "json", schema: ModelListSchema, description: "A page of models" },
  }),

  getModel: defineEndpoint({
    method: "GET",
    path: "/api/v1/models/{slug}",
    operationId: "getModel",
    tag: "Models",
    summary: "Get a model with its claims and latest ratings",
    description:
      "One model: header, lifecycle steps, every claim with its sources, status, confidence and version, and its latest snapshot on each leaderboard.",
    query: noQuery,
    params: slugPath,
    response: { kind: "json", schema: ModelResponseSchema, description: "The model" },
    notFound: unknownModel,
    redirects: "The slug belonged to a model that was merged or renamed: `Location` is its current address.",
  }),

  listClaims: defineEndpoint({
    method: "GET",
    path: "/api/v1/claims",
    operationId: "listClaims",
    tag: "Claims",
    summary: "List claims",
    description: "Claims in creation order, optionally filtered by model, status and category, each with its sources.",
    query: listClaimsQuery,
    params: noQuery,
    response: { kind: "json", schema: ClaimListSchema, description: "A page of claims" },
    notFound: `The \`model\` parameter names no model. ${unknownModel}`,
  }),

  exportClaimsCsv: defineEndpoint({
    method: "GET",
    path: "/api/v1/claims.csv",
    operationId: "exportClaimsCsv",
    tag: "Claims",
    summary: "Export claims as CSV",
    description:
      "Every claim matching the filters (no pagination) as RFC 4180 CSV with a header row. `sourceUrls` holds one URL per line.",
    query: claimsCsvQuery,
    params: noQuery,
    response: {
      kind: "csv",
      columns: CLAIM_CSV_COLUMNS.map((c) => c.name),
      filename: "modelwatch-claims[-{model}].csv",
      description: "The claims as CSV",
    },
    notFound: `The \`model\` parameter names no model. ${unknownModel}`,
  }),

  listLeaderboards: defineEndpoint({
    method: "GET",
    path: "/api/v1/leaderboards",
    operationId: "listLeaderboards",
    tag: "Leaderboards",
    summary: "List leaderboards",
    description: "Every leaderboard in display order (the first is the main one), with the date of its latest snapshot.",
    query: listLeaderboardsQuery,
    params: noQuery,
    response: { kind: "json", schema: LeaderboardListSchema, description: "A page of leaderboards" },
  }),

  getStandings: defineEndpoint({
    method: "GET",
    path: "/api/v1/leaderboards/{slug}/standings",
    operationId: "getStandings",
    tag: "Leaderboards",
    summary: "Standings of a leaderboard",
    description:
      "The leaderboard at its latest snapshot, or as of a date: rating, 95% interval, votes and rank with uncertainty for each model, best first. Models under the minimum vote count are marked provisional.",
    query: standingsQuery,
    params: slugPath,
    response: { kind: "json", schema: StandingListSchema, description: "A page of standings" },
    notFound: unknownBoard,
  }),

  getHistory: defineEndpoint({
    method: "GET",
    path: "/api/v1/leaderboards/{slug}/history",
    operationId: "getLeaderboardHistory",
    tag: "Leaderboards",
    summary: "Rating history on a leaderboard",
    description:
      "Per model (in slug order), every snapshot on this leaderboard, oldest first, with the method and anchor of each so breaks in the series are visible.",
    query: historyQuery,
    params: slugPath,
    response: { kind: "json", schema: HistoryListSchema, description: "A page of series, one per model" },
    notFound: `${unknownBoard} Or a slug in \`models\` names no model.`,
  }),

  exportHistoryCsv: defineEndpoint({
    method: "GET",
    path: "/api/v1/leaderboards/{slug}/history.csv",
    operationId: "exportLeaderboardHistoryCsv",
    tag: "Leaderboards",
    summary: "Export rating history as CSV",
    description: "The same snapshots as the history endpoint (no pagination), one row per model and snapshot.",
    query: historyCsvQuery,
    params: slugPath,
    response: {
      kind: "csv",
      columns: HISTORY_CSV_COLUMNS.map((c) => c.name),
      filename: "modelwatch-{slug}-history.csv",
      description: "The history as CSV",
    },
    notFound: `${unknownBoard} Or a slug in \`models\` names no model.`,
  }),

  listNews: defineEndpoint({
    method: "GET",
    path: "/api/v1/news",
    operationId: "listNews",
    tag: "News",
    summary: "List reviewed news",
    description:
      "News items an editor reviewed as relevant, newest first, with the models each is confirmed to be about. Unreviewed and dismissed items are never listed.",
    query: newsQuery,
    params: noQuery,
    response: { kind: "json", schema: NewsListSchema, description: "A page of news items" },
    notFound: `The \`model\` parameter names no model. ${unknownModel}`,
  }),

} as const;

