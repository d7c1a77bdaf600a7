import type { BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openCheckedPage, screenshotPath, sharedBrowser } from "../helpers/browser";

const HH = "happyhorse-1-0";

const browser = sharedBrowser();

const open = (url: string, width = 1280, options: BrowserContextOptions = {}): Promise<Page> =>
  openCheckedPage(browser(), url, width, options);

/** Recharts draws once its container is on screen: scroll the chart in and wait for the lines. */
async function drawChart(page: Page) {
  const chart = page.getByTestId("board-history-chart");
  await chart.scrollIntoViewIfNeeded();
  await expect.poll(() => chart.locator("svg .recharts-line-curve").count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function noHorizontalOverflow(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

const width = (row: { low: string | null; high: string | null }) => Number(row.high) - Number(row.low);
const ci = async (page: Page, selector: string) => {
  const el = page.locator(selector).first();
  return { low: await el.getAttribute("data-ci-low"), high: await el.getAttribute("data-ci-high"), votes: await el.getAttribute("data-votes") };
};

describe.each(inject("e2eServers"))("leaderboards on $kind", ({ kind, baseURL }) => {
  it("the index lists every board with source, pool, audio, leader with interval, models and latest date", async () => {
    const page = await open(`${baseURL}/leaderboards`);
    const cards = page.getByTestId("board-card");
    // Three illustrative boards and the real LMArena one the seed backfills.
    expect(await cards.count()).toBe(4);
    const real = page.locator('[data-testid="board-card"][data-board="lmarena-text-to-image"]');
    expect(await real.innerText()).toMatch(/LMArena text-to-image[\s\S]*LMArena/);
    expect(await real.innerText()).not.toMatch(/Demo data/);
    const silent = page.locator('[data-testid="board-card"][data-board="text-to-video"]');
    const text = await silent.innerText();
    expect(text).toMatch(/Silent \(no audio\)/);
    expect(text).toMatch(/pool “text-to-video”/);
    expect(text).toMatch(/18 Nov 2026/);
    expect(await silent.getByTestId("board-leader").innerText()).toMatch(/HappyHorse 1\.0\s+1,\d{3} \(95%: 1,\d{3}–1,\d{3}\)/);
    const audio = page.locator('[data-testid="board-card"][data-board="text-to-video-audio"]');
    expect(await audio.innerText()).toMatch(/With audio/);
    expect(await audio.getByTestId("board-leader").innerText()).toMatch(/Statistically tied for first/i);
    expect(await page.getByTestId("demo-notice").first().innerText()).toContain("Demo data");
    await page.screenshot({ path: screenshotPath(`leaderboards-index-${kind}.png`), fullPage: true });

    // The real board says where its numbers come from; the illustrative ones have no source feeding them.
    const realPage = await open(`${baseURL}/leaderboards/lmarena-text-to-image`);
    expect(await realPage.getByTestId("board-publication").innerText()).toMatch(
      /Numbers from LMArena.s published version of 11 Dec 2025 \(source file\), imported from its history/,
    );
    expect(await realPage.getByTestId("board-publication").getByRole("link").getAttribute("href")).toContain("lmarena/arena-catalog");
    expect(await realPage.getByTestId("standing-row").count()).toBeGreaterThanOrEqual(30);
    await realPage.close();

    await silent.getByRole("link", { name: "Text to video (no audio)" }).click();
    await page.waitForURL(/\/leaderboards\/text-to-video$/);
    await page.close();

    const mobile = await open(`${baseURL}/leaderboards`, 375);
    await noHorizontalOverflow(mobile);
    await mobile.screenshot({ path: screenshotPath(`leaderboards-index-375-${kind}.png`), fullPage: true });
    await mobile.close();
  });

  it("latest standings: HappyHorse ranks first, with the multi-model history chart and its table", async () => {
    const page = await open(`${baseURL}/leaderboards/text-to-video`);
    expect(await page.locator("h1").innerText()).toBe("Text to video (no audio)");
    expect(await page.getByTestId("snapshot-date").getAttribute("datetime")).toBe("2026-11-18");
    const first = page.getByTestId("standing-row").first();
    expect(await first.getAttribute("data-model")).toBe(HH);
    expect(await first.getAttribute("data-rank")).toBe("1");
    expect(await first.innerText()).toMatch(/1,\d{3}\s*[–-]\s*1,\d{3}/);
    expect(await page.getByTestId("standing-row").count()).toBe(12);

    await drawChart(page);
    const chart = page.getByTestId("board-history-chart");
    expect(Number(await chart.getAttribute("data-series"))).toBe(12);
    expect(Number(await chart.getAttribute("data-rows"))).toBe(30);
    const lines = () => chart.locator("svg .recharts-line").count();
    const shown = await lines();
    expect(shown).toBeGreaterThanOrEqual(5);
    expect(await chart.locator("svg .recharts-area-area").count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath(`leaderboard-latest-${kind}.png`), fullPage: true });

    // Legend toggles are buttons: keyboard operable, state in aria-pressed.
    const hhToggle = chart.locator(`[data-testid="series-toggle"][data-model="${HH}"]`);
    expect(await hhToggle.getAttribute("aria-pressed")).toBe("true");
    await hhToggle.focus();
    await page.keyboard.press("Space");
    expect(await hhToggle.getAttribute("aria-pressed")).toBe("false");
    await expect.poll(lines).toBeLessThan(shown);
    await page.keyboard.press("Enter");
    expect(await hhToggle.getAttribute("aria-pressed")).toBe("true");

    // The same data as a table.
    const table = page.getByTestId("board-history-table");
    await table.locator("summary").click();
    expect(await table.locator("tbody tr").count()).toBe(30);
    expect(await table.locator("thead th").count()).toBe(13);
    expect(await table.locator("tbody tr").last().innerText()).toContain("—");
    await page.close();
  });

  it("as of an early date: HappyHorse is provisional, under its anonymous label, with a wide interval", async () => {
    const page = await open(`${baseURL}/leaderboards/text-to-video?at=2026-05-20`);
    expect(await page.getByTestId("snapshot-date").getAttribute("datetime")).toBe("2026-05-20");
    expect(await page.getByTestId("as-of-notice").innerText()).toMatch(/as they were on 20 May 2026/);
    const first = page.getByTestId("standing-row").first();
    expect(await first.getAttribute("data-model")).not.toBe(HH);
    expect(await first.getAttribute("data-rank")).toBe("1");
    expect(await page.locator(`[data-testid="standing-row"][data-model="${HH}"]`).count()).toBe(0);

    const hh = page.locator(`[data-testid="provisional-row"][data-model="${HH}"]`);
    expect(await hh.innerText()).toContain("Anonymous model (horse-7)");
    expect(await hh.innerText()).toContain("Provisional");
    const hhCi = await ci(page, `[data-testid="provisional-row"][data-model="${HH}"]`);
    const leaderCi = await ci(page, '[data-testid="standing-row"]');
    expect(Number(hhCi.votes)).toBeLessThan(1500);
    expect(width(hhCi)).toBeGreaterThan(40);
    expect(width(hhCi)).toBeGreaterThan(2 * width(leaderCi));
    expect(await page.getByTestId("provisional-group").innerText()).toMatch(/fewer than 1,500 votes/);

    await drawChart(page);
    await page.screenshot({ path: screenshotPath(`leaderboard-as-of-${kind}.png`), fullPage: true });

    await page.getByTestId("latest-link").click();
    await page.waitForURL(/\/leaderboards\/text-to-video$/);
    await expect.poll(() => page.getByTestId("standing-row").first().getAttribute("data-model")).toBe(HH);
    await page.close();

    // A day between snapshots shows the latest one on or before it.
    const between = await open(`${baseURL}/leaderboards/text-to-video?at=2026-05-22`);
    expect(await between.getByTestId("snapshot-date").getAttribute("datetime")).toBe("2026-05-20");
    expect(await between.getByTestId("as-of-notice").innerText()).toMatch(/on or before 22 May 2026/);
    await between.close();

    const mobile = await open(`${baseURL}/leaderboards/text-to-video?at=2026-05-20`, 375);
    await noHorizontalOverflow(mobile);
    await drawChart(mobile);
    await mobile.screenshot({ path: screenshotPath(`leaderboard-as-of-375-${kind}.png`), fullPage: true });
    await mobile.close();
  });

  it("the as-of picker is a plain form that works without JavaScript", async () => {
    const page = await open(`${baseURL}/leaderboards/image-to-video`, 1280, { javaScriptEnabled: false });
    const select = page.locator("#as-of");
    expect(await select.locator("option").count()).toBe(31); // "latest" + 30 weekly snapshots
    await select.selectOption("2026-07-01");
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await page.waitForURL(/at=2026-07-01/);
    expect(await page.getByTestId("snapshot-date").getAttribute("datetime")).toBe("2026-07-01");
    expect(await page.getByTestId("standing-row").count()).toBeGreaterThan(5);
    await page.close();
  });

  it("shows statistically tied groups on the with-audio board", async () => {
    const page = await open(`${baseURL}/leaderboards/text-to-video-audio`);
    const groups = page.getByTestId("tied-group");
    expect(await groups.count()).toBeGreaterThanOrEqual(1);
    const top = groups.first();
    expect(await top.getAttribute("data-rank")).toBe("1");
    expect(await top.innerText()).toMatch(/Statistically tied/i);
    const rows = top.getByTestId("standing-row");
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    const ranks = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-rank")));
    expect(new Set(ranks)).toEqual(new Set(["1"]));
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-model")))).toContain(HH);
    // The source re-anchored in September: the chart marks it.
    await drawChart(page);
    expect(await page.getByTestId("board-history-chart").innerText()).toMatch(/re-anchor/i);
    await page.screenshot({ path: screenshotPath(`leaderboard-audio-tied-${kind}.png`), fullPage: true });
    await page.close();

    const mobile = await open(`${baseURL}/leaderboards/text-to-video-audio`, 375);
    await noHorizontalOverflow(mobile);
    await drawChart(mobile);
    await mobile.screenshot({ path: screenshotPath(`leaderboard-audio-tied-375-${kind}.png`), fullPage: true });
    await mobile.close();
  });

  it("answers a bad date with a message, a date before the first snapshot with an empty state", async () => {
    for (const bad of ["2026-02-30", "not-a-date"]) {
      const page = await open(`${baseURL}/leaderboards/text-to-video?at=${bad}`);
      expect(await page.getByTestId("as-of-error").innerText()).toContain(`“${bad}” is not a date`);
      expect(await page.getByTestId("standing-row").count()).toBe(12);
      await page.close();
    }
    const early = await open(`${baseURL}/leaderboards/text-to-video?at=2020-01-01`);
    expect(await early.getByTestId("empty-state").innerText()).toMatch(/No snapshot on or before 1 Jan 2020/);
    expect(await early.getByTestId("standing-row").count()).toBe(0);
    await early.close();
  });

  it("answers an unknown leaderboard with a 404 page", async () => {
    const page = await browser().newPage();
    const res = await page.goto(`${baseURL}/leaderboards/no-such-board`);
    expect(res?.status()).toBe(404);
    expect(await page.getByTestId("not-found").innerText()).toMatch(/couldn.t find/i);
    await page.close();
  });
});
