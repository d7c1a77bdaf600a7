import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, onTestFinished } from "vitest";

/**
 * Debian's Chromium, never a downloaded browser. A missing browser fails the
 * run with instructions rather than skipping the end-to-end tests.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Collects a page's uncaught errors, console errors (Chromium reports CSP violations and
 * loads answered with an error status there) and requests that failed outright, as they
 * happen, for as long as the page lives. Each names where it came from, so a failure says
 * what failed. A request aborted because the page moved on is not a failure.
 */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const at = msg.location().url;
    errors.push(at ? `${msg.text()} (${at})` : msg.text());
  });
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "failed";
    // "csp": a real violation is a console error already; this one is a context with JavaScript off.
    if (reason !== "net::ERR_ABORTED" && reason !== "csp") errors.push(`${reason}: ${request.method()} ${request.url()}`);
  });
  return errors;
}

/** Opens a page in its own context, failing on a non-200 answer, an uncaught error or a console error. */
export async function openCheckedPage(
  browser: Browser,
  url: string,
  width = 1280,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = pageErrors(page);
  const res = await page.goto(url, { waitUntil: "networkidle" });
  expect(res?.status(), url).toBe(200);
  expect(errors, url).toEqual([]);
  // And for the rest of the visit: what the test does next (clicks, client navigations, late loads) counts too.
  onTestFinished(() => expect(errors, `${url}, during the visit`).toEqual([]));
  // Best-effort clean-up: when the browser itself is closing (afterAll), the context is already
  // gone and its close rejects; nothing is left to do then.
  page.on("close", () => void context.close().catch(() => undefined));
  return page;
}

/** One browser for the calling test file: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is launched in beforeAll: use it inside tests and hooks");
    return browser;
  };
}

const screenshots = path.join(process.cwd(), "test-results", "screenshots");

/** Where a test leaves a screenshot for people to look at (never asserted on). */
export function screenshotPath(name: string): string {
  fs.mkdirSync(screenshots, { recursive: true });
  return path.join(screenshots, name);
}

/** Signs in through the /signin form, as a person would, and waits to land on `returnTo`. */
export async function signInWithForm(page: Page, baseURL: string, email: string, password: string, returnTo: string): Promise<void> {
  await page.goto(`${baseURL}/signin?callbackUrl=${encodeURIComponent(returnTo)}`, { waitUntil: "networkidle" });
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname === returnTo, { timeout: 60_000 });
}
