import type { ClaimDetailDto } from "./claim-dto";
import type { Actor } from "@/lib/auth/actor";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db } from "@/lib/db";
import { runMutation, type MutationScope } from "@/lib/db/run-mutation";
import { NotFoundError, PolicyViolationError } from "@/lib/errors";
import { bumpClaimVersion, readClaimForChange } from "./bump-claim-version";
import { checkSourceAddition } from "./check-claim-policy";
import type { SourceInput } from "./claim-inputs";
import { getClaimDetailOrThrow } from "./get-claim-detail";
import { recordClaimChange } from "./record-claim-change";
import { toEvidence, toSourceData } from "./to-source-data";

/** Cites a new source for a claim: a change like any other (note, version, event, signal). */
export function addClaimSource(
  db: Db,
  actor: Actor,
  claimId: string,
  expectedVersion: number,
  input: { source: SourceInput; note?: string },
): Promise<ClaimDetailDto> {
  return runMutation(db, actor, (scope) => addClaimSourceIn(scope, actor, claimId, expectedVersion, input));
}

/** addClaimSource inside a mutation that also changes something else (accepting a news proposal). */
export async function addClaimSourceIn(
  scope: MutationScope,
  actor: Actor,
  claimId: string,
  expectedVersion: number,
  input: { source: SourceInput; note?: string },
): Promise<ClaimDetailDto> {
  const { tx } = scope;
  const claim = await readClaimForChange(tx, claimId, expectedVersion);
  const refused = checkSourceAddition({ status: claim.status, note: input.note });
  if (refused) throw new PolicyViolationError(refused.message, refused.rule);
  const newsItemId = input.source.newsItemId;
  if (newsItemId && !(await tx.newsItem.findUnique({ where: { id: newsItemId }, select: { id: true } }))) {
    throw new NotFoundError(`No news item has the id "${newsItemId}" (\`source.newsItemId\`).`);
  }

  const source = await tx.claimSource.create({ data: { claimId, ...toSourceData(input.source, actor.userId) } });
  const version = await bumpClaimVersion(tx, claim.id, expectedVersion);
  await recordClaimChange(tx, {
    claim,
    modelSlug: claim.model.slug,
    type: "SOURCE_ADDED",
    fromStatus: null,
    toStatus: null,
    note: input.note!.trim(),
    diff: { sources: [claim.sources.length, claim.sources.length + 1] },
    evidence: [toEvidence(source)],
    claimVersion: version,
    actorId: actor.userId,
  });
  scope.invalidates(cacheTags.model(claim.model.slug), cacheTags.catalog);
  return getClaimDetailOrThrow(tx, claim.id);
}
