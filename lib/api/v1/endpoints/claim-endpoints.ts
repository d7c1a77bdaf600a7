// Claim writes: create, edit, transition, sources (EDITOR or ADMIN), and the
// one-claim read that tells an editor its version and history.
import { z } from "zod";
import { CLAIM_RULES } from "@/lib/claims/check-claim-policy";
import { defineEndpoint } from "../../endpoint";
import { noQuery, slugPath } from "../query-schemas";
import {
  AddClaimSourceBodySchema,
  ClaimDetailResponseSchema,
  CreateClaimBodySchema,
  RestoreClaimBodySchema,
  UpdateClaimBodySchema,
} from "../schemas/claim-write-schemas";

const idPath = z.strictObject({ id: z.string().min(1, "must not be empty").max(100, "is too long to be a claim id") });

const unknownClaim = "No claim has this id.";
const stale =
  "`If-Match` names an older version: someone changed the claim meanwhile. The problem carries `current` (the claim now) and `changesSince` (the events after your version); nothing was overwritten.";
const rules = (names: (keyof typeof CLAIM_RULES)[]) => names.map((n) => `\`${n}\`: ${CLAIM_RULES[n]}`).join(" ");
const ifMatch = "The claim's `version` as you last read it (GET /api/v1/claims/{id}).";

export const claimEndpoints = {
  getClaim: defineEndpoint({
    method: "GET",
    path: "/api/v1/claims/{id}",
    operationId: "getClaim",
    tag: "Claims",
    summary: "Get a claim with its history",
    description:
      "One claim with its sources, current `version` (send it as `If-Match` when changing the claim) and every change, oldest first, with diffs and the evidence cited.",
    query: noQuery,
    params: idPath,
    response: { kind: "json", schema: ClaimDetailResponseSchema, description: "The claim" },
    notFound: unknownClaim,
  }),

  createClaim: defineEndpoint({
    method: "POST",
    path: "/api/v1/models/{slug}/claims",
    operationId: "createClaim",
    tag: "Claims",
    summary: "Record a claim about a model",
    description:
      "Creates an UNVERIFIED claim (version 1) with its sources and a note, writing its CREATED event and a CLAIM_CREATED signal. Old slugs of merged models record the claim on the model they were merged into.",
    query: noQuery,
    params: slugPath,
    body: CreateClaimBodySchema,
    permission: "claims.edit",
    response: { kind: "json", schema: ClaimDetailResponseSchema, description: "The new claim", status: 201 },
    notFound: "No model has this slug, or a source's `newsItemId` names no news item.",
    policy: rules(["change-needs-note"]),
  }),

  updateClaim: defineEndpoint({
    method: "PATCH",
    path: "/api/v1/claims/{id}",
    operationId: "updateClaim",
    tag: "Claims",
    summary: "Edit a claim or change its status",
    description:
      "Changes any of status, statement, confidence, category and review date, with a note, on the version named by `If-Match`. Status RETRACTED withdraws the claim. A verdict (VERIFIED or REFUTED) on a PRICING, API, INTEGRATION or LICENSING claim gets a re-check date 90 days later unless `reviewBy` is given. Answers the claim with its new version.",
    query: noQuery,
    params: idPath,
    body: UpdateClaimBodySchema,
    permission: "claims.edit",
    ifMatch,
    response: { kind: "json", schema: ClaimDetailResponseSchema, description: "The claim after the change" },
    notFound: unknownClaim,
    conflict: stale,
    policy: rules([
      "change-needs-note",
      "change-must-change-something",
      "verified-needs-official-or-independent-source",
      "refuted-needs-source",
      "retracted-is-read-only",
      "evidence-must-be-the-claims-sources",
    ]),
  }),

  addClaimSource: defineEndpoint({
    method: "POST",
    path: "/api/v1/claims/{id}/sources",
    operationId: "addClaimSource",
    tag: "Claims",
    summary: "Add a source to a claim",
    description: "Cites a new source for the claim, with a note; bumps the claim's version and writes a SOURCE_ADDED event.",
    query: noQuery,
    params: idPath,
    body: AddClaimSourceBodySchema,
    permission: "claims.edit",
    ifMatch,
    response: { kind: "json", schema: ClaimDetailResponseSchema, description: "The claim with the new source", status: 201 },
    notFound: `${unknownClaim} Or \`source.newsItemId\` names no news item.`,
    conflict: stale,
    policy: rules(["change-needs-note", "retracted-is-read-only"]),
  }),

  restoreClaim: defineEndpoint({
    method: "POST",
    path: "/api/v1/claims/{id}/restore",
    operationId: "restoreClaim",
    tag: "Claims",
    summary: "Restore a retracted claim",
    description: "Brings a retracted claim back to the status it had when it was retracted, with a note.",
    query: noQuery,
    params: idPath,
    body: RestoreClaimBodySchema,
    permission: "claims.edit",
    ifMatch,
    response: { kind: "json", schema: ClaimDetailResponseSchema, description: "The restored claim" },
    notFound: unknownClaim,
    conflict: stale,
    policy: rules(["restore-needs-retracted", "change-needs-note"]),
  }),
} as const;
