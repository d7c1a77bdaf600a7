import { hashOneTimeToken } from "../auth/one-time-token";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import { CONFIRM_ADDRESS_PURPOSE } from "./sign-up";

/**
 * Confirms a signed-up account's address with the token its confirmation mail carried;
 * from then on its password works. The token is spent by one conditional update (a
 * second click finds nothing). Returns whether the link was good.
 */
export async function confirmAddress(db: Db, token: string): Promise<boolean> {
  const tokenHash = hashOneTimeToken(token);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const spent = await tx.verificationToken.updateMany({
      where: { tokenHash, purpose: CONFIRM_ADDRESS_PURPOSE, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) return false;
    const { identifier } = await tx.verificationToken.findUniqueOrThrow({ where: { tokenHash }, select: { identifier: true } });
    const user = await tx.user.findUnique({ where: { id: identifier }, select: { id: true, disabledAt: true, emailVerifiedAt: true } });
    if (!user || user.disabledAt) return false;
    if (!user.emailVerifiedAt) {
      await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: now } });
      await recordAudit(tx, { actor: { userId: user.id }, action: "account.address-confirm", entityType: "User", entityId: user.id });
    }
    return true;
  });
}
