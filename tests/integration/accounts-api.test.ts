// Sign-up, own account and API tokens through the real route handlers, on
// both databases: what a subscriber can do for themself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchAccount, POST as postAccount } from "@/app/api/v1/account/route";
import { POST as postPassword } from "@/app/api/v1/account/password/route";
import { GET as getMe } from "@/app/api/v1/me/route";
import { DELETE as deleteToken } from "@/app/api/v1/tokens/[id]/route";
import { GET as getTokens, POST as postToken } from "@/app/api/v1/tokens/route";
import { confirmAddress } from "@/lib/accounts/confirm-address";
import { SIGN_UP_IP_LIMIT, signUp as signUpAccount } from "@/lib/accounts/sign-up";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { EmailUnverifiedError, signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { createSmtpMailer } from "@/lib/mail/mailer";
import { CLIENT_IP_HEADER } from "@/lib/server/trusted-proxies";
import { authSecret, sessionCookieName } from "@/lib/auth/auth-secret";
import { getEnv } from "@/lib/env";
import { TooManyRequestsError } from "@/lib/errors";
import { encode } from "next-auth/jwt";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { callRoute, createTestUser, TEST_ORIGIN, useAsAppDatabase, type TestUser } from "../helpers/route-harness";
import { startSmtpListener, type SmtpListener } from "../helpers/smtp-listener";

const PASSWORD = "correct horse battery staple";

/** A session token as next-auth mints it at sign-in (see auth-options' jwt callback). */
const sessionToken = (userId: string, signedInAt: number) => encode({ token: { sub: userId, signedInAt, sid: `session-${signedInAt}` }, secret: authSecret(getEnv()) });

describe.each(testDatabaseKinds())("accounts API on %s", (kind) => {
  let db: TestDatabase;
  let subscriber: TestUser;
  let other: TestUser;

  let smtp: SmtpListener;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    subscriber = await createTestUser(db, "SUBSCRIBER");
    other = await createTestUser(db, "SUBSCRIBER");
  });
  afterAll(async () => {
    await db?.destroy();
    await smtp?.close();
  });

  const signUp = (body: unknown, ip = "198.51.100.1") =>
    callRoute(postAccount, { method: "POST", path: "/api/v1/account", headers: { [CLIENT_IP_HEADER]: ip }, body });
  /** Sign-up with mail: what the route does when SMTP_URL is set (its HTTP answers are tested in e2e/security-http). */
  const signUpWithMail = (email: string, password: string, ip = "198.51.100.2") =>
    signUpAccount(db.db, { email, password }, { ip, mailer: createSmtpMailer({ url: smtp.url, from: "Modelwatch <test@modelwatch.local>" }), deliver: (send) => void send() });

  it("offers no sign-up when the site sends no mail: an unconfirmable address could be anyone's", async () => {
    const res = await signUp({ email: "new.reader@example.org", password: "a long enough secret" });
    expect(res.status).toBe(404);
    expect(String(res.json?.detail)).toContain("sends no e-mail");
    expect(await db.db.user.count({ where: { email: "new.reader@example.org" } })).toBe(0);
  });

  it("signs up an unconfirmed SUBSCRIBER, answers a taken address alike and mails each owner", async () => {
    const fresh = await signUpWithMail("New.Reader@Example.org", "a long enough secret");
    const taken = await signUpWithMail("new.reader@example.org", "another secret here");
    expect(taken).toEqual(fresh);
    const user = await db.db.user.findUniqueOrThrow({ where: { email: "new.reader@example.org" } });
    expect(user).toMatchObject({ role: "SUBSCRIBER", emailVerifiedAt: null });
    expect(await db.db.user.count({ where: { email: "new.reader@example.org" } })).toBe(1);
    await expect(signInWithPassword(db.db, { email: "new.reader@example.org", password: "a long enough secret", ip: null })).rejects.toThrow(EmailUnverifiedError);
    await expect.poll(() => smtp.received.filter((m) => m.to.includes("new.reader@example.org")).map((m) => m.subject).sort()).toEqual([
      "Confirm your e-mail address for Modelwatch",
      "Your Modelwatch account already exists",
    ]);
    const confirm = smtp.received.find((m) => m.subject.startsWith("Confirm"))!;
    const token = /\/confirm-address\/([A-Za-z0-9_-]+)/.exec(confirm.text)?.[1] ?? "";
    expect(await confirmAddress(db.db, token)).toBe(true);
    expect(await confirmAddress(db.db, token)).toBe(false);
    const signedIn = await signInWithPassword(db.db, { email: "new.reader@example.org", password: "a long enough secret", ip: null });
    expect(signedIn?.email).toBe("new.reader@example.org");
  });

  it("refuses a role in the sign-up body, a short password and a bad address, naming the field", async () => {
    const role = await signUp({ email: "sneaky@example.org", password: "a long enough secret", role: "ADMIN" });
    expect(role.status).toBe(400);
    expect(role.json?.errors).toEqual([{ name: "role", reason: "not a parameter of this endpoint" }]);
    const short = await signUp({ email: "short@example.org", password: "short" });
    expect(short.status).toBe(400);
    expect(short.json?.errors).toEqual([expect.objectContaining({ name: "password" })]);
    const bad = await signUp({ email: "not-an-address", password: "a long enough secret" });
    expect((bad.json?.errors as { name: string }[])[0]?.name).toBe("email");
    expect(await db.db.user.count({ where: { email: { in: ["sneaky@example.org", "short@example.org"] } } })).toBe(0);
  });

  it("rate-limits sign-ups per address with 429 and Retry-After, other addresses unaffected", async () => {
    const ip = "203.0.113.77";
    for (let i = 0; i < SIGN_UP_IP_LIMIT.limit; i++) await consumeRateLimit(db.db, `signup:ip:${ip}`, SIGN_UP_IP_LIMIT);
    await expect(signUpWithMail("flood@example.org", "a long enough secret", ip)).rejects.toBeInstanceOf(TooManyRequestsError);
    expect(await db.db.user.count({ where: { email: "flood@example.org" } })).toBe(0);
    await signUpWithMail("flood@example.org", "a long enough secret", "203.0.113.78");
    expect(await db.db.user.count({ where: { email: "flood@example.org" } })).toBe(1);
  });

  it("creates a token whose secret is shown once, never listed, works as Bearer, shows last use, and stops when revoked", async () => {
    const created = await callRoute(postToken, {
      method: "POST",
      path: "/api/v1/tokens",
      headers: { cookie: subscriber.cookie, origin: TEST_ORIGIN },
      body: { name: "my script", expiresAt: "2030-01-01T00:00:00Z" },
    });
    expect(created.status).toBe(201);
    const secret = created.json?.secret as string;
    const token = created.json?.data as { id: string; prefix: string; lastUsedAt: string | null; expiresAt: string };
    expect(secret).toMatch(/^mw_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    expect(token).toMatchObject({ lastUsedAt: null, expiresAt: "2030-01-01T00:00:00.000Z", owner: { id: subscriber.id } });

    const me = await callRoute(getMe, { path: "/api/v1/me", headers: { authorization: `Bearer ${secret}` } });
    expect(me.status).toBe(200);
    expect(me.json?.data).toMatchObject({ id: subscriber.id, role: "SUBSCRIBER", via: "token" });

    const list = await callRoute(getTokens, { path: "/api/v1/tokens", headers: { cookie: subscriber.cookie } });
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(secret);
    expect(list.text).not.toMatch(/tokenHash/);
    const listed = (list.json?.data as { id: string; lastUsedAt: string | null }[]).find((t) => t.id === token.id);
    expect(listed?.lastUsedAt).not.toBeNull();
    const stored = await db.db.auditEvent.findFirst({ where: { action: "token.create", entityId: token.id } });
    expect(JSON.stringify(stored)).not.toContain(secret);

    const revoked = await callRoute(deleteToken, {
      method: "DELETE",
      path: `/api/v1/tokens/${token.id}`,
      params: { id: token.id },
      headers: { authorization: subscriber.bearer },
    });
    expect(revoked.status).toBe(200);
    expect((revoked.json?.data as { revokedAt: string | null }).revokedAt).not.toBeNull();
    const after = await callRoute(getMe, { path: "/api/v1/me", headers: { authorization: `Bearer ${secret}` } });
    expect(after.status).toBe(401);
  });

  it("lists only the caller's tokens and lets nobody but an admin revoke another user's token", async () => {
    const otherTokens = await db.db.apiToken.findMany({ where: { userId: other.id }, select: { id: true } });
    const mine = await callRoute(getTokens, { path: "/api/v1/tokens", headers: { authorization: subscriber.bearer } });
    const ids = (mine.json?.data as { id: string }[]).map((t) => t.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const t of otherTokens) expect(ids).not.toContain(t.id);

    const target = otherTokens[0]!.id;
    const res = await callRoute(deleteToken, {
      method: "DELETE",
      path: `/api/v1/tokens/${target}`,
      params: { id: target },
      headers: { authorization: subscriber.bearer },
    });
    expect(res.status).toBe(404);
    expect((await db.db.apiToken.findUniqueOrThrow({ where: { id: target } })).revokedAt).toBeNull();
  });

  it("refuses an expiry in the past with 422 naming the rule", async () => {
    const res = await callRoute(postToken, {
      method: "POST",
      path: "/api/v1/tokens",
      headers: { authorization: subscriber.bearer },
      body: { name: "stale", expiresAt: "2020-01-01T00:00:00Z" },
    });
    expect(res.status).toBe(422);
    expect(res.json?.rule).toBe("token-expiry-future");
  });

  it("changes the display name and the password (only with the right current one)", async () => {
    const named = await callRoute(patchAccount, {
      method: "PATCH",
      path: "/api/v1/account",
      headers: { cookie: subscriber.cookie, origin: TEST_ORIGIN },
      body: { name: "Ada" },
    });
    expect(named.status).toBe(200);
    expect(named.json?.data).toMatchObject({ id: subscriber.id, name: "Ada" });

    const change = (currentPassword: string) =>
      callRoute(postPassword, {
        method: "POST",
        path: "/api/v1/account/password",
        headers: { cookie: subscriber.cookie, origin: TEST_ORIGIN },
        body: { currentPassword, newPassword: "a brand new passphrase" },
      });
    const wrong = await change("not my password");
    expect(wrong.status).toBe(422);
    expect(wrong.json?.rule).toBe("current-password");
    expect(await signInWithPassword(db.db, { email: subscriber.email, password: PASSWORD, ip: null })).not.toBeNull();

    // Another browser of the same account, signed in a moment before the change.
    const elsewhere = `${sessionCookieName(getEnv())}=${await sessionToken(subscriber.id, Date.now() - 1000)}`;
    const me = (cookie: string) => callRoute(getMe, { path: "/api/v1/me", headers: { cookie } });
    expect((await me(elsewhere)).status).toBe(200);

    const right = await change(PASSWORD);
    expect(right.status).toBe(200);
    expect(right.text).not.toMatch(/\$2[aby]\$/);
    expect(await signInWithPassword(db.db, { email: subscriber.email, password: PASSWORD, ip: null })).toBeNull();
    expect(await signInWithPassword(db.db, { email: subscriber.email, password: "a brand new passphrase", ip: null })).not.toBeNull();

    // Every older session ends, the one that made the change included; it got a new cookie instead.
    expect((await me(elsewhere)).status).toBe(401);
    expect((await me(subscriber.cookie)).status).toBe(401);
    const setCookie = right.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^modelwatch\.session=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    const renewed = await me(setCookie.split(";")[0]!);
    expect(renewed.status).toBe(200);
    expect(renewed.json?.data).toMatchObject({ id: subscriber.id });
    // API tokens are not sessions: they stay valid until revoked.
    expect((await callRoute(getMe, { path: "/api/v1/me", headers: { authorization: subscriber.bearer } })).status).toBe(200);
  });
});
