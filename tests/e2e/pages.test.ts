import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { screenshotPath, sharedBrowser } from "../helpers/browser";

const browser = sharedBrowser();

async function open(baseURL: string, route: string, width = 1280): Promise<Page> {
  const page = await browser().newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  const res = await page.goto(`${baseURL}${route}`, { waitUntil: "networkidle" });
  expect(res?.status()).toBe(200);
  expect(errors).toEqual([]);
  return page;
}

describe.each(inject("e2eServers"))("pages on $kind", ({ kind, baseURL }) => {
  it("home lists the main leaderboard with ratings, intervals and claim counts", async () => {
    const page = await open(baseURL, "/");
    const rows = page.getByTestId("standing-row");
    expect(await rows.count()).toBeGreaterThanOrEqual(9);
    const first = rows.first();
    expect(await first.getAttribute("data-model")).toBe("happyhorse-1-0");
    expect(await first.getAttribute("data-rank")).toBe("1");
    await expect.poll(() => first.innerText()).toMatch(/HappyHorse 1\.0[\s\S]*1,\d{3}[\s\S]*1,\d{3}\s*[–-]\s*1,\d{3}/);
    expect(await page.getByTestId("demo-notice").first().innerText()).toContain("Demo data");

    // The three illustrative boards and the real LMArena one.
    expect(await page.getByTestId("leaderboard-tabs").getByRole("link").count()).toBe(4);
    await page.screenshot({ path: screenshotPath(`home-${kind}.png`), fullPage: true });

    // Switching boards shows that board's standings.
    await page.getByTestId("leaderboard-tabs").getByRole("link", { name: /with audio/i }).click();
    await page.waitForURL(/board=/);
    expect(await page.getByTestId("leaderboard").getAttribute("data-board")).toContain("audio");
    expect(await page.getByTestId("standing-row").count()).toBeGreaterThanOrEqual(5);
    await page.close();
  });

  it("answers /favicon.ico with the site icon (browsers ask for it before a page's icon link arrives)", async () => {
    const res = await fetch(`${baseURL}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(new URL(res.url).pathname).toBe("/icon.svg");
    expect(res.headers.get("content-type")).toContain("image/svg+xml");
  });

  it("the HappyHorse profile shows its claims, statuses, sources and Elo chart", async () => {
    const page = await open(baseURL, "/models/happyhorse-1-0");
    await expect.poll(() => page.locator("h1").innerText()).toBe("HappyHorse 1.0");
    expect(await page.getByTestId("model-owner").innerText()).toContain("Alibaba");

    const ownership = page.locator('[data-testid="claim-group"][data-category="OWNERSHIP"] [data-testid="claim"]').first();
    expect(await ownership.getAttribute("data-status")).toBe("VERIFIED");
    expect(await ownership.innerText()).toMatch(/ATH AI Innovation Unit/);
    expect(await ownership.innerText()).toMatch(/Official/i);

    for (const category of ["ARCHITECTURE", "PARAMETERS", "SPEED", "AUDIO"]) {
      const claim = page.locator(`[data-testid="claim-group"][data-category="${category}"] [data-testid="claim"]`).first();
      expect(await claim.getAttribute("data-status"), category).toBe("UNVERIFIED");
      expect(await claim.innerText()).toContain("Unverified");
    }

    // Recharts draws an SVG per board: the interval band (an area) and the rating line.
    const chart = page.getByTestId("elo-chart").first();
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.locator("svg .recharts-area-area").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await chart.locator("svg .recharts-line-curve").count()).toBeGreaterThan(0);
    expect(Number(await chart.getAttribute("data-points"))).toBeGreaterThanOrEqual(26);
    expect(await page.getByTestId("demo-notice").first().innerText()).toContain("Demo data");
    // The full record (every source with its link, quote and history) is one click away.
    const record = await open(baseURL, "/models/happyhorse-1-0/claims");
    const sourceLinks = record.locator('[data-testid="claim"] a[href^="http"]');
    expect(await sourceLinks.count()).toBeGreaterThan(5);
    expect(await sourceLinks.first().getAttribute("rel")).toContain("noopener");
    await record.close();

    await page.screenshot({ path: screenshotPath(`happyhorse-${kind}.png`), fullPage: true });
    const mobile = await open(baseURL, "/models/happyhorse-1-0", 390);
    const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await mobile.screenshot({ path: screenshotPath(`happyhorse-mobile-${kind}.png`), fullPage: true });
    await mobile.close();
    await page.close();
  });

  it("answers an unknown model with a 404 page", async () => {
    const page = await browser().newPage();
    const res = await page.goto(`${baseURL}/models/no-such-model`);
    expect(res?.status()).toBe(404);
    expect(await page.getByTestId("not-found").innerText()).toMatch(/couldn.t find/i);
    await page.close();
  });
});
