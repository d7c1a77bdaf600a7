import type { BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openCheckedPage, screenshotPath, sharedBrowser } from "../helpers/browser";

const browser = sharedBrowser();

const open = (url: string, width = 1280, options: BrowserContextOptions = {}): Promise<Page> =>
  openCheckedPage(browser(), url, width, options);

const board = (page: Page, slug: string) => page.locator(`[data-testid="compare-board"][data-board="${slug}"]`);

describe.each(inject("e2eServers"))("compare on $kind", ({ kind, baseURL }) => {
  it("HappyHorse vs Seedance 2.0: ratings with intervals and a verdict with a probability on every shared board", async () => {
    const page = await open(`${baseURL}/compare?models=happyhorse-1-0,seedance-2-0`);
    expect(await page.getByTestId("compare-board").count()).toBe(3);

    const silent = board(page, "text-to-video");
    expect(await silent.getByTestId("compare-entry").count()).toBe(2);
    expect(await silent.getByTestId("compare-entry").first().getAttribute("data-model")).toBe("happyhorse-1-0");
    expect(await silent.getByTestId("compare-entry").first().innerText()).toMatch(/1,\d{3}\s+1,\d{3}–1,\d{3}/);
    const verdict = silent.getByTestId("pair-verdict");
    expect(await verdict.getAttribute("data-verdict")).toBe("ahead");
    const text = await verdict.innerText();
    expect(text).toMatch(/HappyHorse 1\.0 ahead of Seedance 2\.0 with (>)?\d+(\.\d)?% probability/);
    // The two probabilities are labelled apart.
    expect(text).toMatch(/true rating is higher/);
    expect(text).toMatch(/Expected win rate in a single vote/);
    expect(await verdict.getByTestId("probability-ahead").innerText()).toMatch(/^(>)?\d+(\.\d)?%$/);
    const winRate = Number((await verdict.getByTestId("expected-win-rate").innerText()).replace("%", ""));
    expect(winRate).toBeGreaterThan(50);
    expect(winRate).toBeLessThan(70);

    // Claims side by side: ownership verified for both.
    const ownership = page.locator('[data-testid="compare-category"][data-category="OWNERSHIP"] [data-testid="compare-claim"]');
    expect(await ownership.count()).toBe(2);
    expect(await ownership.evaluateAll((els) => els.map((e) => e.getAttribute("data-status")))).toEqual(["VERIFIED", "VERIFIED"]);
    const architecture = page.locator('[data-testid="compare-category"][data-category="ARCHITECTURE"]');
    expect(await architecture.innerText()).toMatch(/Unverified[\s\S]*No claim recorded/);
    expect(await page.getByTestId("demo-notice").first().innerText()).toContain("Demo data");
    await page.screenshot({ path: screenshotPath(`compare-${kind}.png`), fullPage: true });
    await page.close();

    const mobile = await open(`${baseURL}/compare?models=happyhorse-1-0,seedance-2-0`, 375);
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await mobile.screenshot({ path: screenshotPath(`compare-375-${kind}.png`), fullPage: true });
    await mobile.close();
  });

  it("says 'within the uncertainty' when the lead is not established", async () => {
    const page = await open(`${baseURL}/compare?models=happyhorse-1-0,veo-3`);
    const audio = board(page, "text-to-video-audio").getByTestId("pair-verdict");
    expect(await audio.getAttribute("data-verdict")).toBe("within-uncertainty");
    expect(await audio.innerText()).toMatch(/within the uncertainty/);
    expect(await audio.innerText()).toMatch(/short of the 95% needed to call a lead/);
    expect(await board(page, "text-to-video").getByTestId("pair-verdict").getAttribute("data-verdict")).toBe("ahead");
    await page.close();
  });

  it("names unknown models and asks for a second one", async () => {
    const page = await open(`${baseURL}/compare?models=happyhorse-1-0,no-such-model`);
    expect(await page.getByTestId("compare-unknown").innerText()).toContain("“no-such-model”");
    expect(await page.getByTestId("compare-ratings").innerText()).toMatch(/Add a second model/);
    expect(await page.getByTestId("compare-claims").locator("thead th").count()).toBe(1);
    await page.close();
  });

  it("the picker is a plain form: works without JavaScript and yields a shareable address", async () => {
    const page = await open(`${baseURL}/compare`, 1280, { javaScriptEnabled: false });
    expect(await page.getByTestId("compare-suggestion").innerText()).toMatch(/HappyHorse 1\.0 vs /);
    await page.locator("#model-0").selectOption("happyhorse-1-0");
    await page.locator("#model-1").selectOption("kling-3-0");
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL(/\/compare\?models=happyhorse-1-0,kling-3-0$/);
    expect(await page.getByTestId("compare-board").count()).toBe(3);
    // Adding a third model keeps the first two.
    await page.locator("#model-2").selectOption("seedance-2-0");
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL(/models=happyhorse-1-0,kling-3-0,seedance-2-0$/);
    expect(await board(page, "text-to-video").getByTestId("pair-verdict").count()).toBe(3);
    await page.close();
  });
});
