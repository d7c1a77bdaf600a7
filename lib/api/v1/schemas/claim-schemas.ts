import { z } from "zod";
import type * as claims from "@/lib/claims/claim-dto";
import {
  ClaimCategorySchema,
  ClaimStatusSchema,
  ConfidenceSchema,
  SourceKindSchema,
  component,
  dateTime,
  listEnvelope,
  sitePath,
} from "./common-schemas";
import type { Holds, SameShape } from "./same-shape";

export const ClaimSourceSchema = component(
  "ClaimSource",
  z.object({
    id: z.string(),
    url: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    kind: SourceKindSchema,
    quote: z.string().nullable().describe("The passage that supports (or refutes) the claim"),
    publishedAt: dateTime.nullable(),
  }),
);

export const ClaimSchema = component(
  "Claim",
  z.object({
    id: z.string(),
    model: z.string().describe("Slug of the model the claim is about"),
    category: ClaimCategorySchema,
    statement: z.string(),
    status: ClaimStatusSchema,
    confidence: ConfidenceSchema,
    version: z.number().int().min(1).describe("Increments on every change"),
    reviewBy: dateTime.nullable().describe("After this date a verified fact needs re-checking"),
    isDemo: z.boolean(),
    createdAt: dateTime,
    updatedAt: dateTime,
    sources: z.array(ClaimSourceSchema),
    links: z.object({ model: sitePath, html: sitePath }),
  }),
);

export const ClaimListSchema = component("ClaimList", listEnvelope(ClaimSchema));

export type ClaimDto = z.output<typeof ClaimSchema>;

export type ClaimWireMatchesDomain = Holds<SameShape<ClaimDto, claims.ClaimDto>>;
