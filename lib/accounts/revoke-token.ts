import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import { runMutation } from "../db/run-mutation";
import { NotFoundError } from "../errors";
import { TOKEN_SELECT, toTokenDto, type TokenDto } from "./account-dto";

/**
 * Revokes a token: the caller's own, or anyone's for an admin. Someone else's
 * token is simply not found for a non-admin, so ids reveal nothing. Revoking
 * twice keeps the first revocation time.
 */
export async function revokeToken(db: Db, actor: Actor, tokenId: string): Promise<TokenDto> {
  const scope = can(actor.role, "users.manage") ? { id: tokenId } : { id: tokenId, userId: actor.userId };
  return runMutation(db, actor, async ({ tx }) => {
    const current = await tx.apiToken.findFirst({ where: scope, select: TOKEN_SELECT });
    if (!current) throw new NotFoundError(`No API token with the id ${tokenId}.`);
    if (current.revokedAt) return toTokenDto(current);
    const row = await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() }, select: TOKEN_SELECT });
    await recordAudit(tx, {
      actor,
      action: current.user.id === actor.userId ? "token.revoke" : "token.revoke-for-user",
      entityType: "ApiToken",
      entityId: tokenId,
      data: { ownerId: current.user.id, ownerEmail: current.user.email, name: current.name, prefix: current.prefix },
    });
    return toTokenDto(row);
  });
}
