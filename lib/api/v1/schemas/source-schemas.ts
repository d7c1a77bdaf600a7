// Leaderboard sources as editors see them (never a secret header's value), the
// body that adds one, unmatched names and what an editor does with them.
import { z } from "zod";
import { MAX_SECRET_HEADERS } from "@/lib/sources/add-source";
import type { SourceChange } from "@/lib/sources/update-source";
import { SOURCE_ADAPTERS } from "@/lib/sources/source-entry";
import { slugPath } from "../query-schemas";
import { component, dateTime } from "./common-schemas";
import { fetchHealthShape } from "./fetch-health-shape";
import type { Holds, SameShape } from "./same-shape";

const column = z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters");

export const ColumnMappingSchema = component(
  "SourceColumnMapping",
  z
    .strictObject({
      format: z.enum(["csv", "json"]),
      model: column.describe("The column (CSV header, or JSON field, dotted for nested ones) holding the model's name"),
      key: column.optional().describe("A stable key when it differs from the shown name"),
      rating: column,
      ciLow: column.optional(),
      ciHigh: column.optional(),
      halfWidth: column.optional().describe("The interval as ± this column, instead of ciLow/ciHigh"),
      votes: column.optional(),
      rank: column.optional(),
      creator: column.optional(),
      date: column.optional().describe("The newest date in this column is the version's date"),
    })
    .refine((m) => (m.ciLow === undefined) === (m.ciHigh === undefined), { path: ["ciHigh"], message: "ciLow and ciHigh go together" })
    .refine((m) => m.halfWidth === undefined || m.ciLow === undefined, { path: ["halfWidth"], message: "give bounds or a half-width, not both" }),
);

export const LeaderboardSourceSchema = component(
  "LeaderboardSource",
  z.object({
    id: z.string(),
    leaderboard: z.string().describe("The board's slug"),
    url: z.string(),
    adapter: z.enum(SOURCE_ADAPTERS),
    selector: z.string().nullable().describe("The category inside the publication (LMArena: `full`, `coding`…)"),
    mapping: ColumnMappingSchema.nullable(),
    createModels: z.boolean().describe("Unknown names become provisional models at once"),
    secretHeaderNames: z.array(z.string()).describe("Names of the secret request headers; their values are never returned"),
    ...fetchHealthShape,
    versions: z.number().int().describe("How many distinct versions were stored"),
    latestVersionDate: dateTime.nullable(),
    version: z.number().int().describe("Send it as `If-Match` to change the source"),
  }),
);

export const SourceListSchema = z.object({ data: z.array(LeaderboardSourceSchema) });
export const SourceDocumentSchema = z.object({ data: LeaderboardSourceSchema });

/** Headers the fetcher sets itself, or that would change what the request means. */
const RESERVED_HEADERS = new Set(["host", "connection", "content-length", "transfer-encoding", "accept", "accept-encoding", "if-none-match", "if-modified-since", "user-agent", "cookie"]);

const sourceUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000, "must be at most 2000 characters");
const selector = z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters");
const intervalMinutes = z.number().int().min(15, "must be at least 15").max(10_080, "must be at most 10080 (a week)");
const headerName = z.string().regex(/^[A-Za-z0-9-]{1,100}$/, "must be a header name").refine((h) => !RESERVED_HEADERS.has(h.toLowerCase()), "is set by the fetcher");
const headerValue = z.string().min(1, "must not be empty").max(2000, "must be at most 2000 characters");

export const AddSourceBodySchema = z.strictObject({
  url: sourceUrl,
  adapter: z.enum(SOURCE_ADAPTERS),
  selector: selector.optional(),
  intervalMinutes: intervalMinutes.optional().describe("Default 360 (6 h)"),
  headers: z
    .record(headerName, headerValue)
    .refine((h) => Object.keys(h).length <= MAX_SECRET_HEADERS, `at most ${MAX_SECRET_HEADERS} headers`)
    .optional()
    .describe("Secret request headers (e.g. `x-api-key`): stored server-side, never returned, never logged"),
  mapping: ColumnMappingSchema.optional().describe("The mapped adapter's columns (required for it, refused for the others)"),
  createModels: z.boolean().optional(),
});

export const UpdateSourceBodySchema = z
  .strictObject({
    url: sourceUrl.optional().describe("A new URL forgets the old ETag / Last-Modified and makes the source due at once"),
    selector: selector.nullable().optional(),
    intervalMinutes: intervalMinutes.optional(),
    enabled: z.boolean().optional(),
    reason: z.string().trim().min(1, "must not be empty").max(500, "must be at most 500 characters").optional().describe("Why the source is disabled; required with `enabled: false`"),
    createModels: z.boolean().optional(),
    mapping: ColumnMappingSchema.optional().describe("The mapped adapter's columns"),
    headers: z
      .record(headerName, headerValue.nullable())
      .refine((h) => Object.keys(h).length <= MAX_SECRET_HEADERS, `at most ${MAX_SECRET_HEADERS} headers`)
      .optional()
      .describe("Secret headers by name: a value sets or replaces one, `null` removes it; headers not named stay"),
  })
  .refine((b) => Object.keys(b).length > 0, "must change at least one field")
  .refine((b) => b.enabled !== false || b.reason !== undefined, { path: ["reason"], message: "is required when disabling a source" })
  .refine((b) => b.reason === undefined || b.enabled === false, { path: ["reason"], message: "goes only with `enabled: false`" });

export const SourceIdParamsSchema = z.strictObject({ slug: slugPath.shape.slug, id: z.string().min(1).max(100) });

export const DeletedSourceSchema = z.object({
  data: z.object({ id: z.string(), url: z.string(), versions: z.number().int().describe("Kept versions dropped with it; the board's snapshots stay") }),
});

export const FetchSourceNowSchema = z.object({
  data: z.object({
    result: z.object({
      status: z.enum(["new-version", "unchanged", "not-modified", "error", "missing"]).describe("`new-version`: a changed body stored; `unchanged`: the same body; `not-modified`: a 304"),
      entries: z.number().int(),
      unmatched: z.number().int(),
      error: z.string().nullable(),
    }),
    source: LeaderboardSourceSchema,
  }),
});

export const BackfillBodySchema = z.strictObject({
  files: z
    .array(
      z.strictObject({
        name: z.string().min(1, "must not be empty").max(255, "must be at most 255 characters").describe("Starts with the version's date (`2025-03-14_….json`), unless a `manifest.json` is among the files"),
        content: z.string().max(15 * 1024 * 1024, "must be at most 15 MiB"),
      }),
    )
    .min(1, "must hold at least one file")
    .max(2000, "must hold at most 2000 files"),
});

export const BackfillResultSchema = z.object({
  data: z.array(
    z.object({
      file: z.string(),
      date: dateTime,
      status: z.enum(["stored", "already-there"]).describe("`already-there`: the source has a version of this date; left alone"),
      entries: z.number().int(),
      unmatched: z.number().int(),
    }),
  ),
});

export const UnmatchedNameSchema = component(
  "UnmatchedSourceName",
  z.object({
    id: z.string(),
    sourceId: z.string(),
    sourceUrl: z.string(),
    sourceKey: z.string(),
    displayName: z.string(),
    firstSeenAt: dateTime,
    lastSeenAt: dateTime,
    lastRating: z.number().nullable(),
    lastCiLow: z.number().nullable(),
    lastCiHigh: z.number().nullable(),
  }),
);

export const UnmatchedListSchema = z.object({ data: z.array(UnmatchedNameSchema) });

const name = z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters");
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug (lower-case letters, digits, hyphens)").max(80);

export const ResolveUnmatchedBodySchema = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("map"), model: slug.describe("The model this name is") }),
  z.strictObject({ action: z.literal("create-model"), name: name.optional(), slug: slug.optional(), organization: name.optional() }),
  z.strictObject({ action: z.literal("anonymous"), name: name.optional(), slug: slug.optional() }),
]);

export const UnmatchedIdParamsSchema = z.strictObject({ slug: slugPath.shape.slug, id: z.string().min(1).max(100) });

export const ResolvedNameSchema = z.object({
  data: z.object({
    id: z.string(),
    sourceKey: z.string(),
    displayName: z.string(),
    model: z.object({ id: z.string(), slug: z.string(), created: z.boolean() }),
    attached: z.number().int().describe("Snapshots written from the source's earlier versions"),
  }),
});

export type SourceWireMatchesDomain = [Holds<SameShape<z.output<typeof UpdateSourceBodySchema>, SourceChange>>];
