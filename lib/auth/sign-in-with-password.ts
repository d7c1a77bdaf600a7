import type { Db } from "../db";
import { getEnv } from "../env";
import { demoAccountsAllowed } from "./demo-accounts";
import { normalizeEmail } from "./normalize-email";
import { hashPassword, verifyPassword } from "./password";
import { consumeRateLimit, type RateLimit } from "./rate-limit";

/** Per account: slows guessing one password from many addresses. */
export const ACCOUNT_LIMIT: RateLimit = { limit: 10, windowMs: 15 * 60_000 };
/** Per address: slows trying many accounts from one place. */
export const IP_LIMIT: RateLimit = { limit: 30, windowMs: 15 * 60_000 };

export class TooManyAttemptsError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
    this.name = "TooManyAttemptsError";
  }
}

// Compared against when there is no such user, so an unknown address costs the
// same bcrypt time as a wrong password and timing tells nothing.
let dummyHash: Promise<string> | undefined;

export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
}

/**
 * Checks an email and password. Every failure (unknown address, wrong
 * password, disabled or refused demo account) looks the same to the caller,
 * so sign-in never reveals who has an account. Limits count attempts for
 * addresses that do not exist too.
 */
export async function signInWithPassword(
  db: Db,
  input: { email: string; password: string; ip: string | null },
): Promise<SignedInUser | null> {
  const email = normalizeEmail(input.email);
  const byAccount = await consumeRateLimit(db, `signin:account:${email}`, ACCOUNT_LIMIT);
  const byIp = input.ip ? await consumeRateLimit(db, `signin:ip:${input.ip}`, IP_LIMIT) : byAccount;
  if (!byAccount.allowed || !byIp.allowed) {
    throw new TooManyAttemptsError(Math.max(byAccount.retryAfterSeconds, byIp.retryAfterSeconds));
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, disabledAt: true, isDemo: true, passwordHash: true },
  });
  if (!user?.passwordHash) {
    dummyHash ??= hashPassword("no such user: constant-time refusal");
    await verifyPassword(input.password, await dummyHash);
    return null;
  }
  const valid = await verifyPassword(input.password, user.passwordHash);
  if (!valid || user.disabledAt) return null;
  if (user.isDemo && !demoAccountsAllowed(getEnv())) return null;
  return { id: user.id, email: user.email, name: user.name };
}
