// Optimistic concurrency for claims: a change applies only to the version the
// editor read. The conditional UPDATE … WHERE version = expected is the
// arbiter under real parallelism (PostgreSQL re-checks the WHERE after a
// concurrent writer commits), so exactly one of many racing writers wins.
import type { Prisma, Tx } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { findClaimDetail } from "./get-claim-detail";

/**
 * 409 with what the editor needs to reconcile: the claim as it is now and the
 * events written since the version they read.
 */
export async function staleClaimConflict(tx: Tx, claimId: string, expectedVersion: number): Promise<ConflictError> {
  const current = await findClaimDetail(tx, claimId);
  if (!current) return new ConflictError(`The claim "${claimId}" no longer exists.`);
  const changesSince = current.history.filter((e) => e.claimVersion > expectedVersion);
  return new ConflictError(
    `The claim changed since version ${expectedVersion}: it is at version ${current.version} now. Nothing was overwritten; review the changes and apply yours on version ${current.version}.`,
    { current, changesSince },
  );
}

/** The claim as the writer read it, refusing a stale version before any work. */
export async function readClaimForChange(tx: Tx, claimId: string, expectedVersion: number) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    include: { model: { select: { slug: true } }, sources: { orderBy: { createdAt: "asc" } } },
  });
  if (!claim) throw new NotFoundError(`No claim has the id "${claimId}".`);
  if (claim.version !== expectedVersion) throw await staleClaimConflict(tx, claimId, expectedVersion);
  return claim;
}

/** Applies `data` and increments the version only if nobody else did first; returns the new version. */
export async function bumpClaimVersion(
  tx: Tx,
  claimId: string,
  expectedVersion: number,
  data: Prisma.ClaimUpdateManyMutationInput = {},
): Promise<number> {
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw await staleClaimConflict(tx, claimId, expectedVersion);
  return expectedVersion + 1;
}
