import type { Actor } from "../auth/actor";
import { passwordSchema } from "../auth/create-user";
import { hashPassword, verifyPassword } from "../auth/password";
import { consumeRateLimit, type RateLimit } from "../auth/rate-limit";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import { runMutation } from "../db/run-mutation";
import { PolicyViolationError, TooManyRequestsError } from "../errors";

/** A stolen session must not become a password-guessing oracle. */
export const CHANGE_PASSWORD_LIMIT: RateLimit = { limit: 10, windowMs: 15 * 60_000 };

/**
 * Replaces the caller's password after checking the current one, and ends
 * every session signed in before now (someone who changes a password that
 * may have leaked expects other browsers to be signed out). Returns that
 * moment: a caller on a session is given a new one from it. Accounts without
 * a password (e-mail or GitHub sign-in only) cannot use this.
 */
export async function changePassword(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<{ sessionsValidFrom: Date }> {
  const limit = await consumeRateLimit(db, `password-change:user:${actor.userId}`, CHANGE_PASSWORD_LIMIT);
  if (!limit.allowed) {
    throw new TooManyRequestsError("Too many password change attempts. Try again later.", limit.retryAfterSeconds);
  }
  const newPassword = passwordSchema.parse(input.newPassword);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new PolicyViolationError("The current password is not correct; the password was not changed.", "current-password");
  }
  const passwordHash = await hashPassword(newPassword);
  const sessionsValidFrom = new Date();
  await runMutation(db, actor, async ({ tx }) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash, sessionsValidFrom } });
    await recordAudit(tx, { actor, action: "account.password-change", entityType: "User", entityId: actor.userId });
  });
  return { sessionsValidFrom };
}
