import type { ClaimDetailDto } from "./claim-dto";
import type { Actor } from "@/lib/auth/actor";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { PolicyViolationError } from "@/lib/errors";
import { bumpClaimVersion, readClaimForChange } from "./bump-claim-version";
import { checkRestore } from "./check-claim-policy";
import { getClaimDetailOrThrow } from "./get-claim-detail";
import { recordClaimChange } from "./record-claim-change";

/**
 * Brings a retracted claim back to the status it had when it was retracted,
 * read from its own history (claims are never deleted).
 */
export async function restoreClaim(
  db: Db,
  actor: Actor,
  claimId: string,
  expectedVersion: number,
  input: { note?: string },
): Promise<ClaimDetailDto> {
  return runMutation(db, actor, async (scope) => {
    const { tx } = scope;
    const claim = await readClaimForChange(tx, claimId, expectedVersion);
    const refused = checkRestore({ status: claim.status, note: input.note });
    if (refused) throw new PolicyViolationError(refused.message, refused.rule);

    const retraction = await tx.claimEvent.findFirst({
      where: { claimId, toStatus: "RETRACTED" },
      orderBy: [{ claimVersion: "desc" }, { createdAt: "desc" }],
      select: { fromStatus: true },
    });
    // A claim retracted outside this workflow (e.g. imported that way) comes back as open.
    const back = retraction?.fromStatus && retraction.fromStatus !== "RETRACTED" ? retraction.fromStatus : "UNVERIFIED";
    const version = await bumpClaimVersion(tx, claim.id, expectedVersion, { status: back });
    await recordClaimChange(tx, {
      claim,
      modelSlug: claim.model.slug,
      type: "RESTORED",
      fromStatus: "RETRACTED",
      toStatus: back,
      note: input.note!.trim(),
      diff: { status: ["RETRACTED", back] },
      evidence: [],
      claimVersion: version,
      actorId: actor.userId,
    });
    scope.invalidates(cacheTags.model(claim.model.slug), cacheTags.catalog);
    return getClaimDetailOrThrow(tx, claim.id);
  });
}
