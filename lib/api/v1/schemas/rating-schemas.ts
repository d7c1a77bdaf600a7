// Request and response bodies of the ratings writes: battle imports and recomputes.
import { z } from "zod";
import { component } from "./common-schemas";

/**
 * The JSON form. Rows are checked one by one by the import (so a bad row is
 * named, not the whole array): only the shape is checked here.
 */
export const ImportBattlesJsonSchema = component(
  "ImportBattlesBody",
  z.strictObject({
    battles: z
      .array(z.record(z.string(), z.unknown()))
      .min(1, "must hold at least one battle")
      .max(100_000, "may hold at most 100,000 battles: send larger files as CSV (streamed)")
      .describe(
        'Battles: { "model_a": slug or alias, "model_b": slug or alias, "winner": "model_a" | "model_b" | "tie" | "tie (bothbad)", "timestamp"?: ISO 8601 or Unix seconds }',
      ),
  }),
);

export const ImportBattlesResultSchema = component(
  "ImportBattlesResult",
  z.object({
    leaderboard: z.string(),
    importId: z.string().describe("Tags every battle of this import"),
    imported: z.number().int().describe("Battles written"),
    createdModels: z.array(z.string()).describe("Slugs of provisional models created for unknown names (createModels=true)"),
    recomputeJob: z.string().describe("Id of the ratings recompute job queued by the import (GET /api/v1/jobs/{id})"),
  }),
);

export const ImportBattlesResponseSchema = component("ImportBattlesResponse", z.object({ data: ImportBattlesResultSchema }));

export const importBattlesQuery = z.strictObject({
  createModels: z
    .enum(["true", "false"], { error: "must be true or false" })
    .optional()
    .describe("Create unknown model names as provisional models instead of refusing the import"),
});


export const RecomputeRatingsBodySchema = component(
  "RecomputeRatingsBody",
  z.strictObject({
    anchor: z
      .strictObject({
        model: z.string().min(1, "must not be empty").max(200, "is too long to be a slug").describe("Slug of the model fixed at `rating`"),
        rating: z.number().min(-10_000).max(10_000),
      })
      .nullable()
      .optional()
      .describe("Default: none (the ratings' mean is 1000)"),
  }),
);

export const RecomputeRatingsResponseSchema = component(
  "RecomputeRatingsResponse",
  z.object({ data: z.object({ job: z.string().describe("Id of the queued `ratings.recompute` job (GET /api/v1/jobs/{id})") }) }),
);
