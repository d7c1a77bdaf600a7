import { z } from "zod";
import { component, dateTime, listEnvelope } from "./common-schemas";

export const NewsItemSchema = component(
  "NewsItem",
  z.object({
    id: z.string(),
    title: z.string(),
    url: z.string(),
    sourceName: z.string().nullable(),
    publishedAt: dateTime,
    summary: z.string().nullable().describe("Sanitized HTML"),
    models: z.array(z.string()).describe("Slugs of the models an editor confirmed the item is about"),
    isDemo: z.boolean(),
    language: z.string().nullable().describe("The item's language as a primary subtag (zh, ja, ko, en…); null when unknown"),
  }),
);

export const NewsListSchema = component("NewsList", listEnvelope(NewsItemSchema));

export type NewsItemDto = z.output<typeof NewsItemSchema>;
