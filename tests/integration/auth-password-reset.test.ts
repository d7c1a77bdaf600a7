// Password reset end to end against a real SMTP listener on loopback: the
// mail arrives with a link, the link works once, the password changes, and an
// unknown address gets the same answer and no mail. On both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as confirmReset } from "@/app/api/v1/password-reset/confirm/route";
import { POST as requestReset } from "@/app/api/v1/password-reset/route";
import { GET as getWatchlist } from "@/app/api/v1/me/watchlist/route";
import { encode } from "next-auth/jwt";
import { CLIENT_IP_HEADER } from "@/lib/server/trusted-proxies";
import { authSecret, sessionCookieName } from "@/lib/auth/auth-secret";
import { actorFromSession } from "@/lib/auth/authenticate-request";
import { getEnv } from "@/lib/env";
import { hashOneTimeToken } from "@/lib/auth/one-time-token";
import { PASSWORD_RESET_PURPOSE, RESET_ADDRESS_LIMIT } from "@/lib/auth/request-password-reset";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { startSmtpListener, type SmtpListener } from "../helpers/smtp-listener";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { callRoute, createTestUser, TEST_ORIGIN, useAsAppDatabase } from "../helpers/route-harness";

const OLD_PASSWORD = "correct horse battery staple";
const NEW_PASSWORD = "a brand new passphrase";
let smtp: SmtpListener;

// Set before anything reads the (cached) environment: the route handlers mail through SMTP_URL.
beforeAll(async () => {
  smtp = await startSmtpListener();
  process.env.SMTP_URL = smtp.url;
  process.env.NEXTAUTH_URL = TEST_ORIGIN;
});
afterAll(() => smtp?.close());

let ipCounter = 0;
/** A fresh client address per call, so the per-IP limit never interferes unless a test wants it. */
function freshIp(): string {
  ipCounter += 1;
  return `198.51.100.${ipCounter % 250}`;
}

function request(email: string, ip = freshIp()) {
  return callRoute(requestReset, { method: "POST", path: "/api/v1/password-reset", headers: { [CLIENT_IP_HEADER]: ip }, body: { email } });
}

function confirm(token: string, password: string) {
  return callRoute(confirmReset, { method: "POST", path: "/api/v1/password-reset/confirm", body: { token, password } });
}

function tokenOf(text: string): string {
  const match = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no reset link in:\n${text}`);
  return match[1];
}

describe.each(testDatabaseKinds())("password reset by e-mail on %s", (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
  });
  afterAll(() => db?.destroy());

  it("mails a single-use link that sets the new password; only its hash is stored", async () => {
    const user = await createTestUser(db, "SUBSCRIBER");
    const res = await request(user.email.toUpperCase());
    expect(res.status).toBe(200);

    const mail = await smtp.waitFor(user.email);
    expect(mail.subject).toContain("Reset your Modelwatch password");
    expect(mail.text).toContain(`${TEST_ORIGIN}/reset-password/`);
    const token = tokenOf(mail.text);

    const stored = await db.db.verificationToken.findFirstOrThrow({
      where: { identifier: user.id, purpose: PASSWORD_RESET_PURPOSE },
      select: { tokenHash: true, expiresAt: true },
    });
    expect(stored.tokenHash).toBe(hashOneTimeToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(55 * 60_000);

    const done = await confirm(token, NEW_PASSWORD);
    expect(done.status).toBe(200);
    expect(await signInWithPassword(db.db, { email: user.email, password: NEW_PASSWORD, ip: null })).toMatchObject({ id: user.id });
    expect(await signInWithPassword(db.db, { email: user.email, password: OLD_PASSWORD, ip: null })).toBeNull();

    const again = await confirm(token, "yet another passphrase");
    expect(again.status).toBe(422);
    expect(again.json?.rule).toBe("reset-link-single-use");
    expect(await signInWithPassword(db.db, { email: user.email, password: NEW_PASSWORD, ip: null })).not.toBeNull();
  });

  it("ends every session signed in before the reset; one signed in after it works", async () => {
    const user = await createTestUser(db, "SUBSCRIBER");
    const watchlist = (cookie: string) => callRoute(getWatchlist, { path: "/api/v1/me/watchlist", headers: { cookie } });
    expect((await watchlist(user.cookie)).status).toBe(200);
    await request(user.email);
    const done = await confirm(tokenOf((await smtp.waitFor(user.email)).text), NEW_PASSWORD);
    expect(done.status).toBe(200);

    const stale = await watchlist(user.cookie);
    expect(stale.status).toBe(401);
    expect(await actorFromSession(db.db, user.cookie)).toBeNull();
    // A session as next-auth mints it at sign-in (see auth-options' jwt callback).
    const fresh = await encode({ token: { sub: user.id, signedInAt: Date.now(), sid: "fresh-session" }, secret: authSecret(getEnv()) });
    const cookie = `${sessionCookieName(getEnv())}=${fresh}`;
    expect((await watchlist(cookie)).status).toBe(200);
    expect(await actorFromSession(db.db, cookie)).toMatchObject({ userId: user.id, via: "session" });
    // The API token is no session: it stays valid until revoked.
    expect((await callRoute(getWatchlist, { path: "/api/v1/me/watchlist", headers: { authorization: user.bearer } })).status).toBe(200);
  });

  it("answers an unknown address exactly like a known one, and sends it nothing", async () => {
    const known = await createTestUser(db, "SUBSCRIBER");
    const unknown = `nobody-${kind}-${Date.now()}@test.local`;
    const forUnknown = await request(unknown);
    const forKnown = await request(known.email);
    expect(forUnknown.status).toBe(forKnown.status);
    expect(forUnknown.json).toEqual(forKnown.json);
    await smtp.waitFor(known.email);
    // Delivery runs in the background: give a (wrongly) sent mail time to arrive too.
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.some((m) => m.to.includes(unknown))).toBe(false);
    expect(await db.db.verificationToken.count({ where: { identifier: unknown } })).toBe(0);
  });

  it("refuses an expired link and keeps the old password", async () => {
    const user = await createTestUser(db, "SUBSCRIBER");
    await request(user.email);
    const token = tokenOf((await smtp.waitFor(user.email)).text);
    await db.db.verificationToken.updateMany({
      where: { identifier: user.id, purpose: PASSWORD_RESET_PURPOSE },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const res = await confirm(token, NEW_PASSWORD);
    expect(res.status).toBe(422);
    expect(res.json?.rule).toBe("reset-link-expiry");
    expect(String(res.json?.detail)).toMatch(/expired/);
    expect(await signInWithPassword(db.db, { email: user.email, password: OLD_PASSWORD, ip: null })).not.toBeNull();
  });

  it("refuses unknown tokens and weak passwords clearly", async () => {
    const unknown = await confirm("x".repeat(43), NEW_PASSWORD);
    expect(unknown.status).toBe(422);
    expect(unknown.json?.rule).toBe("reset-link-valid");
    const weak = await confirm("x".repeat(43), "short");
    expect(weak.status).toBe(400);
    expect(JSON.stringify(weak.json?.errors)).toContain("password");
    const extra = await callRoute(requestReset, { method: "POST", path: "/api/v1/password-reset", body: { email: "a@b.org", role: "ADMIN" } });
    expect(extra.status).toBe(400);
  });

  it("sends no link to a disabled account", async () => {
    const user = await createTestUser(db, "EDITOR", { disabled: true });
    expect((await request(user.email)).status).toBe(200);
    expect(await db.db.verificationToken.count({ where: { identifier: user.id } })).toBe(0);
  });

  it("limits requests per address, whoever asks, with 429 and Retry-After", async () => {
    const address = `flooded-${kind}-${Date.now()}@test.local`;
    for (let i = 0; i < RESET_ADDRESS_LIMIT.limit; i++) expect((await request(address)).status).toBe(200);
    const refused = await request(address);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
  });
});
