// Ratings: pairwise votes in (battle imports), Bradley–Terry ratings out.
import { defineEndpoint } from "../../endpoint";
import { BATTLES_CSV_LIMIT, BATTLES_JSON_LIMIT } from "../../request-body";
import { noQuery, slugPath } from "../query-schemas";
import {
  ImportBattlesJsonSchema,
  ImportBattlesResponseSchema,
  importBattlesQuery,
  RecomputeRatingsBodySchema,
  RecomputeRatingsResponseSchema,
} from "../schemas/rating-schemas";

export const ratingEndpoints = {
  importBattles: defineEndpoint({
    method: "POST",
    path: "/api/v1/leaderboards/{slug}/battles",
    operationId: "importBattles",
    tag: "Ratings",
    summary: "Import pairwise votes",
    description:
      "Adds battles (pairwise votes) to a leaderboard, as CSV (`Content-Type: text/csv`, header `model_a,model_b,winner[,timestamp]`, streamed to disk: a file of millions of rows is never held in memory; at most 256 MiB) or as JSON `{ \"battles\": [...] }` (at most 100,000 battles and 32 MiB). A larger body answers 413 naming the limit; a body cut off before its `Content-Length` answers 400; neither writes anything. `winner` is `model_a`, `model_b`, `tie` or `tie (bothbad)`; `timestamp` is ISO 8601 or Unix seconds. Models are named by slug, old slug or alias. All or nothing: every row is checked first, and any problem answers 400 with `errors` naming the rows, e.g. `rows[12].winner` (rows numbered from 1; in CSV row N is on line N + 1), and nothing is written; an unknown name is such a problem unless `createModels=true`, which creates it as a provisional model. Ratings are then recomputed in the background.",
    query: importBattlesQuery,
    params: slugPath,
    upload: {
      description: "CSV (streamed) or JSON",
      csvColumns: ["model_a", "model_b", "winner", "timestamp (optional)"],
      json: ImportBattlesJsonSchema,
      csvLimit: BATTLES_CSV_LIMIT,
      jsonLimit: BATTLES_JSON_LIMIT,
    },
    permission: "leaderboards.edit",
    notFound: "No leaderboard has this slug.",
    response: { kind: "json", schema: ImportBattlesResponseSchema, description: "What was written", status: 201 },
  }),
  recomputeRatings: defineEndpoint({
    method: "POST",
    path: "/api/v1/leaderboards/{slug}/ratings/recompute",
    operationId: "recomputeRatings",
    tag: "Ratings",
    summary: "Recompute ratings from votes",
    description:
      "Queues a `ratings.recompute` job: Bradley–Terry ratings with 100-round bootstrap intervals and ranks with uncertainty at the newest vote, and a weekly cumulative history, stored as BRADLEY_TERRY snapshots that replace the previous computation. Follow it with GET /api/v1/jobs/{id}. An import queues one by itself; this re-runs it, e.g. with an anchor.",
    query: noQuery,
    params: slugPath,
    body: RecomputeRatingsBodySchema,
    permission: "leaderboards.edit",
    notFound: "No leaderboard has this slug, or no model has the anchor's slug.",
    response: { kind: "json", schema: RecomputeRatingsResponseSchema, description: "The queued job", status: 201 },
  }),
} as const;
