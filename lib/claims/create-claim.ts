import type { ClaimDetailDto } from "./claim-dto";
import type { Actor } from "@/lib/auth/actor";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db } from "@/lib/db";
import { runMutation, type MutationScope } from "@/lib/db/run-mutation";
import { NotFoundError, PolicyViolationError } from "@/lib/errors";
import { checkClaimCreation } from "./check-claim-policy";
import type { CreateClaimInput } from "./claim-inputs";
import { toDateOrNull } from "./claim-inputs";
import { getClaimDetailOrThrow } from "./get-claim-detail";
import { recordClaimChange } from "./record-claim-change";
import { toEvidence, toSourceData } from "./to-source-data";

/**
 * Records a new claim (UNVERIFIED, version 1) with its sources, its CREATED
 * event and its CLAIM_CREATED signal in one transaction.
 */
export function createClaim(db: Db, actor: Actor, input: CreateClaimInput): Promise<ClaimDetailDto> {
  checkCreation(input);
  return runMutation(db, actor, (scope) => createClaimIn(scope, actor, input));
}

function checkCreation(input: CreateClaimInput): void {
  const refused = checkClaimCreation({ note: input.note });
  if (refused) throw new PolicyViolationError(refused.message, refused.rule);
}

/** createClaim inside a mutation that also changes something else (accepting a news proposal). */
export async function createClaimIn(scope: MutationScope, actor: Actor, input: CreateClaimInput): Promise<ClaimDetailDto> {
  checkCreation(input);
  const note = (input.note ?? "").trim();
  const { tx } = scope;
  const model = await tx.model.findUnique({ where: { id: input.modelId }, select: { id: true, slug: true } });
  if (!model) throw new NotFoundError(`No model has the id "${input.modelId}".`);
  const newsIds = [...new Set((input.sources ?? []).flatMap((s) => (s.newsItemId ? [s.newsItemId] : [])))];
  if (newsIds.length) {
    const found = await tx.newsItem.count({ where: { id: { in: newsIds } } });
    if (found !== newsIds.length) throw new NotFoundError("A source names a news item (`newsItemId`) that does not exist.");
  }

  const claim = await tx.claim.create({
    data: {
      modelId: model.id,
      category: input.category,
      statement: input.statement.trim(),
      confidence: input.confidence ?? "SPECULATIVE",
      reviewBy: toDateOrNull(input.reviewBy),
      createdById: actor.userId,
      sources: { create: (input.sources ?? []).map((s) => toSourceData(s, actor.userId)) },
    },
    include: { sources: { orderBy: { createdAt: "asc" } } },
  });
  await recordClaimChange(tx, {
    claim,
    modelSlug: model.slug,
    type: "CREATED",
    fromStatus: null,
    toStatus: claim.status,
    note,
    diff: {},
    evidence: claim.sources.map(toEvidence),
    claimVersion: claim.version,
    actorId: actor.userId,
  });
  scope.invalidates(cacheTags.model(model.slug), cacheTags.catalog);
  return getClaimDetailOrThrow(tx, claim.id);
}
