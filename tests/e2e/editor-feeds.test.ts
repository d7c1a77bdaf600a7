// The feed health page in Chromium against the production build: the demo
// feeds with their disabled reasons, disabling and enabling a feed through the
// page (the reason shown), an OPML import with its report, and the export.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServer } from "../helpers/app-server";
import { startOwnAppServer, type OwnAppServer } from "../helpers/own-app-server";
import { pageErrors, screenshotPath, sharedBrowser, signInWithForm } from "../helpers/browser";
import { testDatabaseKinds } from "../helpers/test-databases";

const browser = sharedBrowser();

async function signedInPage(baseURL: string, width: number): Promise<{ page: Page; errors: string[] }> {
  const context = await browser().newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = pageErrors(page);
  await signInWithForm(page, baseURL, "editor@modelwatch.local", "modelwatch-editor", "/editor/feeds");
  return { page, errors };
}

// This suite writes: a server and database of its own.
describe.each(testDatabaseKinds())("feed health page on %s", (kind) => {
  let server: AppServer;
  let own: OwnAppServer | undefined;

  beforeAll(async () => {
    // The page's own states ("not fetched yet") are under test: no worker fetching the feeds meanwhile.
    own = await startOwnAppServer(kind, { MODELWATCH_WORKER: "off" });
    server = own.server;
  }, 300_000);
  afterAll(() => own?.stop());

  it("enables and disables a feed with its reason, imports OPML with a report, and exports it", async () => {
    const { page, errors } = await signedInPage(server.baseURL, 1280);
    const row = (title: string) => page.locator("tr", { hasText: title });
    await row("Arena Watch").getByText("Demo feed: illustrative items, never fetched").waitFor();

    await row("Arena Watch").getByRole("button", { name: "Enable" }).click();
    await row("Arena Watch").getByRole("button", { name: "Fetch now" }).waitFor();
    await row("Arena Watch").getByRole("button", { name: "Disable…" }).click();
    await row("Arena Watch").getByPlaceholder("Why?").fill("the outlet moved its feed");
    await row("Arena Watch").getByRole("button", { name: "Disable", exact: true }).click();
    await row("Arena Watch").getByText("disabled by Demo Editor: the outlet moved its feed").waitFor();

    const opml = `<?xml version="1.0"?><opml version="2.0"><body><outline text="Video"><outline text="Fresh wire" xmlUrl="https://fresh-wire.example/rss"/><outline text="Bad" xmlUrl="ftp://nope.example/feed"/></outline></body></opml>`;
    await page.setInputFiles("#opml-file", { name: "feeds.opml", mimeType: "text/x-opml", buffer: Buffer.from(opml) });
    await page.getByText("1 added, 0 already there, 1 invalid.").waitFor();
    await page.getByText("ftp is not http(s)").waitFor();
    await row("Fresh wire").getByText("Not fetched yet").waitFor();
    await page.screenshot({ path: screenshotPath(`editor-feeds-${kind}.png`), fullPage: true });

    const exported = await page.request.get(`${server.baseURL}/api/v1/feeds.opml`);
    expect(exported.status()).toBe(200);
    const text = await exported.text();
    expect(text).toContain('xmlUrl="https://fresh-wire.example/rss"');
    expect(text).toContain('xmlUrl="https://arenawatch.example/atom.xml"');
    expect(errors).toEqual([]);
  }, 180_000);
});
