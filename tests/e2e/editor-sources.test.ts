// Leaderboard sources from the editor's board page, in Chromium against the
// production build: an editor creates a board, attaches a source served by a
// real HTTP server on loopback (its field error shown next to the field first),
// the worker fetches it (in-process on PGlite, `mw worker` beside PostgreSQL),
// the first version shows on the page with its health, the unmatched name is
// shown in the review queue and mapped to its model; the editor fetches it now, edits it, disables
// and enables it and backfills two earlier versions from files; a reader sees where the board's
// numbers come from and how long ago they were fetched.
import type http from "node:http";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditPage, describeFindings } from "../helpers/axe";
import { startFeedServer, type FeedServer } from "../helpers/feed-server";
import { pageErrors, screenshotPath, sharedBrowser, signInWithForm } from "../helpers/browser";
import { startOwnAppServer, type OwnAppServer } from "../helpers/own-app-server";
import { testDatabaseKinds } from "../helpers/test-databases";

const browser = sharedBrowser();

// A small LMArena arena-catalog publication: two names that are demo models' slugs, one codename nobody knows.
const CATALOG = JSON.stringify({
  full: {
    "veo-3": { rating: 1250, rating_q025: 1240, rating_q975: 1260 },
    "sora-2": { rating: 1230, rating_q025: 1221, rating_q975: 1239 },
    "mystery-bird": { rating: 1280, rating_q025: 1262, rating_q975: 1298 },
  },
});

let publisher: FeedServer;
let requests = 0;
let apiKeys: (string | undefined)[] = [];
let clients: (string | undefined)[] = [];

beforeAll(async () => {
  const handler: http.RequestListener = (req, res) => {
    requests += 1;
    apiKeys.push(req.headers["x-api-key"] as string | undefined);
    clients.push(req.headers["x-client"] as string | undefined);
    if (req.url === "/leaderboard-video.json") res.writeHead(200, { "content-type": "application/json" }).end(CATALOG);
    else res.writeHead(404).end("not found");
  };
  publisher = await startFeedServer(handler);
});
afterAll(() => publisher.close());

/** axe (WCAG 2.1 AA) on the page as it is, light and dark, 1280 and 375 px: the panels with a source and an unmatched name in them. */
async function auditVariants(page: Page, where: string): Promise<string> {
  const report: string[] = [];
  for (const scheme of ["light", "dark"] as const) {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      const findings = await auditPage(page);
      if (findings.length) report.push(describeFindings(`${where} (${scheme}, ${width} px)`, findings));
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: "light" });
  return report.join("\n");
}

async function newPage(scheme: "light" | "dark" = "light"): Promise<{ page: Page; errors: string[] }> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
  const page = await context.newPage();
  return { page, errors: pageErrors(page) };
}

describe.each(testDatabaseKinds())("leaderboard sources on the editor's page on %s", (kind) => {
  let own: OwnAppServer | undefined;
  let baseURL = "";

  beforeAll(async () => {
    own = await startOwnAppServer(kind, { FEED_ALLOW_PRIVATE_NETWORKS: "true" }, { worker: true });
    baseURL = own.server.baseURL;
  }, 300_000);
  afterAll(() => own?.stop());

  it("adds a source through the form, shows its first version and health, maps the unmatched name, and readers see the source line", async () => {
    requests = 0;
    apiKeys = [];
    clients = [];
    const { page, errors } = await newPage();
    await signInWithForm(page, baseURL, "editor@modelwatch.local", "modelwatch-editor", "/editor/leaderboards");

    // A board of its own, through the editor's form.
    const boardName = `Followed arena ${kind}`;
    const create = page.locator("form", { has: page.getByRole("button", { name: "Create leaderboard" }) });
    await create.getByLabel("Name", { exact: true }).fill(boardName);
    await create.getByLabel("Slug (optional)").fill(`followed-arena-${kind}`);
    await create.getByLabel("Published by").fill("Loopback Arena");
    await create.getByLabel("Pool", { exact: true }).fill("text-to-video");
    await create.getByLabel("Minimum votes to be ranked").fill("0");
    await page.getByRole("button", { name: "Create leaderboard" }).click();
    await page.waitForURL((u) => u.pathname === `/editor/leaderboards/followed-arena-${kind}`, { timeout: 60_000 });
    const sources = page.locator("section", { has: page.getByRole("heading", { name: "Sources", exact: true }) });
    await expect.poll(() => sources.getByText(/No sources yet/).isVisible()).toBe(true);

    // A bad interval: the API's problem is shown next to the interval field, nothing is added.
    const url = `${publisher.origin}/leaderboard-video.json`;
    await page.getByLabel("Publication URL").fill(url);
    await page.getByLabel("Format (adapter)").selectOption("lmarena-catalog");
    await page.getByLabel("Selector (optional)").fill("full");
    await page.getByLabel("Interval (minutes)").fill("5");
    await page.locator("#source-header-name-0").fill("x-api-key");
    await page.locator("#source-header-value-0").fill("s3cret-value-e2e");
    await page.getByRole("button", { name: "Add header" }).click();
    await page.locator("#source-header-name-1").fill("x-client");
    await page.locator("#source-header-value-1").fill("second-secret-e2e");
    await page.getByRole("button", { name: "Add source" }).click();
    await expect.poll(() => page.locator("#source-intervalMinutes-error").textContent(), { timeout: 30_000 }).toContain("at least 15");
    expect(await page.getByLabel("Interval (minutes)").getAttribute("aria-describedby")).toContain("source-intervalMinutes-error");
    expect(await sources.getByText(/No sources yet/).isVisible()).toBe(true);

    await page.getByLabel("Interval (minutes)").fill("60");
    await page.getByRole("button", { name: "Add source" }).click();
    await expect.poll(() => page.getByText(/Added http:\/\/127\.0\.0\.1/).isVisible(), { timeout: 30_000 }).toBe(true);
    const card = sources.locator("li", { hasText: url });
    await expect.poll(() => card.count(), { timeout: 30_000 }).toBe(1);
    expect(await card.textContent()).toContain("x-api-key: ••••, x-client: ••••");
    expect(await page.content()).not.toContain("s3cret-value-e2e");
    expect(await page.content()).not.toContain("second-secret-e2e");

    // The worker fetches it (a new source is due at once): reload until the first version is there.
    await expect
      .poll(
        async () => {
          await page.reload({ waitUntil: "networkidle" });
          return (await sources.locator("li", { hasText: url }).textContent()) ?? "";
        },
        { timeout: 90_000, interval: 2_000 },
      )
      .toContain("versions: 1");
    const fetched = (await sources.locator("li", { hasText: url }).textContent()) ?? "";
    expect(fetched).toContain("HTTP 200");
    expect(fetched).toContain("every 1 h");
    expect(fetched).toMatch(/OK/);
    expect(requests).toBe(1);
    expect(apiKeys).toEqual(["s3cret-value-e2e"]);
    expect(clients).toEqual(["second-secret-e2e"]);

    // Fetch now: the outcome shows at once (the same body again: unchanged, no new version).
    const live = sources.locator("li", { hasText: url });
    await live.getByRole("button", { name: "Fetch now" }).click();
    await expect.poll(() => live.getByRole("status").textContent(), { timeout: 30_000 }).toContain("Unchanged: the same publication as the last version (3 entries)");
    expect(requests).toBe(2);
    expect((await live.textContent()) ?? "").toContain("versions: 1");

    // Edit its settings: a new interval shows on the card.
    await live.getByRole("button", { name: "Edit settings" }).click();
    await live.getByLabel("Interval (minutes)").fill("120");
    await live.getByRole("button", { name: "Save settings" }).click();
    await expect.poll(() => live.textContent(), { timeout: 30_000 }).toContain("every 2 h");

    // Disable with a reason (the worker leaves it alone), then enable it again.
    await live.getByRole("button", { name: "Disable…" }).click();
    await live.getByLabel(`Reason for disabling ${url}`).fill("publisher is moving the file");
    await live.getByRole("button", { name: "Disable", exact: true }).click();
    await expect.poll(() => live.textContent(), { timeout: 30_000 }).toMatch(/Disabled: disabled by .+: publisher is moving the file/);
    await live.getByRole("button", { name: "Enable" }).click();
    await expect.poll(() => live.textContent(), { timeout: 30_000 }).toContain("Enabled");

    // Backfill two earlier versions from files: they join the history, dated by their names.
    await live.getByRole("button", { name: "Backfill history…" }).click();
    const earlier = (rating: number) => Buffer.from(JSON.stringify({ full: { "veo-3": { rating, rating_q025: rating - 10, rating_q975: rating + 10 }, "mystery-bird": { rating: 1200, rating_q025: 1190, rating_q975: 1210 } } }));
    await live.getByLabel("Version files").setInputFiles([
      { name: "2025-01-10_first.json", mimeType: "application/json", buffer: earlier(1210) },
      { name: "2025-02-10_second.json", mimeType: "application/json", buffer: earlier(1230) },
    ]);
    await live.getByRole("button", { name: "Import 2 files" }).click();
    await expect.poll(() => live.getByRole("status").textContent(), { timeout: 30_000 }).toContain("Backfill: 2 of 2 versions imported, 2025-01-10 to 2025-02-10; 0 already there.");
    await expect.poll(() => live.textContent(), { timeout: 30_000 }).toContain("versions: 3");

    // The codename waits in the unmatched list; the two known names went to the board.
    const unmatched = page.locator("section", { has: page.getByRole("heading", { name: /^Unmatched names/ }) });
    const row = unmatched.locator("tr", { hasText: "mystery-bird" });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain("1280");
    expect(await row.textContent()).toContain("1262–1298");
    expect(await page.locator("section", { has: page.getByRole("heading", { name: /^Latest snapshot/ }) }).textContent()).toContain("Veo 3");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath(`editor-sources-${kind}.png`), fullPage: true });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: screenshotPath(`editor-sources-dark-${kind}.png`), fullPage: true });
    await page.emulateMedia({ colorScheme: "light" });
    expect(await auditVariants(page, "editor board page with a source and an unmatched name"), "axe violations").toBe("");

    // The same name waits in the review queue, under its board.
    await page.goto(`${baseURL}/editor/queue`, { waitUntil: "networkidle" });
    const queued = page.locator("section", { has: page.getByRole("heading", { name: /^Unmatched leaderboard names/ }) });
    expect(await queued.getByRole("link", { name: boardName }).count()).toBe(1);
    expect(await queued.locator("tr", { hasText: "mystery-bird" }).count()).toBe(1);
    await page.goto(`${baseURL}/editor/leaderboards/followed-arena-${kind}`, { waitUntil: "networkidle" });

    // Map it to its model: the list refreshes without it, and its figures join the model's history on the board.
    await row.getByLabel("Model that mystery-bird is").selectOption("kling-3-0");
    await row.getByRole("button", { name: "Map" }).click();
    await expect.poll(() => unmatched.getByText("Every published name answers to a model.").isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.locator("section", { has: page.getByRole("heading", { name: /^Latest snapshot/ }) }).textContent()).toContain("Kling 3.0");

    const api = await page.request.get(`${baseURL}/api/v1/leaderboards/followed-arena-${kind}/sources`);
    const body = (await api.json()) as { data: { versions: number; secretHeaderNames: string[] }[] };
    expect(body.data).toMatchObject([{ versions: 3, intervalMinutes: 120, enabled: true, secretHeaderNames: ["x-api-key", "x-client"] }]);

    // The demo's real board: its source is disabled with the reason, and its seven backfilled versions counted.
    await page.goto(`${baseURL}/editor/leaderboards/lmarena-text-to-image`, { waitUntil: "networkidle" });
    const demoSource = (await sources.locator("li").first().textContent()) ?? "";
    expect(demoSource).toContain("Disabled: Demo: no internet here");
    expect(demoSource).toContain("versions: 7");
    await page.screenshot({ path: screenshotPath(`editor-sources-lmarena-${kind}.png`), fullPage: false });
    expect(await auditVariants(page, "editor board page with a disabled source"), "axe violations").toBe("");
    await page.setViewportSize({ width: 375, height: 900 });
    await page.screenshot({ path: screenshotPath(`editor-sources-lmarena-375-${kind}.png`), fullPage: false });

    expect(errors.filter((e) => !e.includes("status of 400"))).toEqual([]);
    await page.context().close();

    // A reader (not signed in) sees where the numbers come from, and the mapped model on the board.
    const reader = await newPage();
    await reader.page.goto(`${baseURL}/leaderboards/followed-arena-${kind}`, { waitUntil: "networkidle" });
    const line = reader.page.getByTestId("board-publication");
    expect(await line.textContent()).toContain("Numbers from Loopback Arena");
    // Counted in the browser from the last successful fetch (the page itself may be cached for hours).
    await expect.poll(() => line.textContent()).toMatch(/fetched (just now|\d+ minutes? ago)$/);
    expect(await line.getByRole("link", { name: "source file" }).getAttribute("href")).toBe(url);
    expect(await reader.page.locator("main").textContent()).toContain("Kling 3.0");
    // The history across the three versions (two backfilled, one fetched), the mapped name's earlier figures included.
    expect(await reader.page.getByTestId("board-history-chart").getAttribute("data-rows")).toBe("3");
    const table = reader.page.getByTestId("board-history-table");
    expect(await table.locator("summary").textContent()).toMatch(/\(3 snapshots × 3 models\)/);
    await table.locator("summary").click();
    const klingColumn = await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.textContent ?? ""));
    expect(klingColumn.join(" | ")).toMatch(/1,200\s*1,190–1,210/);
    expect(reader.errors).toEqual([]);
    await reader.page.context().close();
  }, 240_000);
});
