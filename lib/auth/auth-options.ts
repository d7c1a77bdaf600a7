// next-auth configuration. Sessions are JWTs in an HttpOnly cookie carrying
// only the user id: role and disabled state are read from the database on
// every request (authenticate-request.ts), never trusted from the cookie.
import type { NextAuthOptions } from "next-auth";
import { getDb } from "../db";
import { getEnv, type Env } from "../env";
import type { Mailer } from "../mail/mailer";
import { authSecret, sessionCookieName, usesSecureCookies } from "./auth-secret";
import { buildProviders } from "./auth-providers";
import { sessionEnded, sessionIdOf, sessionSignedInAtMs } from "./authenticate-request";
import { demoAccountsAllowed } from "./demo-accounts";
import { modelwatchAuthAdapter } from "./modelwatch-auth-adapter";
import { newSessionId, revokeSession } from "./revoke-session";
import { normalizeEmail } from "./normalize-email";
import { consumeRateLimit, type RateLimit } from "./rate-limit";
import { safeCallbackPath } from "./safe-callback-path";
import { SESSION_MAX_AGE_SECONDS, sessionCookieOptions } from "./session-cookie";

/** Sign-in links per address and per client: nobody's inbox can be flooded from here. */
export const LINK_ADDRESS_LIMIT: RateLimit = { limit: 5, windowMs: 60 * 60_000 };
export const LINK_IP_LIMIT: RateLimit = { limit: 20, windowMs: 60 * 60_000 };

export interface AuthOptionsContext {
  env?: Env;
  /** The requesting client's address, for rate limits (route handler: clientIp(request.headers)). */
  clientIp?: string | null;
  /** Overrides the mailer SMTP_URL describes (tests). */
  mailer?: Mailer | null;
}

/** May this user (if they exist yet) sign in? Disabled and refused demo accounts may not, by any method. */
async function accountMaySignIn(userId: string, env: Env): Promise<boolean> {
  const user = await (await getDb()).user.findUnique({ where: { id: userId }, select: { disabledAt: true, isDemo: true } });
  if (!user) return true; // about to be created as a SUBSCRIBER
  return !user.disabledAt && !(user.isDemo && !demoAccountsAllowed(env));
}

async function linkRequestAllowed(email: string, ip: string | null | undefined): Promise<boolean> {
  const db = await getDb();
  const byAddress = await consumeRateLimit(db, `link:account:${normalizeEmail(email)}`, LINK_ADDRESS_LIMIT);
  const byIp = ip ? await consumeRateLimit(db, `link:ip:${ip}`, LINK_IP_LIMIT) : byAddress;
  return byAddress.allowed && byIp.allowed;
}

export function getAuthOptions(context: AuthOptionsContext = {}): NextAuthOptions {
  const env = context.env ?? getEnv();
  const secure = usesSecureCookies(env);
  return {
    secret: authSecret(env),
    providers: buildProviders(env, context.mailer),
    adapter: modelwatchAuthAdapter(getDb),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    // Secure cookies (and the __Secure-/__Host- prefixes next-auth adds) whenever the site is HTTPS.
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        name: sessionCookieName(env),
        options: sessionCookieOptions(env),
      },
    },
    pages: { signIn: "/signin", error: "/signin", verifyRequest: "/signin/check-email" },
    events: {
      async signOut({ token }) {
        // The cookie is deleted in this browser; a copy of it (stolen, or another tab's) must die too.
        const sessionId = token ? sessionIdOf(token) : null;
        const expSeconds = typeof token?.exp === "number" ? token.exp : Date.now() / 1000 + SESSION_MAX_AGE_SECONDS;
        if (sessionId) await revokeSession(await getDb(), sessionId, new Date(expSeconds * 1000));
      },
    },
    callbacks: {
      async signIn({ user, account, email }) {
        if (account?.provider === "email" && email?.verificationRequest) {
          // Every address gets the same answer (a link is sent to unknown ones
          // too: using it creates a subscriber), so only the limits can refuse.
          return (await linkRequestAllowed(user.email ?? "", context.clientIp)) ? true : "/signin?error=RateLimited";
        }
        if (account?.provider === "github" && !user.email) return "/signin?error=GitHubEmail";
        return accountMaySignIn(user.id, env);
      },
      redirect({ url, baseUrl }) {
        // Only paths on this site: a crafted callbackUrl cannot send anyone elsewhere.
        if (url.startsWith("/")) return `${baseUrl}${safeCallbackPath(url)}`;
        try {
          const target = new URL(url);
          if (target.origin === new URL(baseUrl).origin) return `${baseUrl}${safeCallbackPath(`${target.pathname}${target.search}`)}`;
        } catch {
          // not a URL: fall through to the home page
        }
        return baseUrl;
      },
      jwt({ token, user }) {
        // At sign-in: the id, when (in ms, so a password reset can void exactly the older sessions),
        // and a session id that signing out revokes.
        if (user) Object.assign(token, { sub: user.id, signedInAt: Date.now(), sid: newSessionId() });
        // Nothing else: name and email may change, the role must be read fresh.
        return { sub: token.sub, signedInAt: token.signedInAt, sid: token.sid, iat: token.iat, exp: token.exp, jti: token.jti };
      },
      async session({ session, token }) {
        const db = await getDb();
        const user = token.sub
          ? await db.user.findUnique({
              where: { id: token.sub },
              select: { id: true, email: true, name: true, role: true, disabledAt: true, sessionsValidFrom: true },
            })
          : null;
        const current = { sessionId: sessionIdOf(token), signedInAtMs: sessionSignedInAtMs(token) };
        if (!user || user.disabledAt || (await sessionEnded(db, current, user))) return { expires: session.expires };
        return { expires: session.expires, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
      },
    },
  };
}
