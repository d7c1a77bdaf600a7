import type { Env } from "../env";

// Development and tests run without configuration; production refuses to boot
// without NEXTAUTH_SECRET (lib/env.ts), so this fallback never signs a real session.
const DEVELOPMENT_SECRET = "modelwatch-development-secret-not-for-production";

/** The key that signs and encrypts session cookies (next-auth's JWT). */
export function authSecret(env: Pick<Env, "NEXTAUTH_SECRET" | "isProduction">): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.isProduction) throw new Error("NEXTAUTH_SECRET is required in production");
  return DEVELOPMENT_SECRET;
}

/** Cookies are `Secure` (and `__Secure-` prefixed) whenever the site is served over HTTPS. */
export function usesSecureCookies(env: Pick<Env, "NEXTAUTH_URL">): boolean {
  return env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function sessionCookieName(env: Pick<Env, "NEXTAUTH_URL">): string {
  return usesSecureCookies(env) ? "__Secure-modelwatch.session" : "modelwatch.session";
}
