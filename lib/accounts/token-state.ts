export type TokenState = "active" | "expired" | "revoked";

/** Revoked wins over expired: it is the deliberate act. */
export function tokenState(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): TokenState {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt <= now) return "expired";
  return "active";
}
