import type { Db } from "../db";
import { getEnv } from "../env";
import { demoAccountsAllowed } from "./demo-accounts";
import { normalizeEmail } from "./normalize-email";
import { hashPassword, verifyPassword } from "./password";
import { consumeRateLimit, refundRateLimit, type RateLimit } from "./rate-limit";

/**
 * Failed attempts per account from one client: slows guessing one password, and only
 * the guesser is stopped (someone failing elsewhere cannot lock the owner out).
 */
export const ACCOUNT_LIMIT: RateLimit = { limit: 10, windowMs: 15 * 60_000 };
/** Failed attempts per client across accounts: slows trying many accounts from one place. */
export const IP_LIMIT: RateLimit = { limit: 30, windowMs: 15 * 60_000 };

/** The rate-limit buckets of one account's attempts, one per client (a password reset clears them all). */
export function signInAccountKeyPrefix(email: string): string {
  return `signin:account:${email}:client:`;
}

function signInAccountKey(email: string, ip: string | null): string {
  return `${signInAccountKeyPrefix(email)}${ip ?? "unknown"}`;
}

export class EmailUnverifiedError extends Error {
  constructor() {
    super("Confirm your e-mail address first: open the link we sent when you signed up (or reset your password).");
    this.name = "EmailUnverifiedError";
  }
}

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
 * so sign-in never reveals who has an account; only the right password for an
 * address nobody has proven yet gets its own answer (EmailUnverifiedError).
 * Each attempt is counted before the password is checked, in one atomic
 * statement per limit, so parallel attempts cannot all slip under it; a
 * successful one is given back, so people who know their password are never
 * locked out by their own sign-ins.
 */
export async function signInWithPassword(
  db: Db,
  input: { email: string; password: string; ip: string | null },
): Promise<SignedInUser | null> {
  const email = normalizeEmail(input.email);
  const keys = [signInAccountKey(email, input.ip), `signin:ip:${input.ip ?? "unknown"}`];
  const [byAccount, byIp] = [await consumeRateLimit(db, keys[0]!, ACCOUNT_LIMIT), await consumeRateLimit(db, keys[1]!, IP_LIMIT)];
  if (!byAccount.allowed || !byIp.allowed) {
    throw new TooManyAttemptsError(Math.max(byAccount.allowed ? 0 : byAccount.retryAfterSeconds, byIp.allowed ? 0 : byIp.retryAfterSeconds));
  }
  const outcome = await checkPassword(db, email, input.password);
  if (outcome === null) return null;
  for (const key of keys) await refundRateLimit(db, key);
  if (outcome === "unverified") throw new EmailUnverifiedError();
  return outcome;
}

async function checkPassword(db: Db, email: string, password: string): Promise<SignedInUser | "unverified" | null> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, disabledAt: true, isDemo: true, passwordHash: true, emailVerifiedAt: true },
  });
  if (!user?.passwordHash) {
    dummyHash ??= hashPassword("no such user: constant-time refusal");
    await verifyPassword(password, await dummyHash);
    return null;
  }
  const valid = await verifyPassword(password, user.passwordHash);
  if (!valid || user.disabledAt) return null;
  if (user.isDemo && !demoAccountsAllowed(getEnv())) return null;
  // A password nobody has proven the address for may be an impostor's (pre-registered takeover).
  if (!user.emailVerifiedAt) return "unverified";
  return { id: user.id, email: user.email, name: user.name };
}
