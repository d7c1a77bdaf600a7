// One-time tokens sent by e-mail (password reset). Only the SHA-256 of the
// token is stored: a leaked database row cannot be turned into a working link.
import { createHash, randomBytes } from "node:crypto";

export function hashOneTimeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 32 random bytes, URL-safe, and the hash to store. */
export function newOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashOneTimeToken(token) };
}
