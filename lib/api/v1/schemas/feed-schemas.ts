// Feeds and their health, as editors see them; the body that adds one.
import { z } from "zod";
import { component, dateTime } from "./common-schemas";

export const FeedHealthSchema = component(
  "FeedHealth",
  z.object({
    id: z.string(),
    url: z.string().describe("The feed's own URL (RSS or Atom)"),
    title: z.string().nullable(),
    siteUrl: z.string().nullable(),
    enabled: z.boolean(),
    disabledReason: z.string().nullable(),
    intervalMinutes: z.number().int(),
    lastAttemptAt: dateTime.nullable(),
    lastSuccessAt: dateTime.nullable(),
    lastStatus: z.number().int().nullable().describe("HTTP status of the last attempt (304: unchanged)"),
    consecutiveErrors: z.number().int(),
    lastError: z.string().nullable().describe("`<code>: <message>` of the last failure, null after a success"),
    nextFetchAt: dateTime,
    itemsLast7Days: z.number().int(),
    itemsLast30Days: z.number().int(),
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
