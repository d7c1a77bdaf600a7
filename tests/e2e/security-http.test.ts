// Issue 18's findings, each on real HTTP responses of the production server (scripts/serve.ts
// around the built app), with a real SMTP listener. The server trusts one reverse proxy,
// 127.0.0.2 (TRUSTED_PROXIES); requests from 127.0.0.1 are a client talking to it directly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageErrors, screenshotPath, sharedBrowser } from "../helpers/browser";
import { DIRECT, linkIn, passwordSignIn, PROXY, request, requestSignInLink, signOut, type RawResponse } from "../helpers/http-from";
import { startOwnAppServer, type OwnAppServer } from "../helpers/own-app-server";
import { startSmtpListener, type ReceivedMail, type SmtpListener } from "../helpers/smtp-listener";
import { testDatabaseKinds } from "../helpers/test-databases";

const PASSWORD = "a long enough secret";
let counter = 0;
const browser = sharedBrowser();
/** A client address of its own for each scenario, so their rate limits never meet. */
const nextClient = () => `198.51.100.${++counter}`;

describe.each(testDatabaseKinds())("security over HTTP on %s", (kind) => {
  let own: OwnAppServer;
  let smtp: SmtpListener;
  let base: string;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    own = await startOwnAppServer(kind, { SMTP_URL: smtp.url, TRUSTED_PROXIES: PROXY });
    base = own.server.baseURL;
  }, 300_000);
  afterAll(async () => {
    await own?.stop();
    await smtp?.close();
  });

  const json = (method: string, path: string, body: unknown, headers: Record<string, string> = {}, from = DIRECT) =>
    request(`${base}${path}`, { method, from, headers: { "content-type": "application/json", origin: base, ...headers }, body: JSON.stringify(body) });
  /** Sign-up as a browser behind the trusted proxy would, from its own client address. */
  const signUp = (email: string, password = PASSWORD) => json("POST", "/api/v1/account", { email, password }, { "x-forwarded-for": nextClient() }, PROXY);
  const me = (cookie: string) => request(`${base}/api/v1/me`, { headers: { cookie } });
  const mailTo = async (to: string, subject: RegExp): Promise<ReceivedMail> => {
    await expect.poll(() => smtp.received.some((m) => m.to.includes(to) && subject.test(m.subject)), { timeout: 30_000 }).toBe(true);
    return smtp.received.find((m) => m.to.includes(to) && subject.test(m.subject))!;
  };
  /** Signs up and opens the confirmation link: an account whose password works. */
  const confirmedAccount = async (email: string): Promise<void> => {
    expect((await signUp(email)).status).toBe(200);
    const confirm = await request(linkIn((await mailTo(email, /Confirm your e-mail/)).text, `${base}/confirm-address/`));
    expect(confirm.status).toBe(303);
    expect(confirm.headers.location).toBe(`${base}/signin?verified=1`);
  };
  const signIn = async (email: string, password = PASSWORD, forwardedFor = nextClient()) => {
    const attempt = await passwordSignIn(base, email, password, { from: PROXY, forwardedFor });
    if (!attempt.session) throw new Error(`sign-in as ${email} refused: ${attempt.error}`);
    return attempt.session;
  };

  describe("security headers", () => {
    const csp = (res: RawResponse) => String(res.headers["content-security-policy"]);

    it("a per-request page carries a nonce its scripts use; every response refuses framing", async () => {
      const page = await request(`${base}/signin`);
      expect(page.status).toBe(200);
      const nonce = /'nonce-([^']+)'/.exec(csp(page))?.[1];
      expect(nonce).toBeTruthy();
      expect(csp(page)).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
      expect(page.body).toContain(`nonce="${nonce}"`);
      expect((await request(`${base}/signin`)).headers["content-security-policy"]).not.toContain(nonce);
      for (const res of [page, await request(`${base}/`), await request(`${base}/api/v1/models`)]) {
        expect(csp(res)).toContain("frame-ancestors 'none'");
        expect(res.headers["x-frame-options"]).toBe("DENY");
        expect(res.headers["x-content-type-options"]).toBe("nosniff");
      }
    });

    it("HSTS only when a trusted proxy says the request came over HTTPS", async () => {
      const https = { "x-forwarded-proto": "https" };
      for (const path of ["/signin", "/api/v1/models"]) {
        expect((await request(`${base}${path}`)).headers["strict-transport-security"]).toBeUndefined();
        // Anyone can write the header: from a client it means nothing.
        const spoofed = await request(`${base}${path}`, { headers: https });
        expect(spoofed.headers["strict-transport-security"]).toBeUndefined();
        expect(csp(spoofed)).not.toContain("upgrade-insecure-requests");
        const proxied = await request(`${base}${path}`, { headers: https, from: PROXY });
        expect(proxied.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
      }
    });
  });

  describe("forwarded headers count only from the trusted proxy", () => {
    it("per-client limits: a client cannot pick its own address; the proxy's report of it counts", async () => {
      const reset = (from: string, forwardedFor: string) =>
        json("POST", "/api/v1/password-reset", { email: `nobody-${++counter}@example.org` }, { "x-forwarded-for": forwardedFor }, from);
      // 20 resets an hour per client: from a client talking directly, whatever it claims to be.
      for (let i = 0; i < 20; i++) expect((await reset(DIRECT, "203.0.113.9")).status).toBe(200);
      expect((await reset(DIRECT, "203.0.113.9")).status).toBe(429);
      expect((await reset(DIRECT, "203.0.113.10")).status).toBe(429);
      // Behind the proxy each client has its own count.
      const [a, b] = [nextClient(), nextClient()];
      for (let i = 0; i < 20; i++) expect((await reset(PROXY, a)).status).toBe(200);
      expect((await reset(PROXY, a)).status).toBe(429);
      expect((await reset(PROXY, b)).status).toBe(200);
    });

    it("the same-origin check believes X-Forwarded-Host/Proto from the proxy only", async () => {
      const email = `origin-${kind}-${Date.now()}@example.org`;
      await confirmedAccount(email);
      const cookie = await signIn(email);
      const forged = { cookie, origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
      const direct = await json("PATCH", "/api/v1/account", { name: "Forged" }, forged);
      expect(direct.status).toBe(403);
      expect(direct.headers["content-type"]).toContain("application/problem+json");
      expect((await json("PATCH", "/api/v1/account", { name: "Proxied" }, forged, PROXY)).status).toBe(200);
    });
  });

  describe("accounts", () => {
    it("sign-up answers the same for a taken and a new address, and mails each owner", async () => {
      const fresh = `new-${kind}-${Date.now()}@example.org`;
      const taken = await signUp("editor@modelwatch.local", "someone else's password");
      const created = await signUp(fresh);
      expect(taken.status).toBe(200);
      expect(created.status).toBe(200);
      expect(taken.body).toBe(created.body);
      expect(created.json<{ data: { message: string } }>().data.message).toMatch(/check your mail/i);
      expect((await mailTo("editor@modelwatch.local", /already exists/)).text).toContain(`${base}/signin`);
      // The taken account is untouched: its own password still works, the newcomer's does not.
      expect((await passwordSignIn(base, "editor@modelwatch.local", "someone else's password", { from: PROXY, forwardedFor: nextClient() })).error).toBe("CredentialsSignin");
      await signIn("editor@modelwatch.local", "modelwatch-editor");
      // The new account's password works once the mailed link is opened, not before.
      expect((await passwordSignIn(base, fresh, PASSWORD, { from: PROXY, forwardedFor: nextClient() })).error).toBe("EmailUnverified");
      const link = linkIn((await mailTo(fresh, /Confirm your e-mail/)).text, `${base}/confirm-address/`);
      expect((await request(link)).headers.location).toBe(`${base}/signin?verified=1`);
      expect((await request(link)).headers.location).toBe(`${base}/signin?error=VerifyLink`);
      expect((await me(await signIn(fresh))).status).toBe(200);
    });

    it("the sign-up page says to check the mail, and the link leads to a signed-in-ready notice", async () => {
      const email = `browser-${kind}-${Date.now()}@example.org`;
      const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = pageErrors(page);
      await page.goto(`${base}/signup`, { waitUntil: "networkidle" });
      await page.getByLabel("E-mail").fill(email);
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Create account" }).click();
      await expect.poll(() => page.getByTestId("sign-up-sent").textContent(), { timeout: 30_000 }).toContain("Check your mail");
      await page.screenshot({ path: screenshotPath(`sign-up-sent-${kind}.png`) });
      await page.goto(linkIn((await mailTo(email, /Confirm your e-mail/)).text, `${base}/confirm-address/`), { waitUntil: "networkidle" });
      expect(new URL(page.url()).pathname).toBe("/signin");
      await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Your e-mail address is confirmed");
      expect(errors).toEqual([]);
      await context.close();
    });

    it("a pre-registered address cannot be taken over: the owner's e-mail link removes the unproven password", async () => {
      const victim = `victim-${kind}-${Date.now()}@example.org`;
      expect((await signUp(victim, "Attacker-pass-123")).status).toBe(200);
      expect((await passwordSignIn(base, victim, "Attacker-pass-123", { from: PROXY, forwardedFor: nextClient() })).error).toBe("EmailUnverified");
      // The victim signs in with an e-mail link and lands in the account.
      expect((await requestSignInLink(base, victim)).status).toBe(200);
      const callback = await request(linkIn((await mailTo(victim, /sign-in link/)).text, `${base}/api/auth/callback/email`));
      const session = callback.cookies.find((c) => c.includes("modelwatch.session="));
      expect(session).toBeTruthy();
      expect((await me(session!)).json<{ data: { email: string } }>().data.email).toBe(victim);
      // The attacker's password is gone for good.
      expect((await passwordSignIn(base, victim, "Attacker-pass-123", { from: PROXY, forwardedFor: nextClient() })).error).toBe("CredentialsSignin");
    });

    it("signing out ends the session on the server: the old cookie gets 401", async () => {
      const email = `leaver-${kind}-${Date.now()}@example.org`;
      await confirmedAccount(email);
      const session = await signIn(email);
      const other = await signIn(email);
      expect((await me(session)).status).toBe(200);
      const out = await signOut(base, session, "https://evil.example/phish");
      expect(out.status).toBe(200);
      // The redirect after signing out stays on the site.
      expect(new URL(out.json<{ url: string }>().url).origin).toBe(base);
      expect((await me(session)).status).toBe(401);
      expect((await json("PATCH", "/api/v1/account", { name: "Ghost" }, { cookie: session })).status).toBe(401);
      expect((await request(`${base}/api/auth/session`, { headers: { cookie: session } })).body).not.toContain(email);
      // Only that session: another browser stays signed in.
      expect((await me(other)).status).toBe(200);
    });

    it("disabling an account ends its sessions for good, also after it is enabled again", async () => {
      const email = `paused-${kind}-${Date.now()}@example.org`;
      await confirmedAccount(email);
      const session = await signIn(email);
      const { id } = (await me(session)).json<{ data: { id: string } }>().data;
      const admin = await signIn("admin@modelwatch.local", "modelwatch-admin");
      expect((await json("PATCH", `/api/v1/users/${id}`, { disabled: true }, { cookie: admin })).status).toBe(200);
      expect((await me(session)).status).toBe(401);
      expect((await json("PATCH", `/api/v1/users/${id}`, { disabled: false }, { cookie: admin })).status).toBe(200);
      expect((await me(session)).status).toBe(401);
      expect((await me(await signIn(email))).status).toBe(200);
    });
  });

  describe("sign-in limits through /api/auth", () => {
    it("parallel wrong passwords: exactly the limit is checked, the rest are refused unchecked", async () => {
      const email = `target-${kind}-${Date.now()}@example.org`;
      await confirmedAccount(email);
      const client = nextClient();
      const attempts = await Promise.all(
        // 25 from one client: under its 30-failure limit, so only the account's limit of 10 decides.
        Array.from({ length: 25 }, () => passwordSignIn(base, email, "wrong password", { from: PROXY, forwardedFor: client })),
      );
      const errors = attempts.map((a) => a.error);
      expect(errors.filter((e) => e === "CredentialsSignin")).toHaveLength(10);
      expect(errors.filter((e) => e === "RateLimited")).toHaveLength(15);
    });

    it("wrong passwords from one client do not lock the owner out elsewhere", async () => {
      const email = `locked-${kind}-${Date.now()}@example.org`;
      await confirmedAccount(email);
      const [attacker, owner] = [nextClient(), nextClient()];
      for (let i = 0; i < 10; i++) {
        expect((await passwordSignIn(base, email, "wrong password", { from: PROXY, forwardedFor: attacker })).error).toBe("CredentialsSignin");
      }
      expect((await passwordSignIn(base, email, PASSWORD, { from: PROXY, forwardedFor: attacker })).error).toBe("RateLimited");
      expect((await passwordSignIn(base, email, PASSWORD, { from: PROXY, forwardedFor: owner })).session).toBeTruthy();
    });

    it("signing in never redirects off the site, whatever callbackUrl says", async () => {
      for (const callbackUrl of ["https://evil.example/x", "//evil.example/x", "/\\evil.example/x"]) {
        const attempt = await passwordSignIn(base, "editor@modelwatch.local", "modelwatch-editor", { from: PROXY, forwardedFor: nextClient(), callbackUrl });
        expect(attempt.session).toBeTruthy();
        expect(new URL(attempt.url).origin).toBe(base);
      }
    });
  });

  describe("webhooks", () => {
    it("at most 10 per account, 10 test deliveries an hour, and refusals never name resolved addresses", async () => {
      const email = `hooks-${kind}-${Date.now()}@example.org`;
      await confirmedAccount(email);
      const cookie = await signIn(email);
      const add = (url: string) => json("POST", "/api/v1/me/webhooks", { url }, { cookie });
      const refused = await add("http://localhost:9/hook");
      expect(refused.status).toBe(422);
      expect(refused.body).toContain("is not allowed");
      expect(refused.body).not.toMatch(/127\.0\.0\.1|::1/);
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) {
        const created = await add(`https://hooks.example.com/${i}`);
        expect(created.status).toBe(201);
        ids.push(created.json<{ data: { id: string } }>().data.id);
      }
      const eleventh = await add("https://hooks.example.com/10");
      expect(eleventh.status).toBe(422);
      expect(eleventh.json<{ rule: string }>().rule).toBe("webhook-limit");
      for (let i = 0; i < 10; i++) expect((await json("POST", `/api/v1/me/webhooks/${ids[i % 2]}/test`, {}, { cookie })).status).toBe(201);
      const tooMany = await json("POST", `/api/v1/me/webhooks/${ids[0]}/test`, {}, { cookie });
      expect(tooMany.status).toBe(429);
      expect(tooMany.headers["retry-after"]).toBeTruthy();
    });
  });

  describe("dates", () => {
    it("an out-of-range date is a 400 naming the field, not a 500", async () => {
      for (const at of ["0000-01-01", "1969-12-31"]) {
        const res = await request(`${base}/api/v1/leaderboards/text-to-video/standings?at=${at}`);
        expect(res.status).toBe(400);
        expect(res.headers["content-type"]).toContain("application/problem+json");
        expect(res.json<{ errors: { name: string }[] }>().errors.map((e) => e.name)).toEqual(["at"]);
      }
      const cursor = Buffer.from(JSON.stringify({ v: 1, s: "claims", k: ["0000-01-01T00:00:00.000Z", "x"] })).toString("base64url");
      const forged = await request(`${base}/api/v1/claims?cursor=${cursor}`);
      expect(forged.status).toBe(400);
      expect(forged.json<{ errors: { name: string }[] }>().errors.map((e) => e.name)).toEqual(["cursor"]);
      expect((await request(`${base}/api/v1/leaderboards/text-to-video/standings?at=2026-01-01`)).status).toBe(200);
    });
  });
});
