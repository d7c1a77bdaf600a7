// The editor's day, in Chromium against the production build: sign in, work
// the review queue (relevant → create a claim from the item → verify it with
// an official source) and see the verdict on the public profile and API at
// once, although those are cached.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServer } from "../helpers/app-server";
import { startOwnAppServer, type OwnAppServer } from "../helpers/own-app-server";
import { pageErrors, screenshotPath, sharedBrowser, signInWithForm } from "../helpers/browser";
import { testDatabaseKinds } from "../helpers/test-databases";

const browser = sharedBrowser();

async function newPage(width = 1280): Promise<{ page: Page; errors: string[] }> {
  const context = await browser().newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = pageErrors(page);
  return { page, errors };
}

// This suite writes: it gets servers and databases of its own, so the read-only
// suites sharing the global servers keep seeing the demo data as seeded.
describe.each(testDatabaseKinds())("editor workflow on %s", (kind) => {
  let server: AppServer;
  let baseURL = "";
  let own: OwnAppServer | undefined;

  beforeAll(async () => {
    own = await startOwnAppServer(kind);
    server = own.server;
    baseURL = server.baseURL;
  }, 300_000);
  afterAll(() => own?.stop());

  it("sends anonymous readers of /editor to sign in", async () => {
    const { page } = await newPage();
    await page.goto(`${baseURL}/editor/queue`, { waitUntil: "networkidle" });
    expect(new URL(page.url()).pathname).toBe("/signin");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/editor/queue");
    await page.context().close();
  });

  it("signs in, marks an item relevant, records a claim from it, verifies it, and the public profile shows it at once", async () => {
    const { page, errors } = await newPage();
    await signInWithForm(page, baseURL, "editor@modelwatch.local", "modelwatch-editor", "/editor/queue");
    await expect.poll(() => page.getByRole("heading", { name: "Review queue" }).isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath(`editor-queue-${kind}.png`), fullPage: false });

    // The first NEW item that names a model: its "Create claim" link carries the model.
    const items = page.locator("article").filter({ has: page.getByRole("link", { name: "Create claim" }) });
    let chosen = -1;
    let draftHref = "";
    for (let i = 0; i < (await items.count()); i++) {
      const href = (await items.nth(i).getByRole("link", { name: "Create claim" }).getAttribute("href")) ?? "";
      if (href.includes("model=")) {
        chosen = i;
        draftHref = href;
        break;
      }
    }
    expect(chosen, "a NEW item with a suggested model").toBeGreaterThanOrEqual(0);
    const slug = new URL(draftHref, baseURL).searchParams.get("model")!;
    const newsItemId = new URL(draftHref, baseURL).searchParams.get("newsItem")!;

    // The public profile is cached before the change, so the test sees invalidation work.
    const statement = `E2E ${kind} ${Date.now()}: the model is offered through a public API with documentation`;
    const before = await page.request.get(`${baseURL}/models/${slug}`);
    expect(before.status()).toBe(200);
    expect(await before.text()).not.toContain(statement);

    const item = items.nth(chosen);
    await item.getByRole("button", { name: "Relevant…" }).click();
    await item.getByRole("button", { name: /^Confirm relevant/ }).click();
    await expect.poll(() => page.getByText("Marked relevant").first().isVisible(), { timeout: 30_000 }).toBe(true);

    // Create a claim from the item: model, item as source and its passage are prefilled.
    await page.goto(`${baseURL}${draftHref}`, { waitUntil: "networkidle" });
    expect(await page.getByLabel("Model", { exact: true }).inputValue()).toBe(slug);
    expect(await page.getByLabel("URL").first().inputValue()).not.toBe("");
    await page.getByLabel("Category").selectOption("API");
    await page.getByLabel("Statement").fill(statement);
    await page.getByLabel("Note").fill("Recorded from the news item in the review queue");
    await page.getByRole("button", { name: "Record claim" }).click();
    await page.waitForURL(/\/editor\/claims\/[^/?]+$/, { timeout: 60_000 });
    const claimId = new URL(page.url()).pathname.split("/").pop()!;

    // Verifying on a press source alone is refused by policy, by name.
    const statusForm = page.locator("form", { has: page.getByRole("heading", { name: "Change status" }) });
    await statusForm.getByLabel(/Verified/).check();
    await statusForm.getByLabel("Note").fill("Trying to verify on the press report alone");
    await statusForm.getByRole("button", { name: /^Change to Verified/ }).click();
    await expect.poll(() => statusForm.getByText(/official or independent/i).first().isVisible(), { timeout: 30_000 }).toBe(true);

    // Add the official source, then verify with it as evidence.
    const sourceForm = page.locator("form", { has: page.getByRole("heading", { name: "Add a source" }) });
    await sourceForm.getByLabel("URL").fill(`https://example.com/${slug}/api-docs`);
    await sourceForm.getByLabel("Title").fill("API documentation");
    await sourceForm.getByLabel("Kind").selectOption("OFFICIAL");
    await sourceForm.getByLabel("Note").fill("The vendor's own API documentation");
    await sourceForm.getByRole("button", { name: "Add source" }).click();
    await expect.poll(() => sourceForm.getByText("Source added.").isVisible(), { timeout: 30_000 }).toBe(true);

    await statusForm.getByLabel(/Verified/).check();
    await statusForm.getByLabel(/API documentation/).check();
    await statusForm.getByLabel("Note").fill("The official documentation shows the public API");
    await statusForm.getByRole("button", { name: /^Change to Verified/ }).click();
    await expect.poll(() => page.getByText("Status changed to Verified.").isVisible(), { timeout: 30_000 }).toBe(true);
    await page.screenshot({ path: screenshotPath(`editor-claim-${kind}.png`), fullPage: true });

    // The public profile and the API show the verdict on the next request.
    await page.goto(`${baseURL}/models/${slug}`, { waitUntil: "networkidle" });
    const publicClaim = page.locator('[data-testid="claim"]', { hasText: statement });
    await expect.poll(() => publicClaim.count()).toBe(1);
    expect(await publicClaim.textContent()).toContain("Verified");
    await page.screenshot({ path: screenshotPath(`editor-public-profile-${kind}.png`), fullPage: false });

    const api = await page.request.get(`${baseURL}/api/v1/models/${slug}`);
    const body = (await api.json()) as { data: { claims: { id: string; status: string; version: number }[] } };
    expect(body.data.claims.find((c) => c.id === claimId)).toMatchObject({ status: "VERIFIED" });

    const news = await page.request.get(`${baseURL}/api/v1/news?model=${slug}&limit=100`);
    const newsBody = (await news.json()) as { data: { id: string }[] };
    expect(newsBody.data.map((n) => n.id)).toContain(newsItemId);
    // The one failed request is the 422 the policy answered on purpose.
    expect(errors.filter((e) => !e.includes("status of 422"))).toEqual([]);
    expect(errors.filter((e) => e.includes("status of 422"))).toHaveLength(1);
    await page.context().close();
  });
});
