import type { Db } from "../db";
import { getEnv } from "../env";
import { TooManyRequestsError } from "../errors";
import { passwordResetMessage } from "../mail/link-message";
import type { Mailer } from "../mail/mailer";
import { absoluteUrl } from "../site-url";
import { demoAccountsAllowed } from "./demo-accounts";
import { normalizeEmail } from "./normalize-email";
import { newOneTimeToken } from "./one-time-token";
import { consumeRateLimit, type RateLimit } from "./rate-limit";

export const PASSWORD_RESET_PURPOSE = "password-reset";
export const PASSWORD_RESET_TTL_MS = 60 * 60_000;
/** Per address: nobody's inbox can be flooded with reset mail. */
export const RESET_ADDRESS_LIMIT: RateLimit = { limit: 5, windowMs: 60 * 60_000 };
/** Per client: one place cannot probe or spam many addresses. */
export const RESET_IP_LIMIT: RateLimit = { limit: 20, windowMs: 60 * 60_000 };

export interface RequestPasswordResetInput {
  email: string;
  ip: string | null;
  mailer: Mailer;
  /** Runs the delivery; the default does not wait for it, so response time says nothing about the address. */
  deliver?: (send: () => Promise<void>) => void;
}

function deliverInBackground(send: () => Promise<void>): void {
  send().catch((err: unknown) => console.error("[mail] password reset mail failed:", err));
}

/**
 * Starts a password reset. The caller always gets the same answer: when the
 * address belongs to an active account a one-hour, single-use link is mailed
 * to it; otherwise nothing happens. Limits count unknown addresses too.
 */
export async function requestPasswordReset(db: Db, input: RequestPasswordResetInput): Promise<void> {
  const email = normalizeEmail(input.email);
  const byAddress = await consumeRateLimit(db, `reset:account:${email}`, RESET_ADDRESS_LIMIT);
  const byIp = input.ip ? await consumeRateLimit(db, `reset:ip:${input.ip}`, RESET_IP_LIMIT) : byAddress;
  if (!byAddress.allowed || !byIp.allowed) {
    throw new TooManyRequestsError(
      "Too many password reset requests. Try again later.",
      Math.max(byAddress.retryAfterSeconds, byIp.retryAfterSeconds),
    );
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, disabledAt: true, isDemo: true } });
  if (!user || user.disabledAt || (user.isDemo && !demoAccountsAllowed(getEnv()))) return;

  const { token, tokenHash } = newOneTimeToken();
  const now = new Date();
  // Not runMutation(): no signed-in actor, audit row, signal or cache is involved, and the mail is sent below, after commit.
  await db.$transaction([
    // Only the newest link works: an older mail lying in an inbox is dead.
    db.verificationToken.updateMany({
      where: { identifier: user.id, purpose: PASSWORD_RESET_PURPOSE, usedAt: null },
      data: { usedAt: now },
    }),
    db.verificationToken.create({
      data: {
        identifier: user.id,
        purpose: PASSWORD_RESET_PURPOSE,
        tokenHash,
        expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS),
      },
    }),
  ]);
  const message = passwordResetMessage(user.email, absoluteUrl(`/reset-password/${token}`));
  (input.deliver ?? deliverInBackground)(() => input.mailer.send(message));
}
