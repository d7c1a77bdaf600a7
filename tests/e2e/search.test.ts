import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { pageErrors, screenshotPath, sharedBrowser } from "../helpers/browser";

const browser = sharedBrowser();

/** Opens a page, failing on a non-200 answer, an uncaught error, a console error or a dialog. */
async function open(url: string, width = 1280): Promise<Page> {
  const page = await browser().newPage({ viewport: { width, height: 900 } });
  const errors = pageErrors(page);
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const res = await page.goto(url, { waitUntil: "networkidle" });
  expect(res?.status(), url).toBe(200);
  expect(errors, url).toEqual([]);
  return page;
}

const search = (q: string, extra = "") => `/search?q=${encodeURIComponent(q)}${extra}`;
const modelSlugs = (page: Page) => page.getByTestId("model-hit").evaluateAll((els) => els.map((e) => e.getAttribute("data-model")));

describe.each(inject("e2eServers"))("search on $kind", ({ kind, baseURL }) => {
  it("“happy horse” finds the model by alias, its claims and reviewed news, with matches highlighted", async () => {
    const page = await open(`${baseURL}${search("happy horse")}`);
    expect((await modelSlugs(page))[0]).toBe("happyhorse-1-0");
    const marks = await page.getByTestId("model-hit").first().locator("mark").allInnerTexts();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(["happy", "horse"]));
    expect(Number(await page.getByTestId("claim-results").getAttribute("data-count"))).toBeGreaterThanOrEqual(5);
    expect(Number(await page.getByTestId("news-results").getAttribute("data-count"))).toBeGreaterThan(0);
    expect(await page.getByTestId("search-summary").innerText()).toMatch(/1 model, \d+ claims and \d+ news items match “happy horse”/);
    await page.screenshot({ path: screenshotPath(`search-happy-horse-${kind}.png`), fullPage: true });
    await page.close();
  });

  it("“kling” finds every Kling variant, also typed with capitals and diacritics", async () => {
    for (const q of ["kling", "KLÍNG"]) {
      const page = await open(`${baseURL}${search(q)}`, q === "kling" ? 375 : 1280);
      expect(await modelSlugs(page)).toEqual(expect.arrayContaining(["kling-3-0", "kling-2-5-turbo", "kling-2-1-master"]));
      expect(await page.getByTestId("model-hit").first().locator("mark").first().innerText()).toBe("Kling");
      if (q === "kling") {
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: screenshotPath(`search-kling-375-${kind}.png`), fullPage: true });
      }
      await page.close();
    }
  });

  it("filters claims by status and category with the form", async () => {
    const page = await open(`${baseURL}${search("happyhorse")}`);
    const all = Number(await page.getByTestId("claim-results").getAttribute("data-count"));
    await page.getByTestId("status-filter").selectOption("VERIFIED");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/status=VERIFIED/);
    const hits = page.getByTestId("claim-hit");
    const statuses = await hits.evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.length).toBeLessThan(all);
    expect(new Set(statuses)).toEqual(new Set(["VERIFIED"]));
    // Models and news are not filtered by claim status.
    expect(await modelSlugs(page)).toContain("happyhorse-1-0");
    expect(await page.getByTestId("search-summary").innerText()).toMatch(/claims? \(verified\)/);
    await page.screenshot({ path: screenshotPath(`search-status-filter-${kind}.png`), fullPage: true });

    await page.getByTestId("status-filter").selectOption("UNVERIFIED");
    await page.getByTestId("category-filter").selectOption("AUDIO");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/category=AUDIO/);
    const audio = await page.getByTestId("claim-hit").evaluateAll((els) => els.map((e) => [e.getAttribute("data-status"), e.getAttribute("data-category")]));
    expect(audio.length).toBeGreaterThan(0);
    for (const [status, category] of audio) {
      expect(status).toBe("UNVERIFIED");
      expect(category).toBe("AUDIO");
    }
    await page.close();
  });

  it("explains empty, too-short and matchless queries", async () => {
    const empty = await open(`${baseURL}/search`);
    expect(await empty.getByTestId("search-empty-query").isVisible()).toBe(true);
    await empty.close();
    const short = await open(`${baseURL}${search("k")}`);
    expect(await short.getByTestId("search-too-short").innerText()).toMatch(/too short/);
    await short.close();
    const none = await open(`${baseURL}${search("zzqxw")}`);
    expect(await none.getByTestId("empty-state").innerText()).toMatch(/Nothing matches “zzqxw”/);
    await none.close();
  });

  it("shows a query containing HTML as text, never as markup", async () => {
    const q = '<img src=x onerror=alert(1)>"horse%_';
    const page = await open(`${baseURL}${search(q)}`);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator("#search-q").inputValue()).toBe(q);
    // No match: the empty state quotes the query back, as text.
    expect(await page.getByTestId("empty-state").innerText()).toContain(q);
    await page.close();
  });
});
