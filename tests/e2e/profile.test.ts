import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { pageErrors, screenshotPath, sharedBrowser } from "../helpers/browser";

const HH = "/models/happyhorse-1-0";

const browser = sharedBrowser();

interface Opened {
  page: Page;
  errors: string[];
}

/** Opens a page and records uncaught errors and console errors, which must stay empty. */
async function open(baseURL: string, route: string, opts: { width?: number; dark?: boolean } = {}): Promise<Opened> {
  const page = await browser().newPage({
    viewport: { width: opts.width ?? 1280, height: 900 },
    colorScheme: opts.dark ? "dark" : "light",
  });
  const errors = pageErrors(page);
  const res = await page.goto(`${baseURL}${route}`, { waitUntil: "networkidle" });
  expect(res?.status()).toBe(200);
  return { page, errors };
}

const row = (page: Page, key: string) => page.locator(`[data-testid="watch-item"][data-item="${key}"]`);
const claim = (page: Page, key: string) => page.locator(`[data-testid="claim"][data-claim-id="demo-claim-${key}"]`);

describe.each(inject("e2eServers"))("model profile on $kind", ({ kind, baseURL }) => {
  it("answers the watch checklist from the claims: absences verified, the hype unverified, the lead stable", async () => {
    const { page, errors } = await open(baseURL, HH);
    const expected: Record<string, [string, string]> = {
      ownership: ["verified", "Confirmed (verified)"],
      api: ["absent", "Not available (verified)"],
      pricing: ["absent", "Not published (verified)"],
      licensing: ["absent", "Not published (verified)"],
      architecture: ["claimed", "Claimed, unverified"],
      scale: ["claimed", "Claimed, unverified"],
      speed: ["claimed", "Claimed, unverified"],
      audio: ["claimed", "Claimed, unverified"],
      integration: ["claimed", "Claimed, unverified"],
      benchmark: ["verified", "Stable"],
    };
    const keys = await page.getByTestId("watch-item").evaluateAll((els) => els.map((e) => e.getAttribute("data-item")));
    expect(keys).toEqual(Object.keys(expected));
    for (const [key, [state, text]] of Object.entries(expected)) {
      expect(await row(page, key).getAttribute("data-state"), key).toBe(state);
      expect(await row(page, key).getByTestId("watch-status").innerText(), key).toBe(text);
    }
    // "No public API … has been published" is verified: the row must never read as "available".
    expect(await row(page, "api").innerText()).not.toMatch(/Available \(verified\)/);
    // Each claim-based row links to the claim behind it.
    expect(await row(page, "ownership").getByRole("link").getAttribute("href")).toBe("#claim-demo-claim-hh-ownership");
    expect(await row(page, "architecture").getByRole("link").getAttribute("href")).toBe("#claim-demo-claim-hh-architecture");
    expect(await row(page, "benchmark").getByRole("link").getAttribute("href")).toBe("#ratings");
    // The pricing verdict (review by 20 Nov 2026) is stale; the licensing one (6 Jan 2027) is not.
    expect(await row(page, "pricing").getAttribute("data-review-due")).toBe("true");
    expect(await row(page, "pricing").innerText()).toContain("needs re-check");
    expect(await row(page, "licensing").getAttribute("data-review-due")).toBe("false");

    // Keyboard: following the API row's link lands on the claim.
    await row(page, "api").getByRole("link").focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/#claim-demo-claim-hh-api$/);
    const target = claim(page, "hh-api");
    expect(await target.evaluate((el) => el.matches(":target"))).toBe(true);
    expect(await target.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows 'needs re-check' on the stale pricing claim; its record page expands a claim's history", async () => {
    const { page, errors } = await open(baseURL, HH);
    const pricing = claim(page, "hh-pricing");
    expect(await pricing.getByTestId("needs-recheck").innerText()).toMatch(/Needs re-check\s*\(due 20 Nov 2026\)/);
    expect(await claim(page, "hh-ownership").getByTestId("needs-recheck").count()).toBe(0);
    expect(await claim(page, "hh-licensing").innerText()).toContain("re-check by 6 Jan 2027");

    // The profile counts sources by kind; every source, its quote and the history are on the claim's record.
    const ownership = claim(page, "hh-ownership");
    expect(await ownership.getByTestId("claim-source-kinds").innerText()).toMatch(/^Sources: 1 official, .*press/);
    const recordLink = ownership.getByTestId("claim-record-link");
    expect(await recordLink.innerText()).toContain("(2 changes)");
    await recordLink.click();
    await page.waitForURL(/\/models\/happyhorse-1-0\/claims#claim-demo-claim-hh-ownership$/);
    expect(await claim(page, "hh-ownership").evaluate((el) => el.matches(":target"))).toBe(true);
    expect(await claim(page, "hh-ownership").locator("blockquote").count()).toBeGreaterThan(0);

    const history = claim(page, "hh-ownership").getByTestId("claim-history");
    expect(await history.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await history.locator("summary").focus();
    await page.keyboard.press("Enter");
    expect(await history.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const events = history.getByTestId("claim-event");
    expect(await events.count()).toBe(2);
    const created = await events.nth(0).innerText();
    expect(created).toMatch(/7 Jul 2026[\s\S]*Recorded[\s\S]*by Modelwatch editors/);
    const verified = await events.nth(1).innerText();
    expect(verified).toMatch(/31 Aug 2026[\s\S]*Status changed[\s\S]*by Modelwatch editors/);
    expect(verified).toMatch(/Unverified[\s\S]*Verified/);
    expect(verified).toContain("Alibaba confirmed in an official statement");
    expect(verified).toMatch(/Evidence:\s*Alibaba statement on HappyHorse 1\.0/);
    expect(await events.nth(1).getByRole("link").getAttribute("href")).toMatch(/^https:\/\/www\.alibabagroup\.com\//);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("publishes ClaimReview JSON-LD, the Atom alternate, canonical and Open Graph / Twitter tags", async () => {
    const { page, errors } = await open(baseURL, HH);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks.length).toBe(1);
    const ld = JSON.parse(blocks[0] as string) as { "@context": string; "@graph": Record<string, unknown>[] };
    expect(ld["@context"]).toBe("https://schema.org");
    const reviews = ld["@graph"];
    // Five settled claims on HappyHorse: ownership, API, pricing, licensing, benchmark.
    expect(reviews).toHaveLength(5);
    const ownership = reviews.find((r) => String(r.claimReviewed).includes("ATH AI Innovation Unit"));
    expect(ownership).toMatchObject({
      "@type": "ClaimReview",
      datePublished: "2026-08-31",
      author: { "@type": "Organization", name: "Modelwatch" },
      reviewRating: { "@type": "Rating", ratingValue: 5, alternateName: "True" },
      itemReviewed: { "@type": "Claim", appearance: { "@type": "CreativeWork" } },
    });
    expect(String(ownership?.url)).toMatch(/\/models\/happyhorse-1-0#claim-demo-claim-hh-ownership$/);

    const head = await page.evaluate(() => {
      const attr = (sel: string, name: string) => document.head.querySelector(sel)?.getAttribute(name) ?? null;
      return {
        atom: attr('link[rel="alternate"][type="application/atom+xml"]', "href"),
        canonical: attr('link[rel="canonical"]', "href"),
        ogTitle: attr('meta[property="og:title"]', "content"),
        ogDescription: attr('meta[property="og:description"]', "content"),
        ogUrl: attr('meta[property="og:url"]', "content"),
        ogSite: attr('meta[property="og:site_name"]', "content"),
        twitterCard: attr('meta[name="twitter:card"]', "content"),
        twitterTitle: attr('meta[name="twitter:title"]', "content"),
        title: document.title,
      };
    });
    expect(head.atom).toMatch(/^https?:\/\/[^/]+\/feeds\/models\/happyhorse-1-0$/);
    expect(head.canonical).toMatch(/\/models\/happyhorse-1-0$/);
    expect(head.ogTitle).toBe("HappyHorse 1.0 · Modelwatch");
    expect(head.ogDescription).toMatch(/^5 of 10 claims verified · rank 1 on Text to video \(no audio\)\./);
    expect(head.ogUrl).toMatch(/^https?:\/\/.+\/models\/happyhorse-1-0$/);
    expect(head.ogSite).toBe("Modelwatch");
    expect(head.twitterCard).toBe("summary");
    expect(head.twitterTitle).toBe("HappyHorse 1.0 · Modelwatch");
    expect(head.title).toBe("HappyHorse 1.0 · Modelwatch");

    // A refuted claim is published as "False" (Kling 3.0's open-weights rumour).
    const kling = await open(baseURL, "/models/kling-3-0");
    const klingLd = JSON.parse((await kling.page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as {
      "@graph": Record<string, unknown>[];
    };
    const weights = klingLd["@graph"].find((r) => String(r.claimReviewed).includes("weights"));
    expect(weights).toMatchObject({ reviewRating: { ratingValue: 1, alternateName: "False" } });
    expect(await row(kling.page, "licensing").getAttribute("data-state")).toBe("refuted");
    expect(await row(kling.page, "api").getAttribute("data-state")).toBe("verified");
    expect(kling.errors).toEqual([]);
    await kling.page.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("annotates the Elo charts with claim verdicts and lists reviewed news by date and outlet", async () => {
    const { page, errors } = await open(baseURL, HH);
    const card = page.locator('[data-testid="rating-history"][data-board="text-to-video"]');
    await card.scrollIntoViewIfNeeded();
    // The text version of the verdict markers, with the words screen readers get.
    const notes = await card
      .getByTestId("chart-verdicts")
      .locator("li")
      .evaluateAll((els) => els.map((e) => (e.textContent ?? "").replace(/\s+/g, " ").trim()));
    expect(notes).toEqual([
      "3 Jul 2026: ✓ Benchmarks verified",
      "31 Aug 2026: ✓ Ownership verified",
      expect.stringMatching(/^3 Sept? 2026: ✓ API access verified, ✓ Pricing verified, ✓ Licensing verified$/),
    ]);
    expect(await card.getByTestId("chart-verdicts").getByRole("link").first().getAttribute("href")).toBe(
      "#claim-demo-claim-hh-benchmark-silent",
    );
    await expect
      .poll(() => card.locator("svg text").allTextContents(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(["✓ Benchmarks", "✓ 4 claims", "Announced"]));

    const news = page.getByTestId("news-item");
    expect(await news.count()).toBeGreaterThanOrEqual(10);
    expect(await news.first().innerText()).toMatch(/\d{1,2} \w{3,4} 2026 · \S/);
    const titles = await news.allInnerTexts();
    // Dismissed items (the fairground carousel, wire copy) never reach the timeline.
    expect(titles.join("\n")).not.toMatch(/carousel|wire copy/i);
    const dates = await page.getByTestId("news-timeline").locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("has landmarks, one h1 and ordered headings; the skip link works from the keyboard", async () => {
    const { page, errors } = await open(baseURL, HH);
    expect(await page.locator("h1").count()).toBe(1);
    expect(await page.locator("main").count()).toBe(1);
    expect(await page.locator("header").first().isVisible()).toBe(true);
    const levels = await page.locator("main :is(h1,h2,h3,h4)").evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
    for (let i = 1; i < levels.length; i++) expect((levels[i] as number) - (levels[i - 1] as number)).toBeLessThanOrEqual(1);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("serves sitemap.xml with every model and leaderboard, and robots.txt pointing at it", async () => {
    const sitemap = await fetch(`${baseURL}/sitemap.xml`);
    expect(sitemap.status).toBe(200);
    expect(sitemap.headers.get("content-type")).toMatch(/xml/);
    const xml = await sitemap.text();
    expect(xml).toMatch(/<loc>https?:\/\/[^<]+\/models\/happyhorse-1-0<\/loc>/);
    expect(xml).toMatch(/<loc>https?:\/\/[^<]+\/models\/seedance-2-0<\/loc>/);
    expect(xml).toMatch(/<loc>https?:\/\/[^<]+\/leaderboards\/text-to-video<\/loc>/);
    expect(xml).toMatch(/<loc>https?:\/\/[^<]+\/about<\/loc>/);
    expect(xml).toContain("<lastmod>");
    expect(xml.match(/\/models\//g)?.length).toBeGreaterThanOrEqual(12);

    const robots = await fetch(`${baseURL}/robots.txt`);
    expect(robots.status).toBe(200);
    const txt = await robots.text();
    expect(txt).toMatch(/User-Agent: \*/i);
    expect(txt).toContain("Allow: /api/v1/openapi.json");
    expect(txt).toContain("Disallow: /api/");
    expect(txt).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
  });

  it("links each chart to its data as a table: every snapshot, newest first", async () => {
    const { page, errors } = await open(baseURL, HH);
    const card = page.locator('[data-testid="rating-history"][data-board="text-to-video"]');
    const link = card.getByTestId("rating-table-link");
    const total = Number(/\((\d+)\)/.exec(await link.innerText())?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(Number(await card.getByTestId("elo-chart").getAttribute("data-snapshots"))).toBe(total);
    await link.click();
    await page.waitForURL(/\/models\/happyhorse-1-0\/ratings#board-text-to-video$/);
    const table = page.locator('[data-testid="rating-table"][data-board="text-to-video"]');
    expect(await table.locator("tbody tr").count()).toBe(total);
    expect(await table.locator("tbody tr").first().innerText()).toContain("18 Nov 2026");
    await page.screenshot({ path: screenshotPath(`profile-ratings-table-${kind}.png`), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    [1280, false],
    [1280, true],
    [375, false],
    [375, true],
  ])("renders at %i px (dark: %s) without overflow or console errors", async (width, dark) => {
    const { page, errors } = await open(baseURL, HH, { width, dark });
    const chart = page.getByTestId("elo-chart").first();
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.locator("svg .recharts-area-area").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // Verdict labels: words on a wide chart, glyph and count on a narrow one, never both.
    const shown = await chart
      .locator("svg text")
      .evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== "none").map((e) => e.textContent));
    expect(shown).toContain(width < 600 ? "✓ 4" : "✓ 4 claims");
    expect(shown).not.toContain(width < 600 ? "✓ 4 claims" : "✓ 4");
    await page.evaluate(() => window.scrollTo(0, 0));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe(dark ? "rgb(14, 17, 23)" : "rgb(246, 247, 249)");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath(`profile-${width}-${dark ? "dark" : "light"}-${kind}.png`), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
