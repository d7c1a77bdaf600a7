import type { Db } from "../db";
import { PolicyViolationError } from "../errors";
import { passwordSchema } from "./create-user";
import { hashOneTimeToken } from "./one-time-token";
import { hashPassword } from "./password";
import { PASSWORD_RESET_PURPOSE } from "./request-password-reset";
import { signInAccountKeyPrefix } from "./sign-in-with-password";

export class ResetLinkError extends PolicyViolationError {
  override name = "ResetLinkError";
}

async function explainUnusableToken(db: Db, tokenHash: string, now: Date): Promise<ResetLinkError> {
  const row = await db.verificationToken.findUnique({
    where: { tokenHash },
    select: { purpose: true, usedAt: true, expiresAt: true },
  });
  if (!row || row.purpose !== PASSWORD_RESET_PURPOSE) {
    return new ResetLinkError("This password reset link is not valid. Ask for a new one.", "reset-link-valid");
  }
  if (row.usedAt) {
    return new ResetLinkError(
      "This password reset link has already been used (or a newer one was sent). Ask for a new one.",
      "reset-link-single-use",
    );
  }
  if (row.expiresAt <= now) return new ResetLinkError("This password reset link has expired. Ask for a new one.", "reset-link-expiry");
  return new ResetLinkError("This password reset link is not valid. Ask for a new one.", "reset-link-valid");
}

/**
 * Sets a new password with a reset link's token. The token is spent by one
 * conditional update, so two uses racing each other cannot both succeed; the
 * account's sign-in attempt counter starts afresh.
 */
export async function resetPassword(db: Db, input: { token: string; password: string }): Promise<void> {
  const password = passwordSchema.parse(input.password);
  const tokenHash = hashOneTimeToken(input.token);
  // bcrypt is slow: hash before the transaction, not inside it.
  const passwordHash = await hashPassword(password);
  const now = new Date();
  // Not runMutation(): the caller is anonymous (the link is the proof), and no audit row, signal or cache is involved.
  const userId = await db.$transaction(async (tx) => {
    const spent = await tx.verificationToken.updateMany({
      where: { tokenHash, purpose: PASSWORD_RESET_PURPOSE, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) return null;
    const { identifier } = await tx.verificationToken.findUniqueOrThrow({ where: { tokenHash }, select: { identifier: true } });
    const user = await tx.user.findUnique({ where: { id: identifier }, select: { id: true, email: true, disabledAt: true } });
    if (!user || user.disabledAt) throw new ResetLinkError("This password reset link is not valid. Ask for a new one.", "reset-link-valid");
    // The mail reached its owner: the address is verified now. Sessions signed in before now end.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, emailVerifiedAt: now, sessionsValidFrom: now } });
    await tx.rateLimitBucket.deleteMany({ where: { key: { startsWith: signInAccountKeyPrefix(user.email) } } });
    return user.id;
  });
  if (!userId) throw await explainUnusableToken(db, tokenHash, now);
}
