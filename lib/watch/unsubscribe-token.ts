// One-click unsubscribe links: the user id signed with the site's secret, so a
// link works without signing in and cannot be forged for someone else.
import { createHmac, timingSafeEqual } from "node:crypto";

function mac(secret: string, userId: string): Buffer {
  return createHmac("sha256", secret).update(`unsubscribe:${userId}`).digest();
}

export function signUnsubscribeToken(secret: string, userId: string): string {
  return `${Buffer.from(userId).toString("base64url")}.${mac(secret, userId).toString("base64url")}`;
}

/** The user id a token was signed for, or null when it is not one of ours. */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
  const [id, sig] = token.split(".");
  if (!id || !sig) return null;
  const userId = Buffer.from(id, "base64url").toString("utf8");
  const given = Buffer.from(sig, "base64url");
  const expected = mac(secret, userId);
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
