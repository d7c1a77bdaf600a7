// WCAG 2.1 AA on every page a reader, subscriber, editor or admin can reach, held by axe-core
// in headless Chromium against the production build: light and dark, at 1280 and 375 px.
import type { Browser, BrowserContext } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { auditPage, describeFindings } from "../helpers/axe";
import { pageErrors, sharedBrowser, signInWithForm } from "../helpers/browser";

const browser = sharedBrowser();

const publicPages = [
  "/",
  "/about",
  "/models/happyhorse-1-0",
  "/models/happyhorse-1-0/claims",
  "/models/happyhorse-1-0/ratings",
  "/leaderboards",
  "/leaderboards/text-to-video",
  "/leaderboards/text-to-video?at=2026-07-01",
  "/compare?models=happyhorse-1-0,seedance-2-0",
  "/search?q=kling",
  "/docs/api",
  "/signin",
  "/signup",
  "/reset-password",
];
const editorPages = [
  "/watchlist",
  "/inbox",
  "/account",
  "/editor/queue",
  "/editor/claims",
  "/editor/claims/new?model=happyhorse-1-0",
  "/editor/models",
  "/editor/models/happyhorse-1-0",
  "/editor/leaderboards",
  "/editor/leaderboards/text-to-video",
  "/editor/feeds",
];
const adminPages = ["/admin", "/admin/users", "/admin/tokens", "/admin/audit"];

const variants = [
  { scheme: "light", width: 1280 },
  { scheme: "dark", width: 1280 },
  { scheme: "light", width: 375 },
  { scheme: "dark", width: 375 },
] as const;

async function signedInContext(b: Browser, baseURL: string, email: string, password: string): Promise<BrowserContext> {
  const context = await b.newContext();
  const page = await context.newPage();
  await signInWithForm(page, baseURL, email, password, "/account");
  await page.close();
  return context;
}

describe.each(inject("e2eServers"))("accessibility (axe, WCAG 2.1 A and AA) on $kind", ({ baseURL }) => {
  const editorRoutes = [...editorPages];
  const cookies: Record<string, Awaited<ReturnType<BrowserContext["cookies"]>>> = {};

  beforeAll(async () => {
    for (const [role, email, password] of [
      ["editor", "editor@modelwatch.local", "modelwatch-editor"],
      ["admin", "admin@modelwatch.local", "modelwatch-admin"],
    ] as const) {
      const context = await signedInContext(browser(), baseURL, email, password);
      cookies[role] = await context.cookies();
      await context.close();
    }
    // One claim's own editor page, found as an editor would find it.
    const context = await browser().newContext();
    await context.addCookies(cookies.editor ?? []);
    const page = await context.newPage();
    await page.goto(`${baseURL}/editor/claims`, { waitUntil: "networkidle" });
    const href = await page.locator('a[href^="/editor/claims/"]:not([href$="/new"])').first().getAttribute("href");
    expect(href, "a claim on /editor/claims").toBeTruthy();
    editorRoutes.push(href ?? "");
    await context.close();
  }, 180_000);

  for (const [who, pages] of [
    ["reader", publicPages],
    ["editor", editorRoutes],
    ["admin", adminPages],
  ] as const) {
    it(`${who} pages, light and dark, 1280 and 375 px`, async () => {
      const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
      if (who !== "reader") await context.addCookies(cookies[who] ?? []);
      const page = await context.newPage();
      const errors = pageErrors(page);
      const report: string[] = [];
      for (const route of pages) {
        const res = await page.goto(`${baseURL}${route}`, { waitUntil: "networkidle" });
        expect(res?.status(), route).toBe(200);
        // The same page in each variant: media and viewport change in place, as a reader's would.
        for (const { scheme, width } of variants) {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme: scheme });
          const findings = await auditPage(page);
          if (findings.length) report.push(describeFindings(`${route} (${scheme}, ${width} px)`, findings));
        }
      }
      await context.close();
      expect(report.join("\n"), "axe violations").toBe("");
      expect(errors).toEqual([]);
    });
  }

  it("tells chart lines apart without colour: each model's line has its own marker and dash", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/leaderboards/text-to-video`, { waitUntil: "networkidle" });
    const toggles = page.getByTestId("board-history-chart").getByTestId("series-toggle");
    const looks = await toggles.evaluateAll((buttons) =>
      buttons.map((b) => {
        const svg = b.querySelector("svg");
        return `${svg?.getAttribute("data-shape") ?? "none"}/${svg?.querySelector("line")?.getAttribute("stroke-dasharray") ?? "solid"}`;
      }),
    );
    expect(looks.length).toBeGreaterThanOrEqual(6);
    expect(looks).not.toContain("none/solid");
    expect(new Set(looks.slice(0, 12)).size, looks.join(", ")).toBe(Math.min(looks.length, 12));
    await context.close();
  });

  it("announces the review queue's keyboard shortcuts on each item", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies(cookies.editor ?? []);
    const page = await context.newPage();
    await page.goto(`${baseURL}/editor/queue`, { waitUntil: "networkidle" });
    const item = page.locator("article[aria-keyshortcuts]").first();
    expect(await item.getAttribute("aria-keyshortcuts")).toBe("j k r d c x");
    const describedBy = await item.getAttribute("aria-describedby");
    expect(await page.locator(`#${describedBy ?? "none"}`).innerText()).toMatch(/j\s+next item.*r\s+relevant.*d\s+dismiss/s);
    await context.close();
  });
});
