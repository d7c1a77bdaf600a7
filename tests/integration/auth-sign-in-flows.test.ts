// Sign-in through next-auth's real handler (CSRF, providers, our adapter, the
// callbacks), on both databases: passwords (one answer for every failure, the
// rate limit, no open redirect) and e-mail links against a real SMTP listener
// (the link arrives, signs in once, creates a SUBSCRIBER for a new address,
// refuses disabled accounts).
import type { NextApiRequest, NextApiResponse } from "next";
import NextAuth from "next-auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getMe } from "@/app/api/v1/me/route";
import { getAuthOptions, LINK_ADDRESS_LIMIT } from "@/lib/auth/auth-options";
import { ACCOUNT_LIMIT } from "@/lib/auth/sign-in-with-password";
import { MAGIC_LINK_PURPOSE, modelwatchAuthAdapter } from "@/lib/auth/modelwatch-auth-adapter";
import { getEnv } from "@/lib/env";
import { createSmtpMailer } from "@/lib/mail/mailer";
import { startSmtpListener, type SmtpListener } from "../helpers/smtp-listener";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { callRoute, createTestUser, TEST_ORIGIN, useAsAppDatabase } from "../helpers/route-harness";

let smtp: SmtpListener;

beforeAll(async () => {
  smtp = await startSmtpListener();
  // next-auth builds its links from NEXTAUTH_URL.
  process.env.NEXTAUTH_URL = TEST_ORIGIN;
});
afterAll(() => smtp?.close());

type Jar = Record<string, string>;

function options(ip = "203.0.113.7") {
  const env = getEnv({ ...process.env, SMTP_URL: smtp.url });
  return getAuthOptions({ env, clientIp: ip, mailer: createSmtpMailer({ url: smtp.url, from: env.MAIL_FROM }) });
}

interface AuthResult {
  status: number;
  redirect?: string;
  body: unknown;
}

/**
 * One call to next-auth's handler (its documented API-route form, which takes
 * plain request/response objects, so no Next request scope is needed);
 * cookies it sets go into `jar`.
 */
async function auth(
  jar: Jar,
  req: { method: "GET" | "POST"; path: string[]; body?: Record<string, string>; query?: Record<string, string> },
  ip?: string,
): Promise<AuthResult> {
  const result: AuthResult = { status: 200, body: undefined };
  const headers = new Map<string, string | string[]>();
  const res = {
    status(code: number) {
      result.status = code;
      return res;
    },
    setHeader(name: string, value: string | string[]) {
      headers.set(name.toLowerCase(), value);
      return res;
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    end() {
      result.redirect = headers.get("location") as string | undefined;
    },
    json(body: unknown) {
      result.body = body;
    },
    send(body: unknown) {
      result.body = body;
    },
  };
  const request = {
    method: req.method,
    query: { ...req.query, nextauth: req.path },
    body: req.body ?? {},
    cookies: { ...jar },
    headers: { host: new URL(TEST_ORIGIN).host },
  };
  await NextAuth(request as unknown as NextApiRequest, res as unknown as NextApiResponse, options(ip));
  const setCookie = headers.get("set-cookie");
  for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
    const [pair = ""] = line.split(";");
    const eq = pair.indexOf("=");
    const name = pair.slice(0, eq);
    const value = decodeURIComponent(pair.slice(eq + 1));
    if (!value || /max-age=0/i.test(line)) delete jar[name];
    else jar[name] = value;
  }
  return result;
}

async function requestLink(jar: Jar, email: string, ip?: string) {
  const csrf = await auth(jar, { method: "GET", path: ["csrf"] });
  const { csrfToken } = csrf.body as { csrfToken: string };
  return auth(jar, { method: "POST", path: ["signin", "email"], body: { csrfToken, email, callbackUrl: "/account" } }, ip);
}

async function signInWithPasswordOverHandler(jar: Jar, email: string, password: string, callbackUrl = "/editor") {
  const csrf = await auth(jar, { method: "GET", path: ["csrf"] });
  const { csrfToken } = csrf.body as { csrfToken: string };
  return auth(jar, { method: "POST", path: ["callback", "password"], body: { csrfToken, email, password, callbackUrl } });
}

function linkOf(text: string): URL {
  const match = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(text);
  if (!match) throw new Error(`no sign-in link in:\n${text}`);
  return new URL(match[0]);
}

function useLink(jar: Jar, link: URL) {
  return auth(jar, { method: "GET", path: ["callback", "email"], query: Object.fromEntries(link.searchParams) });
}

function cookieHeader(jar: Jar): string {
  return Object.entries(jar)
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");
}

describe.each(testDatabaseKinds())("sign-in through next-auth on %s", (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
  });
  afterAll(() => db?.destroy());

  it("signs in with a password; wrong, unknown and disabled all answer the same", async () => {
    const user = await createTestUser(db, "EDITOR");
    const ok: Jar = {};
    const good = await signInWithPasswordOverHandler(ok, user.email, "correct horse battery staple");
    expect(good.redirect).toBe(`${TEST_ORIGIN}/editor`);
    expect(ok["modelwatch.session"]).toBeTruthy();

    const disabled = await createTestUser(db, "EDITOR", { disabled: true });
    const failures = await Promise.all([
      signInWithPasswordOverHandler({}, user.email, "wrong password"),
      signInWithPasswordOverHandler({}, `nobody-${kind}@test.local`, "wrong password"),
      signInWithPasswordOverHandler({}, disabled.email, "correct horse battery staple"),
    ]);
    for (const f of failures) expect(f.redirect).toContain("error=CredentialsSignin");
  });

  it("never redirects off the site after signing in", async () => {
    const user = await createTestUser(db, "SUBSCRIBER");
    for (const target of ["https://evil.example/x", "//evil.example/x"]) {
      const res = await signInWithPasswordOverHandler({}, user.email, "correct horse battery staple", target);
      const landed = new URL(res.redirect!);
      expect(landed.origin).toBe(TEST_ORIGIN);
      expect(landed.pathname).toBe("/");
    }
  });

  it("says RateLimited once an account has had too many attempts", async () => {
    const user = await createTestUser(db, "SUBSCRIBER");
    for (let i = 0; i < ACCOUNT_LIMIT.limit; i++) await signInWithPasswordOverHandler({}, user.email, "wrong password");
    const jar: Jar = {};
    const res = await signInWithPasswordOverHandler(jar, user.email, "correct horse battery staple");
    expect(res.redirect).toContain("error=RateLimited");
    expect(jar["modelwatch.session"]).toBeUndefined();
  });

  it("mails a link that signs an existing user in once, storing only a hash", async () => {
    const user = await createTestUser(db, "EDITOR");
    const jar: Jar = {};
    const sent = await requestLink(jar, user.email);
    expect(sent.redirect).toContain("/api/auth/verify-request");

    const mail = await smtp.waitFor(user.email);
    expect(mail.subject).toContain("sign-in link");
    const link = linkOf(mail.text);
    const token = link.searchParams.get("token")!;
    const stored = await db.db.verificationToken.findMany({ where: { identifier: user.email, purpose: MAGIC_LINK_PURPOSE }, select: { tokenHash: true } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toBe(token);

    const browser: Jar = {};
    const signedIn = await useLink(browser, link);
    expect(signedIn.redirect).toBe(`${TEST_ORIGIN}/account`);
    expect(browser["modelwatch.session"]).toBeTruthy();
    const me = await callRoute(getMe, { path: "/api/v1/me", headers: { cookie: cookieHeader(browser) } });
    expect(me.status).toBe(200);
    expect(me.json?.data).toMatchObject({ id: user.id, role: "EDITOR", via: "session" });
    expect((await db.db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();

    const second: Jar = {};
    const reused = await useLink(second, link);
    expect(reused.redirect).toContain("error=Verification");
    expect(second["modelwatch.session"]).toBeUndefined();
  });

  it("creates a SUBSCRIBER for a new address, never more", async () => {
    const email = `newcomer-${kind}-${Date.now()}@test.local`;
    await requestLink({}, email);
    const browser: Jar = {};
    await useLink(browser, linkOf((await smtp.waitFor(email)).text));
    const created = await db.db.user.findUniqueOrThrow({ where: { email } });
    expect(created.role).toBe("SUBSCRIBER");
    expect(created.emailVerifiedAt).not.toBeNull();
    const me = await callRoute(getMe, { path: "/api/v1/me", headers: { cookie: cookieHeader(browser) } });
    expect(me.json?.data).toMatchObject({ id: created.id, role: "SUBSCRIBER" });
  });

  it("answers every address alike but lets no disabled account in", async () => {
    const user = await createTestUser(db, "ADMIN", { disabled: true });
    const sent = await requestLink({}, user.email);
    expect(sent.redirect).toContain("/api/auth/verify-request");
    const browser: Jar = {};
    const refused = await useLink(browser, linkOf((await smtp.waitFor(user.email)).text));
    expect(refused.redirect).toContain("error=AccessDenied");
    expect(browser["modelwatch.session"]).toBeUndefined();
  });

  it("limits links per address", async () => {
    const email = `flooded-${kind}-${Date.now()}@test.local`;
    for (let i = 0; i < LINK_ADDRESS_LIMIT.limit; i++) {
      expect((await requestLink({}, email, `192.0.2.${i}`)).redirect).toContain("/api/auth/verify-request");
    }
    const refused = await requestLink({}, email, "192.0.2.99");
    expect(refused.redirect).toContain("error=RateLimited");
  });

  it("keeps GitHub identities in Account: new users are SUBSCRIBERs, one identity belongs to one user", async () => {
    const adapter = modelwatchAuthAdapter(() => Promise.resolve(db.db));
    const email = `Octo-${kind}-${Date.now()}@Example.org`;
    const user = await adapter.createUser!({ email, emailVerified: null, name: "Octo" });
    const row = await db.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ role: "SUBSCRIBER", email: email.toLowerCase(), emailVerifiedAt: null });
    expect(row).not.toHaveProperty("passwordHash");

    const identity = { provider: "github", providerAccountId: `gh-${kind}-${Date.now()}` };
    expect(await adapter.getUserByAccount!(identity)).toBeNull();
    await adapter.linkAccount!({ ...identity, type: "oauth", userId: user.id });
    expect((await adapter.getUserByAccount!(identity))?.id).toBe(user.id);
    const other = await createTestUser(db, "SUBSCRIBER");
    await expect(Promise.resolve(adapter.linkAccount!({ ...identity, type: "oauth", userId: other.id }))).rejects.toThrow();
  });
});
