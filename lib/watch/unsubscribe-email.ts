import { authSecret } from "../auth/auth-secret";
import { recordAudit } from "../audit/record-audit";
import type { RequestContext } from "../audit/request-context";
import type { Db } from "../db";
import { runMutation } from "../db/run-mutation";
import type { Env } from "../env";
import { NotFoundError } from "../errors";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

/** Turns e-mail off for the account a signed unsubscribe token names. */
export async function unsubscribeEmail(db: Db, env: Env, token: string, request?: RequestContext): Promise<{ email: string; digest: "NEVER" }> {
  const userId = verifyUnsubscribeToken(authSecret(env), token);
  const user = userId ? await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } }) : null;
  if (!user) throw new NotFoundError("This unsubscribe link is not valid.");
  await runMutation(db, null, async ({ tx }) => {
    await tx.user.update({ where: { id: user.id }, data: { digest: "NEVER" } });
    await recordAudit(tx, { actor: null, request, action: "notifications.unsubscribe", entityType: "User", entityId: user.id });
  });
  return { email: user.email, digest: "NEVER" };
}
