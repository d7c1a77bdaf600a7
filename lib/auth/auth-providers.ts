// Which sign-in methods exist follows the configuration: e-mail + password
// always; e-mail links when SMTP is configured; GitHub when its app is.
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import { getDb } from "../db";
import type { Env } from "../env";
import { signInLinkMessage } from "../mail/link-message";
import { getMailer, type Mailer } from "../mail/mailer";
import { clientIp } from "./client-ip";
import { EmailUnverifiedError, signInWithPassword, TooManyAttemptsError } from "./sign-in-with-password";

export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;

export interface SignInMethods {
  password: true;
  emailLink: boolean;
  github: boolean;
}

/** What the sign-in page offers. */
export function signInMethods(env: Pick<Env, "mailEnabled" | "githubEnabled">): SignInMethods {
  return { password: true, emailLink: env.mailEnabled, github: env.githubEnabled };
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
      if (err instanceof EmailUnverifiedError) throw new Error("EmailUnverified");
      throw err;
    }
  },
});

function emailLinkProvider(mailer: Mailer): Provider {
  return EmailProvider({
    maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
    // Unused: sendVerificationRequest below sends through our mailer.
    server: {},
    async sendVerificationRequest({ identifier, url }) {
      await mailer.send(signInLinkMessage(identifier, url));
    },
  });
}

interface GitHubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
}

function gitHubProvider(clientId: string, clientSecret: string): Provider {
  return GitHubProvider({
    clientId,
    clientSecret,
    userinfo: {
      url: "https://api.github.com/user",
      // Only a primary address GitHub has verified counts: a profile's email
      // field may be unset, and an unverified one proves nothing.
      async request({ client, tokens }) {
        const profile = await client.userinfo(tokens.access_token ?? "");
        const res = await fetch("https://api.github.com/user/emails", {
          headers: { Authorization: `Bearer ${tokens.access_token ?? ""}`, Accept: "application/vnd.github+json" },
        });
        const emails = res.ok ? ((await res.json()) as GitHubEmail[]) : [];
        const verified = emails.find((e) => e.primary && e.verified);
        return { ...profile, email: verified?.email };
      },
    },
  });
}

/** The next-auth providers for this configuration; `mailer` overrides the one SMTP_URL describes. */
export function buildProviders(env: Env, mailer: Mailer | null = getMailer(env)): Provider[] {
  const providers: Provider[] = [passwordProvider];
  if (env.mailEnabled && mailer) providers.push(emailLinkProvider(mailer));
  if (env.GITHUB_ID && env.GITHUB_SECRET) providers.push(gitHubProvider(env.GITHUB_ID, env.GITHUB_SECRET));
  return providers;
}
