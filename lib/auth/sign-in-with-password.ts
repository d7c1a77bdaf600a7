import type { Db } from "../db";
import { getEnv } from "../env";
import { demoAccountsAllowed } from "./demo-accounts";
import { normalizeEmail } from "./normalize-email";
import { hashPassword, verifyPassword } from "./password";
import { consumeRateLimit, peekRateLimit, type RateLimit } from "./rate-limit";

/** Failed attempts per account: slows guessing one password from many addresses. */
export const ACCOUNT_LIMIT: RateLimit = { limit: 10, windowMs: 15 * 60_000 };
/** Failed attempts per address: slows trying many accounts from one place. */
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
 * so sign-in never reveals who has an account. Limits count failed attempts
 * (for addresses that do not exist too); people who know their password are
 * never locked out by their own successful sign-ins.
 */
export async function signInWithPassword(
  db: Db,
  input: { email: string; password: string; ip: string | null },
): Promise<SignedInUser | null> {
  const email = normalizeEmail(input.email);
  const accountKey = `signin:account:${email}`;
  const ipKey = input.ip ? `signin:ip:${input.ip}` : null;
  const byAccount = await peekRateLimit(db, accountKey, ACCOUNT_LIMIT);
  const byIp = ipKey ? await peekRateLimit(db, ipKey, IP_LIMIT) : byAccount;
  if (!byAccount.allowed || !byIp.allowed) {
    throw new TooManyAttemptsError(Math.max(byAccount.retryAfterSeconds, byIp.retryAfterSeconds));
  }
  const user = await checkPassword(db, email, input.password);
  if (user) return user;
  await consumeRateLimit(db, accountKey, ACCOUNT_LIMIT);
  if (ipKey) await consumeRateLimit(db, ipKey, IP_LIMIT);
  return null;
}

async function checkPassword(db: Db, email: string, password: string): Promise<SignedInUser | null> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, disabledAt: true, isDemo: true, passwordHash: true },
  });
  if (!user?.passwordHash) {
    dummyHash ??= hashPassword("no such user: constant-time refusal");
    await verifyPassword(password, await dummyHash);
    return null;
  }
  const valid = await verifyPassword(password, user.passwordHash);
  if (!valid || user.disabledAt) return null;
  if (user.isDemo && !demoAccountsAllowed(getEnv())) return null;
  return { id: user.id, email: user.email, name: user.name };
}
