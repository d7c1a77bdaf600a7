// Feeds and their health, as editors see them; the body that adds one.
import { z } from "zod";
import type * as feeds from "@/lib/news/feeds/feed-types";
import { component } from "./common-schemas";
import { fetchHealthShape } from "./fetch-health-shape";
import type { Holds, SameShape } from "./same-shape";

export const FeedHealthSchema = component(
  "FeedHealth",
  z.object({
    id: z.string(),
    url: z.string().describe("The feed's own URL (RSS or Atom)"),
    title: z.string().nullable(),
    siteUrl: z.string().nullable(),
    ...fetchHealthShape,
    itemsLast7Days: z.number().int(),
    itemsLast30Days: z.number().int(),
    version: z.number().int().describe("Send it as `If-Match` to change the feed"),
  }),
);

export type FeedHealth = z.output<typeof FeedHealthSchema>;

export const FeedListSchema = z.object({ data: z.array(FeedHealthSchema) });
export const FeedDocumentSchema = z.object({ data: FeedHealthSchema });

export const AddFeedBodySchema = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
    .max(2000, "must be at most 2000 characters")
    .describe("The feed, or an HTML page whose <link rel=\"alternate\"> names one"),
  title: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters").optional(),
  intervalMinutes: z.number().int().min(5, "must be at least 5").max(1440, "must be at most 1440").optional(),
});

export type AddFeedBody = z.output<typeof AddFeedBodySchema>;

const intervalMinutes = z.number().int().min(5, "must be at least 5").max(1440, "must be at most 1440");

export const UpdateFeedBodySchema = z
  .strictObject({
    enabled: z.boolean().optional(),
    reason: z
      .string()
      .trim()
      .min(1, "must not be empty")
      .max(500, "must be at most 500 characters")
      .optional()
      .describe("Why the feed is disabled; required with `enabled: false`"),
    intervalMinutes: intervalMinutes.optional(),
    title: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters").nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, "must change at least one field")
  .refine((b) => b.enabled !== false || b.reason !== undefined, { path: ["reason"], message: "is required when disabling a feed" })
  .refine((b) => b.reason === undefined || b.enabled === false, { path: ["reason"], message: "goes only with `enabled: false`" });

export type UpdateFeedBody = z.output<typeof UpdateFeedBodySchema>;

export const FeedIdParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

export const ImportOpmlBodySchema = z.strictObject({
  opml: z
    .string()
    .min(1, "must not be empty")
    .max(5_000_000, "must be at most 5,000,000 characters")
    .describe("The OPML document's text: every outline with an `xmlUrl`, at any depth, is a feed"),
});

export const OpmlOutlineReportSchema = component(
  "OpmlOutlineReport",
  z.object({
    url: z.string().describe("The outline's `xmlUrl` as written"),
    title: z.string().nullable(),
    result: z.enum(["added", "exists", "invalid"]),
    reason: z.string().nullable().describe("Why an outline is invalid"),
    feedId: z.string().nullable(),
  }),
);

export const OpmlImportReportSchema = z.object({
  data: z.object({
    added: z.number().int(),
    existing: z.number().int(),
    invalid: z.number().int(),
    outlines: z.array(OpmlOutlineReportSchema),
  }),
});

export type OpmlImportReport = z.output<typeof OpmlImportReportSchema>["data"];
export type OpmlOutlineReport = OpmlImportReport["outlines"][number];

export const FeedDeletedSchema = z.object({ data: z.object({ id: z.string(), url: z.string(), deleted: z.literal(true) }) });

export type FeedWireMatchesDomain = [
  Holds<SameShape<FeedHealth, feeds.FeedHealth>>,
  Holds<SameShape<AddFeedBody, feeds.AddFeedBody>>,
  Holds<SameShape<UpdateFeedBody, feeds.UpdateFeedBody>>,
  Holds<SameShape<OpmlImportReport, feeds.OpmlImportReport>>,
  Holds<SameShape<OpmlOutlineReport, feeds.OpmlOutlineReport>>,
];
