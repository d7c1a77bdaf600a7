// Signing out ends the session on the server too: sessions are JWTs, so the cookie
// itself cannot be recalled; its `sid` is listed here until the cookie would expire.
import { randomUUID } from "node:crypto";
import type { Db } from "../db";

/** A fresh session id, minted at sign-in and carried by the session's JWT for its whole life. */
export function newSessionId(): string {
  return randomUUID();
}

/** Ends the session `sessionId` (valid until `expiresAt` otherwise); expired entries are pruned on the way. */
export async function revokeSession(db: Db, sessionId: string, expiresAt: Date): Promise<void> {
  await db.$transaction([
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.revokedSession.upsert({ where: { sessionId }, create: { sessionId, expiresAt }, update: {} }),
  ]);
}

export async function sessionIsRevoked(db: Db, sessionId: string): Promise<boolean> {
  return (await db.revokedSession.count({ where: { sessionId } })) > 0;
}
