// Query and path parameters of each endpoint. Strict objects: a misspelt
// filter (`?stauts=`) is refused with a 400 naming it, never silently ignored.
// The OpenAPI parameters are generated from these same schemas.
import { z } from "zod";
import { isSaneDate, SANE_DATE_MESSAGE, saneDateTime } from "@/lib/db/sane-date";
import { cursorParam } from "../cursor";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/db/paginate";
import { ClaimCategory, ClaimStatus } from "@/lib/db/enums";

/** An enum parameter whose error lists the accepted values. */
function enumParam<T extends Record<string, string>>(values: T) {
  return z.enum(values, { error: `must be one of ${Object.values(values).join(", ")}` });
}

/** `?limit=`, shared by every paginated list (reads, the review queue, the audit log). */
export const limit = z
  .string()
  .regex(/^\d{1,3}$/, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
  .transform(Number)
  .pipe(z.number().min(1, `must be at least 1`).max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`))
  .optional()
  // Parsed strictly from the string, documented as what it means: an integer.
  .meta({
    description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})`,
    type: "integer",
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
  });

const slug = z.string().min(1, "must not be empty").max(200, "is too long to be a slug");

const modelFilter = slug.optional().describe("Only items about this model (slug; old slugs of merged models work)");

/** Keys the cursors of each list carry after the scope. */
const SLUG_KEY = z.tuple([z.string()]);
const TIME_ID_KEY = z.tuple([saneDateTime, z.string()]);
const STANDING_KEY = z.tuple([z.number(), z.number(), z.string()]);
const BOARD_KEY = z.tuple([z.number(), z.string()]);

export const noQuery = z.strictObject({});

export const slugPath = z.strictObject({ slug });

export const listModelsQuery = z.strictObject({ limit, cursor: cursorParam("models", SLUG_KEY) });

const claimFilters = {
  model: modelFilter,
  status: enumParam(ClaimStatus).optional().describe("Only claims in this status"),
  category: enumParam(ClaimCategory).optional().describe("Only claims in this category"),
};

export const listClaimsQuery = z.strictObject({
  ...claimFilters,
  limit,
  cursor: cursorParam("claims", TIME_ID_KEY),
});

export const claimsCsvQuery = z.strictObject(claimFilters);

export const listLeaderboardsQuery = z.strictObject({ limit, cursor: cursorParam("leaderboards", BOARD_KEY) });

const at = z
  .string()
  // abort: a malformed date gets one reason, not a second "not a calendar date".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a date as YYYY-MM-DD", abort: true })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: "is not a calendar date",
    abort: true,
  })
  .refine(isSaneDate, SANE_DATE_MESSAGE)
  .optional()
  .meta({
    description: "Standings as of the end of this UTC day (the latest snapshot on or before it). Default: latest.",
    format: "date",
  });

export const standingsQuery = z.strictObject({ at, limit, cursor: cursorParam("standings", STANDING_KEY) });

const models = z
  .string()
  .transform((s) => [...new Set(s.split(",").map((x) => x.trim()).filter(Boolean))])
  .pipe(z.array(slug).min(1, "must name at least one model slug").max(MAX_PAGE_SIZE, `may name at most ${MAX_PAGE_SIZE} models`))
  .optional()
  .describe("Comma-separated model slugs. Default: every model on the leaderboard.");

export const historyQuery = z.strictObject({ models, limit, cursor: cursorParam("history", SLUG_KEY) });

export const historyCsvQuery = z.strictObject({ models });

export const newsQuery = z.strictObject({ model: modelFilter, limit, cursor: cursorParam("news", TIME_ID_KEY) });

export type ListModelsQuery = z.output<typeof listModelsQuery>;
export type ListClaimsQuery = z.output<typeof listClaimsQuery>;
export type ClaimsCsvQuery = z.output<typeof claimsCsvQuery>;
export type ListLeaderboardsQuery = z.output<typeof listLeaderboardsQuery>;
export type StandingsQuery = z.output<typeof standingsQuery>;
export type HistoryQuery = z.output<typeof historyQuery>;
export type HistoryCsvQuery = z.output<typeof historyCsvQuery>;
export type NewsQuery = z.output<typeof newsQuery>;
