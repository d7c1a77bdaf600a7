import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db, Tx } from "../db";
import { UserDisabledError, UserNotFoundError } from "./auth-errors";

/** Marks our secrets so scanners (and people) recognise a leaked one. */
export const API_TOKEN_PREFIX = "mw_";
/** How much of the token is stored in clear to tell tokens apart in lists: "mw_" plus 8 characters. */
const DISPLAY_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 8;

/** A fresh secret: 32 random bytes (256 bits), base64url so it fits a header unescaped. */
export function generateApiToken(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/**
 * What we store and look tokens up by. A plain SHA-256 is enough (no bcrypt):
 * the secret is 256 random bits, so there is nothing to brute-force, and a
 * lookup must be a single indexed equality match.
 */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export const createApiTokenInputSchema = z.object({
  userId: z.string().min(1),
  name: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
  expiresAt: z.date().optional(),
});

export type CreateApiTokenInput = z.input<typeof createApiTokenInputSchema>;

/**
 * Issues an API token for an active user. The plaintext is returned once and
 * never stored: only its hash and a short display prefix reach the database.
 */
export async function createApiToken(db: Db | Tx, input: CreateApiTokenInput) {
  const data = createApiTokenInputSchema.parse(input);
  const user = await db.user.findUnique({ where: { id: data.userId }, select: { email: true, disabledAt: true } });
  if (!user) throw new UserNotFoundError({ id: data.userId });
  if (user.disabledAt) throw new UserDisabledError(user.email);
  const token = generateApiToken();
  const record = await db.apiToken.create({
    data: {
      userId: data.userId,
      name: data.name,
      prefix: token.slice(0, DISPLAY_PREFIX_LENGTH),
      tokenHash: hashApiToken(token),
      expiresAt: data.expiresAt,
    },
  });
  return { token, record };
}
