import type { ClaimDetailDto } from "./claim-dto";
import type { Actor } from "@/lib/auth/actor";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { ClaimEventType, Db, Prisma } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { PolicyViolationError } from "@/lib/errors";
import { readClaimForChange, bumpClaimVersion } from "./bump-claim-version";
import { checkClaimChange, CLAIM_RULES, defaultReviewBy } from "./check-claim-policy";
import type { ClaimPatch } from "./claim-inputs";
import { toDateOrNull } from "./claim-inputs";
import { getClaimDetailOrThrow } from "./get-claim-detail";
import { recordClaimChange } from "./record-claim-change";
import { toEvidence } from "./to-source-data";

const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Edits and status transitions of a claim read at `expectedVersion`. The
 * policy (check-claim-policy) decides; a stale version is a 409 carrying what
 * changed meanwhile; the change, its event and its signal commit together.
 * Status RETRACTED withdraws the claim (restoreClaim brings it back).
 */
export async function updateClaim(
  db: Db,
  actor: Actor,
  claimId: string,
  expectedVersion: number,
  patch: ClaimPatch,
  now: Date = new Date(),
): Promise<ClaimDetailDto> {
  return runMutation(db, actor, async (scope) => {
    const { tx } = scope;
    const claim = await readClaimForChange(tx, claimId, expectedVersion);

    const sourcesById = new Map(claim.sources.map((s) => [s.id, s]));
    const unknown = (patch.evidence ?? []).filter((id) => !sourcesById.has(id));
    if (unknown.length) {
      throw new PolicyViolationError(
        `${CLAIM_RULES["evidence-must-be-the-claims-sources"]} Unknown: ${unknown.join(", ")}.`,
        "evidence-must-be-the-claims-sources",
      );
    }
    const evidence = patch.evidence ? [...new Set(patch.evidence)].map((id) => sourcesById.get(id)!) : claim.sources;

    const toStatus = patch.status !== undefined && patch.status !== claim.status ? patch.status : undefined;
    const category = patch.category ?? claim.category;
    const reviewBy =
      patch.reviewBy !== undefined
        ? toDateOrNull(patch.reviewBy)
        : toStatus
          ? defaultReviewBy(category, toStatus, now, claim.reviewBy)
          : claim.reviewBy;

    const diff: Record<string, [unknown, unknown]> = {};
    if (toStatus) diff.status = [claim.status, toStatus];
    if (patch.statement !== undefined && patch.statement.trim() !== claim.statement) diff.statement = [claim.statement, patch.statement.trim()];
    if (patch.confidence !== undefined && patch.confidence !== claim.confidence) diff.confidence = [claim.confidence, patch.confidence];
    if (category !== claim.category) diff.category = [claim.category, category];
    if (isoOrNull(reviewBy) !== isoOrNull(claim.reviewBy)) diff.reviewBy = [isoOrNull(claim.reviewBy), isoOrNull(reviewBy)];

    const refused = checkClaimChange({
      current: claim,
      toStatus,
      changedFields: Object.keys(diff).filter((f) => f !== "status"),
      note: patch.note,
      evidenceKinds: evidence.map((s) => s.kind),
    });
    if (refused) throw new PolicyViolationError(refused.message, refused.rule);

    const data: Prisma.ClaimUpdateManyMutationInput = {
      ...(toStatus ? { status: toStatus } : {}),
      ...(diff.statement ? { statement: patch.statement!.trim() } : {}),
      ...(diff.confidence ? { confidence: patch.confidence } : {}),
      ...(diff.category ? { category } : {}),
      ...(diff.reviewBy ? { reviewBy } : {}),
    };
    const version = await bumpClaimVersion(tx, claim.id, expectedVersion, data);

    const type: ClaimEventType = toStatus === "RETRACTED" ? "RETRACTED" : toStatus ? "STATUS_CHANGED" : "EDITED";
    await recordClaimChange(tx, {
      claim: { id: claim.id, modelId: claim.modelId, statement: (data.statement as string | undefined) ?? claim.statement },
      modelSlug: claim.model.slug,
      type,
      fromStatus: toStatus ? claim.status : null,
      toStatus: toStatus ?? null,
      note: patch.note!.trim(),
      diff,
      // A verdict rests on its evidence; an edit or a retraction cites only what the editor named.
      evidence: ((toStatus && toStatus !== "RETRACTED") || patch.evidence ? evidence : []).map(toEvidence),
      claimVersion: version,
      actorId: actor.userId,
    });
    scope.invalidates(cacheTags.model(claim.model.slug), cacheTags.catalog);
    return getClaimDetailOrThrow(tx, claim.id);
  });
}
