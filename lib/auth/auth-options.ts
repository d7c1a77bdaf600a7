// next-auth configuration. Sessions are JWTs in an HttpOnly cookie carrying
// only the user id: role and disabled state are read from the database on
// every request (authenticate-request.ts), never trusted from the cookie.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../db";
import { getEnv } from "../env";
import { authSecret, sessionCookieName, usesSecureCookies } from "./auth-secret";
import { signInWithPassword, TooManyAttemptsError } from "./sign-in-with-password";

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  if (typeof forwarded === "string" && forwarded) return forwarded.split(",")[0]!.trim();
  const real = headers?.["x-real-ip"];
  return typeof real === "string" && real ? real : null;
}

const passwordProvider = CredentialsProvider({
  id: "password",
  name: "Email and password",
  credentials: {
    email: { label: "Email", type: "email" },
    password: { label: "Password", type: "password" },
  },
  async authorize(credentials, req) {
    if (!credentials?.email || !credentials.password) return null;
    try {
      return await signInWithPassword(await getDb(), {
        email: credentials.email,
        password: credentials.password,
        ip: clientIp(req.headers),
      });
    } catch (err) {
      // next-auth passes an Error's message to the sign-in page as ?error=.
      if (err instanceof TooManyAttemptsError) throw new Error("RateLimited");
      throw err;
    }
  },
});

export function getAuthOptions(): NextAuthOptions {
  const env = getEnv();
  const secure = usesSecureCookies(env);
  return {
    secret: authSecret(env),
    providers: [passwordProvider],
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        name: sessionCookieName(env),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
    pages: { signIn: "/signin", error: "/signin" },
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        // Nothing but the id: name and email may change, the role must be read fresh.
        return { sub: token.sub, iat: token.iat, exp: token.exp, jti: token.jti };
      },
      async session({ session, token }) {
        const user = token.sub
          ? await (await getDb()).user.findUnique({
              where: { id: token.sub },
              select: { id: true, email: true, name: true, role: true, disabledAt: true },
            })
          : null;
        if (!user || user.disabledAt) return { expires: session.expires };
        return { expires: session.expires, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
      },
    },
  };
}
