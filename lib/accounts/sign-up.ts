import { DuplicateEmailError } from "../auth/auth-errors";
import { createUser } from "../auth/create-user";
import { normalizeEmail } from "../auth/normalize-email";
import { newOneTimeToken } from "../auth/one-time-token";
import { consumeRateLimit, type RateLimit } from "../auth/rate-limit";
import type { Db } from "../db";
import { TooManyRequestsError } from "../errors";
import { accountExistsMessage, confirmAddressMessage } from "../mail/link-message";
import type { Mailer, MailMessage } from "../mail/mailer";
import { absoluteUrl } from "../site-url";

/** Per address: enough for a household or an office, too few to mass-create accounts. */
export const SIGN_UP_IP_LIMIT: RateLimit = { limit: 10, windowMs: 60 * 60_000 };
/** Mails per address (confirmation or "you already have an account"): nobody's inbox is flooded from here. */
export const SIGN_UP_ADDRESS_LIMIT: RateLimit = { limit: 5, windowMs: 60 * 60_000 };

export const CONFIRM_ADDRESS_PURPOSE = "confirm-address";
export const CONFIRM_ADDRESS_TTL_MS = 24 * 60 * 60_000;

/** What every sign-up is told, whether or not the address already had an account. */
export const SIGN_UP_MESSAGE =
  "Check your mail: we sent a message to this address. Open its link to confirm the address, then sign in with your password.";

export interface SignUpInput {
  email: string;
  password: string;
  name?: string;
}

export interface SignUpContext {
  ip: string | null;
  mailer: Mailer;
  /** Runs the delivery; the default does not wait for it, so response time says nothing about the address. */
  deliver?: (send: () => Promise<void>) => void;
}

function deliverInBackground(send: () => Promise<void>): void {
  send().catch((err: unknown) => console.error("[mail] sign-up mail failed:", err));
}

/**
 * Creates an unconfirmed SUBSCRIBER account (never any other role: roles are granted
 * by an admin) and mails a link that confirms the address; the password works only
 * after that, so nobody can pre-register someone else's address. A taken address gets
 * the same answer, and its owner a mail saying so: sign-up never tells who has an
 * account. Attempts count per client address, successful or not; requests without a
 * known address share one bucket, so hiding it gains nothing.
 */
export async function signUp(db: Db, input: SignUpInput, context: SignUpContext): Promise<{ message: string }> {
  const limit = await consumeRateLimit(db, `signup:ip:${context.ip ?? "unknown"}`, SIGN_UP_IP_LIMIT);
  if (!limit.allowed) {
    throw new TooManyRequestsError(
      `Too many sign-ups from your address. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
      limit.retryAfterSeconds,
    );
  }
  let message: MailMessage;
  try {
    const user = await createUser(db, { email: input.email, password: input.password, name: input.name, role: "SUBSCRIBER" }, { unconfirmed: true });
    const { token, tokenHash } = newOneTimeToken();
    await db.verificationToken.create({
      data: { identifier: user.id, purpose: CONFIRM_ADDRESS_PURPOSE, tokenHash, expiresAt: new Date(Date.now() + CONFIRM_ADDRESS_TTL_MS) },
    });
    message = confirmAddressMessage(user.email, absoluteUrl(`/confirm-address/${token}`));
  } catch (err) {
    if (!(err instanceof DuplicateEmailError)) throw err;
    message = accountExistsMessage(err.email, absoluteUrl("/signin"));
  }
  const byAddress = await consumeRateLimit(db, `signup:account:${normalizeEmail(message.to)}`, SIGN_UP_ADDRESS_LIMIT);
  if (byAddress.allowed) (context.deliver ?? deliverInBackground)(() => context.mailer.send(message));
  return { message: SIGN_UP_MESSAGE };
}
