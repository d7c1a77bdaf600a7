// Chinese and Japanese news in Chromium against the production build: the review queue shows
// each item's language and filters by it, search finds the Chinese name 可灵 and highlights it
// whole. On a server of its own: signing in writes a session, and the read-only suites keep the
// global servers as seeded.
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOwnAppServer, type OwnAppServer } from "../helpers/own-app-server";
import { pageErrors, screenshotPath, sharedBrowser, signInWithForm } from "../helpers/browser";
import { testDatabaseKinds } from "../helpers/test-databases";

const browser = sharedBrowser();

// Demo items (lib/db/seed/demo-news.ts).
const HAILUO_ZH = "海螺02更新：高速运动与手部画面更稳定";
const WAN_ZH = "通义万相2.5新增音频驱动口型同步";
const HAPPYHORSE_JA = "ハッピーホースことHappyHorse 1.0、無音部門で首位を維持";
const KLING_ZH = "快手可灵3.0正式发布，音画同步生成";

/**
 * The letters of an element Chromium draws as the missing-glyph box: each is drawn on a canvas in
 * the element's fonts and compared with a code point no font has. Without a CJK font on the
 * machine every Chinese character comes back (see .ci/run).
 */
function missingGlyphs(element: Locator): Promise<string[]> {
  return element.evaluate((el) => {
    const canvas = document.createElement("canvas");
    canvas.width = 48;
    canvas.height = 48;
    const ctx = canvas.getContext("2d");
    if (!ctx) return ["(no canvas)"];
    ctx.font = `32px ${getComputedStyle(el).fontFamily}`;
    const draw = (ch: string) => {
      ctx.clearRect(0, 0, 48, 48);
      ctx.fillText(ch, 4, 38);
      return ctx.getImageData(0, 0, 48, 48).data.join(",");
    };
    const box = draw("\u{10FFFD}");
    return [...new Set(Array.from(el.textContent ?? ""))].filter((ch) => /\p{L}/u.test(ch) && draw(ch) === box);
  });
}

async function newPage(width = 1280): Promise<{ page: Page; errors: string[] }> {
  const context = await browser().newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  return { page, errors: pageErrors(page) };
}

describe.each(testDatabaseKinds())("Chinese and Japanese news on %s", (kind) => {
  let own: OwnAppServer | undefined;
  let baseURL = "";

  beforeAll(async () => {
    own = await startOwnAppServer(kind, { MODELWATCH_WORKER: "off" });
    baseURL = own.server.baseURL;
  }, 300_000);
  afterAll(() => own?.stop());

  it("the review queue shows Chinese and Japanese items with their language, and filters by it", async () => {
    const { page, errors } = await newPage();
    await signInWithForm(page, baseURL, "editor@modelwatch.local", "modelwatch-editor", "/editor/queue");
    const titles = () => page.locator("article h3").allInnerTexts();
    expect(await titles()).toEqual(expect.arrayContaining([HAILUO_ZH, WAN_ZH, HAPPYHORSE_JA]));
    const hailuo = page.locator("article").filter({ has: page.getByRole("heading", { name: HAILUO_ZH }) });
    expect(await hailuo.locator("h3").getAttribute("lang")).toBe("zh");
    expect(await hailuo.getByText("Chinese", { exact: true }).isVisible()).toBe(true);
    // The Chinese alias matched the model in the Chinese headline.
    expect(await hailuo.getByText("Hailuo 02").first().isVisible()).toBe(true);

    const filter = page.getByRole("navigation", { name: "Language" });
    await filter.getByRole("link", { name: /Chinese/ }).click();
    await page.waitForURL((url) => url.searchParams.get("language") === "zh");
    await expect.poll(titles).toEqual([WAN_ZH, HAILUO_ZH]);
    for (const title of await page.locator("article h3").all()) expect(await missingGlyphs(title)).toEqual([]);
    expect(await filter.getByRole("link", { name: /Chinese/ }).getAttribute("aria-current")).toBe("page");
    await page.screenshot({ path: screenshotPath(`queue-chinese-${kind}.png`), fullPage: true });

    await filter.getByRole("link", { name: /Japanese/ }).click();
    await page.waitForURL((url) => url.searchParams.get("language") === "ja");
    await expect.poll(titles).toEqual([HAPPYHORSE_JA]);
    expect(await missingGlyphs(page.locator("article h3").first())).toEqual([]);
    // The state tabs keep the filter.
    expect(await page.getByRole("navigation", { name: "Review state" }).getByRole("link", { name: /Relevant/ }).getAttribute("href")).toContain(
      "language=ja",
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("search finds 可灵: the Kling models by their Chinese alias, the Chinese report, highlighted whole", async () => {
    const { page, errors } = await newPage();
    const res = await page.goto(`${baseURL}/search?q=${encodeURIComponent("可灵")}`, { waitUntil: "networkidle" });
    expect(res?.status()).toBe(200);
    const slugs = await page.getByTestId("model-hit").evaluateAll((els) => els.map((e) => e.getAttribute("data-model")));
    expect(slugs).toEqual(expect.arrayContaining(["kling-3-0", "kling-2-5-turbo", "kling-2-1-master"]));
    expect(Number(await page.getByTestId("claim-results").getAttribute("data-count"))).toBeGreaterThan(0);
    const news = page.getByTestId("news-hit").filter({ hasText: KLING_ZH });
    expect(await news.locator("a").first().innerText()).toBe(KLING_ZH);
    expect(await news.locator("a").first().getAttribute("lang")).toBe("zh");
    expect(await missingGlyphs(news.locator("a").first())).toEqual([]);
    const marks = await news.locator("mark").allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(["可灵"]));
    await page.screenshot({ path: screenshotPath(`search-kling-chinese-${kind}.png`), fullPage: true });

    // Typed without a space, "可灵3.0" is the two terms 可灵 and 3.0: Kling 3.0 first.
    await page.goto(`${baseURL}/search?q=${encodeURIComponent("可灵3.0")}`, { waitUntil: "networkidle" });
    const exact = await page.getByTestId("model-hit").evaluateAll((els) => els.map((e) => e.getAttribute("data-model")));
    expect(exact[0]).toBe("kling-3-0");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
