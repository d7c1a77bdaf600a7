// Resolves the caller of a request: an API token (Authorization: Bearer) or
// the next-auth session cookie. The user row is read on every request, so a
// role change or a disabled account takes effect at once.
import { decode } from "next-auth/jwt";
import type { Db } from "../db";
import { getEnv } from "../env";
import { UnauthenticatedError } from "../errors";
import type { Actor } from "./actor";
import { authSecret, sessionCookieName } from "./auth-secret";
import { hashApiToken } from "./create-api-token";
import { sessionIsRevoked } from "./revoke-session";

/** lastUsedAt is shown to people, not used for security: one write a minute per token is plenty. */
const LAST_USED_RESOLUTION_MS = 60_000;

const USER_FIELDS = { id: true, email: true, name: true, role: true, disabledAt: true } as const;

/**
 * Whether a session signed in at `signedInAtMs` outlived a reset of the account's password:
 * whoever reset it (perhaps to shut someone out) expects every older session to end.
 */
export function sessionRevoked(signedInAtMs: number, user: { sessionsValidFrom: Date | null }): boolean {
  return user.sessionsValidFrom !== null && signedInAtMs < user.sessionsValidFrom.getTime();
}

/** The session id a decoded session token carries; null for tokens minted before sessions had ids (not accepted). */
export function sessionIdOf(token: Record<string, unknown>): string | null {
  return typeof token.sid === "string" && token.sid ? token.sid : null;
}

/**
 * Whether a session is over although its cookie is not expired: signed out (revoked), or older
 * than the account's sessionsValidFrom (password reset or change, account disabled).
 */
export async function sessionEnded(db: Db, session: { sessionId: string | null; signedInAtMs: number }, user: { sessionsValidFrom: Date | null }): Promise<boolean> {
  if (!session.sessionId || sessionRevoked(session.signedInAtMs, user)) return true;
  return sessionIsRevoked(db, session.sessionId);
}

/** When a decoded session token was signed in: our own claim in ms, else the JWT's iat. */
export function sessionSignedInAtMs(token: Record<string, unknown>): number {
  if (typeof token.signedInAt === "number") return token.signedInAt;
  return typeof token.iat === "number" ? token.iat * 1000 : 0;
}

async function actorFromToken(db: Db, token: string): Promise<Actor> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: USER_FIELDS } },
  });
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) {
    throw new UnauthenticatedError("The API token is unknown, expired or revoked.");
  }
  if (row.user.disabledAt) throw new UnauthenticatedError("The account that owns this API token is disabled.");
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const { id, email, name, role } = row.user;
  return { userId: id, email, name, role, via: "token", tokenId: row.id };
}

function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** The user id in a session cookie, its session id and when it signed in, or null when there is none or it is expired or forged. */
export async function sessionFromCookie(
  cookieHeader: string | null,
): Promise<{ userId: string; sessionId: string | null; signedInAtMs: number } | null> {
  const env = getEnv();
  const raw = readCookie(cookieHeader, sessionCookieName(env));
  if (!raw) return null;
  try {
    const jwt = await decode({ token: raw, secret: authSecret(env) });
    return typeof jwt?.sub === "string" ? { userId: jwt.sub, sessionId: sessionIdOf(jwt), signedInAtMs: sessionSignedInAtMs(jwt) } : null;
  } catch {
    return null;
  }
}

/** The signed-in user behind a session cookie; a disabled or deleted account, or an ended session, is nobody. */
export async function actorFromSession(db: Db, cookieHeader: string | null): Promise<Actor | null> {
  const session = await sessionFromCookie(cookieHeader);
  if (!session) return null;
  const user = await db.user.findUnique({ where: { id: session.userId }, select: { ...USER_FIELDS, sessionsValidFrom: true } });
  if (!user || user.disabledAt || (await sessionEnded(db, session, user))) return null;
  return { userId: user.id, email: user.email, name: user.name, role: user.role, via: "session" };
}

/**
 * The caller, or null for an anonymous request. A bearer token that is not
 * valid is an error (401), not anonymity: the caller meant to authenticate.
 */
export async function authenticateRequest(request: Request, db: Db): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) throw new UnauthenticatedError("Use `Authorization: Bearer <token>` with an API token.");
    return actorFromToken(db, match[1]);
  }
  return actorFromSession(db, request.headers.get("cookie"));
}
