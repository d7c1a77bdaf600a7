// Response shapes of the public API, as zod schemas: the TypeScript types the
// handlers must return and the OpenAPI components come from the same source,
// so the document cannot drift from what the routes send.
import { z } from "zod";
import {
  ClaimCategory,
  ClaimStatus,
  Confidence,
  LifecycleStage,
  Modality,
  RatingMethod,
  SourceKind,
} from "@/lib/db/enums";

/** Schemas published as OpenAPI components, by name. */
export const apiSchemas = z.registry<{ id: string }>();

export function component<T extends z.ZodType>(id: string, schema: T): T {
  apiSchemas.add(schema, { id });
  return schema;
}

export const DEMO_NOTICE =
  "This response includes demo data (items with isDemo: true). Demo ratings, claims and news are illustrative, not real measurements.";

export const dateTime = z.iso.datetime();

/** Paths on this site, relative to its origin (so they stay right behind any proxy). */
export const sitePath = z.string().regex(/^\//, "must be a path on this site");

export const ModalitySchema = component("Modality", z.enum(Modality));
export const LifecycleStageSchema = component("LifecycleStage", z.enum(LifecycleStage));
export const ClaimCategorySchema = component("ClaimCategory", z.enum(ClaimCategory));
export const ClaimStatusSchema = component("ClaimStatus", z.enum(ClaimStatus));
export const ConfidenceSchema = component("Confidence", z.enum(Confidence));
export const SourceKindSchema = component("SourceKind", z.enum(SourceKind));
export const RatingMethodSchema = component(
  "RatingMethod",
  z.enum(RatingMethod).describe("PUBLISHED: copied from the source; BRADLEY_TERRY: computed here from votes"),
);

export const OrganizationRefSchema = component(
  "OrganizationRef",
  z.object({ slug: z.string(), name: z.string() }),
);

export const NoticeSchema = z
  .string()
  .nullable()
  .describe("Set when the response includes demo data: those items are illustrative. Null otherwise.");

export function noticeFor(items: readonly { isDemo: boolean }[]): string | null {
  return items.some((i) => i.isDemo) ? DEMO_NOTICE : null;
}

/** `{ data: [...], next, notice }` plus any endpoint-specific fields. */
export function listEnvelope<T extends z.ZodType, E extends z.ZodRawShape = Record<never, never>>(item: T, extra?: E) {
  return z.object({
    data: z.array(item),
    next: z
      .string()
      .nullable()
      .describe("Cursor for the next page (pass as `cursor`), or null on the last page."),
    notice: NoticeSchema,
    ...(extra ?? ({} as E)),
  });
}

/** `{ data: {...}, notice }`. */
export function itemEnvelope<T extends z.ZodType>(item: T) {
  return z.object({ data: item, notice: NoticeSchema });
}

export const InvalidParamSchema = component(
  "InvalidParam",
  z.object({
    name: z.string().describe("The parameter (or dotted body field) that was refused"),
    reason: z.string(),
  }),
);

export const ProblemSchema = component(
  "Problem",
  z
    .object({
      type: z.string().describe("URI reference of the problem type, documented on /docs/api"),
      title: z.string(),
      status: z.number().int(),
      detail: z.string(),
      instance: z.string().describe("The request path this problem occurred on"),
      errors: z.array(InvalidParamSchema).optional().describe("For 400: every refused parameter"),
      rule: z.string().optional().describe("For 422: the editorial rule that refused the change"),
    })
    .describe("RFC 9457 problem details (application/problem+json)"),
);
