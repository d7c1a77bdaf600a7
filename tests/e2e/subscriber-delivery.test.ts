// A subscriber's day, in Chromium against the production build: sign up, watch
// HappyHorse 1.0 from its profile, add a webhook; an editor verifies an API
// claim; the worker delivers (in the server on PGlite, `npm run worker` on PostgreSQL); the inbox shows the
// verification with the unread count in the header, and the mail and the
// signed webhook arrive.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServer } from "../helpers/app-server";
import { startOwnAppServer } from "../helpers/own-app-server";
import { pageErrors, screenshotPath, sharedBrowser, signInWithForm } from "../helpers/browser";
import { signInOverHttp, signUpOverHttp } from "../helpers/sign-in-over-http";
import { startSmtpListener, type SmtpListener } from "../helpers/smtp-listener";
import { testDatabaseKinds } from "../helpers/test-databases";
import { startWebhookReceiver, type WebhookReceiver } from "../helpers/webhook-receiver";

const browser = sharedBrowser();

describe.each(testDatabaseKinds())("subscriber delivery on %s", (kind) => {
  let server: AppServer;
  let smtp: SmtpListener;
  let hooks: WebhookReceiver;
  const cleanups: (() => Promise<void> | void)[] = [];

  beforeAll(async () => {
    smtp = await startSmtpListener();
    hooks = await startWebhookReceiver();
    cleanups.push(() => smtp.close(), () => hooks.close());
    // The worker delivers: inside the server on PGlite, an `npm run worker` process beside it on PostgreSQL.
    const own = await startOwnAppServer(kind, { SMTP_URL: smtp.url, WEBHOOK_ALLOW_PRIVATE_NETWORKS: "true" }, { worker: true });
    cleanups.push(() => own.stop());
    server = own.server;
  }, 300_000);
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("watch → verify → inbox, mail and signed webhook", async () => {
    const base = server.baseURL;
    const email = `reader-${kind}-${Date.now()}@example.org`;
    const password = "a long enough secret";
    expect(await signUpOverHttp(base, email, password, smtp)).toBe(200);

    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInWithForm(page, base, email, password, "/models/happyhorse-1-0");
    const watch = page.getByTestId("watch-button").first();
    await expect.poll(() => watch.isEnabled(), { timeout: 30_000 }).toBe(true);
    await watch.click();
    await expect.poll(() => watch.getAttribute("data-watching"), { timeout: 30_000 }).toBe("true");
    await page.screenshot({ path: screenshotPath(`watch-profile-${kind}.png`) });
    // Leaderboard rows carry the same button, in the same state, on a narrow screen too.
    const narrow = await context.newPage();
    await narrow.setViewportSize({ width: 375, height: 800 });
    await narrow.goto(`${base}/leaderboards/text-to-video`, { waitUntil: "networkidle" });
    const rowButton = narrow.locator('[data-model="happyhorse-1-0"] [data-testid="watch-button"]').first();
    await expect.poll(() => rowButton.getAttribute("data-watching"), { timeout: 30_000 }).toBe("true");
    await narrow.screenshot({ path: screenshotPath(`watch-leaderboard-375-${kind}.png`) });
    await narrow.close();

    await page.goto(`${base}/watchlist`, { waitUntil: "networkidle" });
    await page.getByLabel("Webhook URL").fill(hooks.url);
    await page.getByRole("button", { name: "Add webhook" }).click();
    hooks.secret = (await page.getByTestId("webhook-secret").textContent({ timeout: 30_000 })) ?? "";
    expect(hooks.secret).toMatch(/^whsec_/);
    await page.screenshot({ path: screenshotPath(`watchlist-${kind}.png`), fullPage: true });

    // The editor records and verifies an API claim through the same API the editor pages use.
    const editor = await signInOverHttp(base, "editor@modelwatch.local", "modelwatch-editor");
    const headers = { "content-type": "application/json", cookie: editor.header, origin: base };
    const statement = `HappyHorse 1.0 has a documented public API (${kind})`;
    const created = await fetch(`${base}/api/v1/models/happyhorse-1-0/claims`, {
      method: "POST",
      headers,
      body: JSON.stringify({ category: "API", statement, note: "From the launch post", sources: [{ url: "https://example.com/hh/api", title: "API docs", kind: "OFFICIAL" }] }),
    });
    expect(created.status).toBe(201);
    const claim = ((await created.json()) as { data: { id: string; version: number } }).data;
    const verified = await fetch(`${base}/api/v1/claims/${claim.id}`, {
      method: "PATCH",
      headers: { ...headers, "if-match": `"${claim.version}"` },
      body: JSON.stringify({ status: "VERIFIED", note: "Docs checked" }),
    });
    expect(verified.status).toBe(200);

    // The first mail to the address confirmed it at sign-up; the next one is the notification.
    const notified = () => smtp.received.find((m) => m.to.includes(email.toLowerCase()) && m.subject.includes("HappyHorse 1.0"));
    await expect.poll(() => notified() !== undefined, { timeout: 30_000 }).toBe(true);
    const mail = notified()!;
    expect(mail.raw).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    // Mail and webhook leave in the same worker pass, not at the same instant.
    await expect.poll(() => hooks.received.some((h) => h.body.type === "CLAIM_VERIFIED"), { timeout: 30_000 }).toBe(true);
    const verifiedHook = hooks.received.find((h) => h.body.type === "CLAIM_VERIFIED");
    expect(verifiedHook?.signatureValid).toBe(true);
    expect(verifiedHook?.body.title).toContain(statement);

    const reader = await signInOverHttp(server.baseURL, email, password);
    const host = new URL(server.baseURL);
    await context.addCookies([{ name: reader.name, value: reader.value, domain: host.hostname, path: "/" }]);
    await page.goto(`${server.baseURL}/inbox`, { waitUntil: "networkidle" });
    const verifiedItem = page.locator('[data-testid="notification"][data-type="CLAIM_VERIFIED"]');
    await expect.poll(() => verifiedItem.first().textContent(), { timeout: 30_000 }).toContain(statement);
    // Created and verified, plus any demo claims of the model whose re-check date has passed.
    const unread = Number((await page.getByTestId("inbox-unread").textContent())?.match(/\d+/)?.[0]);
    expect(unread).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.getByTestId("unread-count").textContent(), { timeout: 30_000 }).toBe(String(unread));
    await page.screenshot({ path: screenshotPath(`inbox-${kind}.png`), fullPage: true });
    await context.close();
  }, 600_000);

  it("watches a leaderboard from its public page and finds it on the watch-list", async () => {
    const base = server.baseURL;
    const email = `board-${kind}-${Date.now()}@example.org`;
    const password = "a long enough secret";
    expect(await signUpOverHttp(base, email, password, smtp)).toBe(200);
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = pageErrors(page);
    await signInWithForm(page, base, email, password, "/leaderboards/text-to-video");
    // The cached board page is one HTML for everyone: the button learns in the browser that this reader watches nothing.
    const toggle = page.getByTestId("board-watch-button");
    await expect.poll(() => toggle.isEnabled(), { timeout: 30_000 }).toBe(true);
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await page.getByRole("button", { name: "Watch this board" }).click();
    await expect.poll(() => toggle.getAttribute("data-watching"), { timeout: 30_000 }).toBe("true");
    expect(await toggle.innerText()).toContain("Watching");
    await page.screenshot({ path: screenshotPath(`board-watch-${kind}.png`) });
    // Another reader of the same page signed out, is asked to sign in (nothing per-user was cached).
    const anonymous = await browser().newPage();
    await anonymous.goto(`${base}/leaderboards/text-to-video`, { waitUntil: "networkidle" });
    await expect.poll(() => anonymous.getByTestId("board-watch-button").getAttribute("title"), { timeout: 30_000 }).toBe("Sign in to watch this board");
    await anonymous.close();

    await page.goto(`${base}/watchlist`, { waitUntil: "networkidle" });
    const entry = page.locator('[data-testid="board-watch-entry"][data-board="text-to-video"]');
    expect(await entry.getByRole("heading").innerText()).toBe("Text to video (no audio)");
    await page.screenshot({ path: screenshotPath(`watchlist-board-${kind}.png`), fullPage: true });
    await entry.getByRole("button", { name: "Stop watching" }).click();
    await expect.poll(() => entry.count(), { timeout: 30_000 }).toBe(0);
    await page.goto(`${base}/leaderboards/text-to-video`, { waitUntil: "networkidle" });
    await expect.poll(() => page.getByTestId("board-watch-button").getAttribute("aria-pressed"), { timeout: 30_000 }).toBe("false");
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it("changing the password on /account keeps this browser signed in and signs every other one out", async () => {
    const base = server.baseURL;
    const email = `mover-${kind}-${Date.now()}@example.org`;
    const password = "a long enough secret";
    expect(await signUpOverHttp(base, email, password, smtp)).toBe(200);
    const otherBrowser = await signInOverHttp(base, email, password);
    const me = (cookie: string) => fetch(`${base}/api/v1/me`, { headers: { cookie } }).then((r) => r.status);
    expect(await me(otherBrowser.header)).toBe(200);

    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (err) => errors.push(err.message));
    await signInWithForm(page, base, email, password, "/account");
    await page.getByLabel("Current password", { exact: true }).fill(password);
    await page.getByLabel("New password", { exact: true }).fill("a newer, longer secret");
    await page.getByLabel("Repeat the new password").fill("a newer, longer secret");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect.poll(() => page.getByRole("status").textContent(), { timeout: 30_000 }).toContain("Password changed.");
    await page.screenshot({ path: screenshotPath(`account-password-changed-${kind}.png`), fullPage: true });

    await page.reload({ waitUntil: "networkidle" });
    expect(new URL(page.url()).pathname).toBe("/account");
    await expect.poll(() => page.getByRole("heading", { name: "Your account" }).isVisible()).toBe(true);
    expect(await me(otherBrowser.header)).toBe(401);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
