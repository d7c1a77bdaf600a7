import { encode } from "next-auth/jwt";
import type { Env } from "../env";
import { authSecret, sessionCookieName, usesSecureCookies } from "./auth-secret";
import { newSessionId } from "./revoke-session";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** The session cookie's attributes: next-auth sets them at sign-in, sessionSetCookie when it re-issues one. */
export function sessionCookieOptions(env: Pick<Env, "NEXTAUTH_URL">) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: usesSecureCookies(env) };
}

/**
 * A Set-Cookie value for a session signed in at `signedInAtMs`, as next-auth mints it at sign-in
 * (same name, claims and attributes): for keeping the caller signed in when their older sessions end.
 */
export async function sessionSetCookie(userId: string, signedInAtMs: number, env: Env): Promise<string> {
  const token = await encode({
    token: { sub: userId, signedInAt: signedInAtMs, sid: newSessionId() },
    secret: authSecret(env),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000).toUTCString();
  const { path, secure } = sessionCookieOptions(env);
  return `${sessionCookieName(env)}=${token}; Path=${path}; Expires=${expires}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
