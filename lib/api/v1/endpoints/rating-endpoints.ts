// Ratings: pairwise votes in (battle imports), Bradley–Terry ratings out.
import { defineEndpoint } from "../../endpoint";
import { slugPath } from "../query-schemas";
import { ImportBattlesJsonSchema, ImportBattlesResponseSchema, importBattlesQuery } from "../schemas/rating-schemas";

export const ratingEndpoints = {
  importBattles: defineEndpoint({
    method: "POST",
    path: "/api/v1/leaderboards/{slug}/battles",
    operationId: "importBattles",
    tag: "Ratings",
    summary: "Import pairwise votes",
    description:
      "Adds battles (pairwise votes) to a leaderboard, as CSV (`Content-Type: text/csv`, header `model_a,model_b,winner[,timestamp]`, streamed: a file of millions of rows is never held in memory) or as JSON `{ \"battles\": [...] }`. `winner` is `model_a`, `model_b`, `tie` or `tie (bothbad)`; `timestamp` is ISO 8601 or Unix seconds. Models are named by slug, old slug or alias. All or nothing: every row is checked first, and any problem answers 400 with `errors` naming the rows, e.g. `rows[12].winner` (rows numbered from 1; in CSV row N is on line N + 1), and nothing is written; an unknown name is such a problem unless `createModels=true`, which creates it as a provisional model. Ratings are then recomputed in the background.",
    query: importBattlesQuery,
    params: slugPath,
    upload: {
      description: "CSV (streamed) or JSON",
      csvColumns: ["model_a", "model_b", "winner", "timestamp (optional)"],
      json: ImportBattlesJsonSchema,
    },
    permission: "leaderboards.edit",
    notFound: "No leaderboard has this slug.",
    response: { kind: "json", schema: ImportBattlesResponseSchema, description: "What was written", status: 201 },
  }),
} as const;
