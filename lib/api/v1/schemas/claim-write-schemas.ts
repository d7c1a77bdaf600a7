// Request and response shapes of the claim writes (and the one-claim read
// editors use to learn a claim's version). Bodies are strict: an unknown
// field is refused with a 400 naming it, never silently dropped.
import { isSaneDate, SANE_DATE_MESSAGE } from "@/lib/db/sane-date";
import { z } from "zod";
import type * as claims from "@/lib/claims/claim-dto";
import { ClaimEventType } from "@/lib/db/enums";
import { ClaimSchema } from "./claim-schemas";
import {
  ClaimCategorySchema,
  ClaimStatusSchema,
  ConfidenceSchema,
  SourceKindSchema,
  component,
  dateTime,
  NoticeSchema,
} from "./common-schemas";
import type { Holds, SameShape } from "./same-shape";

/** A calendar date (YYYY-MM-DD, read as midnight UTC) or an ISO date-time. */
const dateInput = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: "must be a date (YYYY-MM-DD) or an ISO 8601 date-time" })
  .refine(isSaneDate, SANE_DATE_MESSAGE);

const note = z
  .string()
  .max(2000, "must be at most 2000 characters")
  .describe("Why this change is made. Required (non-blank) on every change: rule `change-needs-note`.");

export const SourceInputSchema = component(
  "ClaimSourceInput",
  z.strictObject({
    url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000, "is too long"),
    title: z.string().trim().min(1, "must not be empty").max(300, "must be at most 300 characters"),
    publisher: z.string().trim().max(200, "must be at most 200 characters").nullable().optional(),
    kind: SourceKindSchema,
    quote: z.string().trim().max(4000, "must be at most 4000 characters").nullable().optional().describe("The passage that supports (or refutes) the claim"),
    publishedAt: dateInput.nullable().optional(),
    newsItemId: z.string().min(1).max(100).nullable().optional().describe("The ingested news item this source is, if any"),
  }),
);

export const CreateClaimBodySchema = component(
  "CreateClaimBody",
  z.strictObject({
    category: ClaimCategorySchema,
    statement: z.string().trim().min(1, "must not be empty").max(2000, "must be at most 2000 characters"),
    confidence: ConfidenceSchema.default("SPECULATIVE"),
    reviewBy: dateInput.nullable().optional().describe("When the claim should be re-checked"),
    note,
    sources: z.array(SourceInputSchema).max(20, "at most 20 sources at once").default([]),
  }),
);

export const UpdateClaimBodySchema = component(
  "UpdateClaimBody",
  z.strictObject({
    status: ClaimStatusSchema.optional().describe("RETRACTED withdraws the claim (restore it with POST …/restore)"),
    note,
    confidence: ConfidenceSchema.optional(),
    statement: z.string().trim().min(1, "must not be empty").max(2000, "must be at most 2000 characters").optional(),
    category: ClaimCategorySchema.optional(),
    reviewBy: dateInput
      .nullable()
      .optional()
      .describe("Re-check date; null clears it. Verdicts on PRICING, API, INTEGRATION and LICENSING default to 90 days later."),
    evidence: z
      .array(z.string().min(1))
      .max(50)
      .optional()
      .describe("Ids of the claim's sources this change rests on. Default: all of its sources."),
  }),
);

export const AddClaimSourceBodySchema = component(
  "AddClaimSourceBody",
  z.strictObject({ source: SourceInputSchema, note }),
);

export const RestoreClaimBodySchema = component("RestoreClaimBody", z.strictObject({ note }));

export const ClaimEventSchema = component(
  "ClaimEvent",
  z.object({
    id: z.string(),
    type: z.enum(ClaimEventType),
    at: dateTime,
    by: z.string().describe("Display name of the editor (never an e-mail address)"),
    fromStatus: ClaimStatusSchema.nullable(),
    toStatus: ClaimStatusSchema.nullable(),
    note: z.string(),
    diff: z
      .record(z.string(), z.tuple([z.unknown(), z.unknown()]))
      .describe("Changed fields: `{ field: [before, after] }`"),
    evidence: z.array(z.object({ id: z.string().nullable(), title: z.string(), url: z.string().nullable(), kind: z.string().nullable() })),
    claimVersion: z.number().int().describe("The claim's version after this change"),
  }),
);

export const ClaimDetailSchema = component(
  "ClaimDetail",
  ClaimSchema.extend({ history: z.array(ClaimEventSchema).describe("Every change, oldest first") }),
);

export const ClaimDetailResponseSchema = component(
  "ClaimDetailResponse",
  z.object({ data: ClaimDetailSchema, notice: NoticeSchema }),
);

export type SourceInput = z.output<typeof SourceInputSchema>;
export type CreateClaimBody = z.output<typeof CreateClaimBodySchema>;
export type UpdateClaimBody = z.output<typeof UpdateClaimBodySchema>;
export type ClaimEventDto = z.output<typeof ClaimEventSchema>;
export type ClaimDetailDto = z.output<typeof ClaimDetailSchema>;

export type ClaimWriteWireMatchesDomain = [
  Holds<SameShape<ClaimEventDto, claims.ClaimEventDto>>,
  Holds<SameShape<ClaimDetailDto, claims.ClaimDetailDto>>,
];
