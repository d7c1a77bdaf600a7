import type { Actor } from "../auth/actor";
import { createApiToken } from "../auth/create-api-token";
import { can } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import { runMutation } from "../db/run-mutation";
import { ForbiddenError, NotFoundError, PolicyViolationError } from "../errors";
import { TOKEN_SELECT, toTokenDto, type TokenDto } from "./account-dto";

export interface IssuedToken {
  token: TokenDto;
  /** The plaintext secret: returned this once, stored only as a hash. */
  secret: string;
}

/**
 * Issues an API token for `userId`: the caller themself, or anyone when the
 * caller may manage users. The token acts with its owner's role as it is on
 * each request.
 */
export async function issueToken(
  db: Db,
  actor: Actor,
  input: { userId: string; name: string; expiresAt?: Date },
): Promise<IssuedToken> {
  const forSelf = input.userId === actor.userId;
  if (!forSelf && !can(actor.role, "users.manage")) throw new ForbiddenError("Only an admin may create tokens for another user.");
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    throw new PolicyViolationError("The expiry date must be in the future.", "token-expiry-future");
  }
  return runMutation(db, actor, async ({ tx }) => {
    const owner = await tx.user.findUnique({ where: { id: input.userId }, select: { email: true, disabledAt: true } });
    if (!owner) throw new NotFoundError(`No user with the id ${input.userId}.`);
    if (owner.disabledAt) throw new PolicyViolationError("The account is disabled: enable it before issuing it a token.", "token-owner-disabled");
    const { token, record } = await createApiToken(tx, input);
    await recordAudit(tx, {
      actor,
      action: forSelf ? "token.create" : "token.create-for-user",
      entityType: "ApiToken",
      entityId: record.id,
      data: { ownerId: input.userId, ownerEmail: owner.email, name: record.name, prefix: record.prefix, expiresAt: record.expiresAt?.toISOString() ?? null },
    });
    const row = await tx.apiToken.findUniqueOrThrow({ where: { id: record.id }, select: TOKEN_SELECT });
    return { token: toTokenDto(row), secret: token };
  });
}
