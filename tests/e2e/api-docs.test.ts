import { describe, expect, inject, it } from "vitest";
import type { OpenApiDocument } from "@/lib/api/openapi-types";
import { pageErrors, screenshotPath, sharedBrowser } from "../helpers/browser";
import { getJson } from "./api-client";

const browser = sharedBrowser();

describe.each(inject("e2eServers"))("API docs page on $kind", ({ kind, baseURL }) => {
  it("renders every operation and schema of the served document, with no outside assets", async () => {
    const { body: doc } = await getJson<OpenApiDocument>(baseURL, "/api/v1/openapi.json");
    const operations = Object.values(doc.paths).flatMap((item) => Object.values(item));

    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = pageErrors(page);
    const foreign: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(baseURL)) foreign.push(r.url());
    });
    const res = await page.goto(`${baseURL}/docs/api`, { waitUntil: "networkidle" });
    expect(res?.status()).toBe(200);
    expect(await page.locator("h1").innerText()).toBe(doc.info.title);
    const sections = page.getByTestId("api-endpoint");
    expect(await sections.count()).toBe(operations.length);
    for (const [p, item] of Object.entries(doc.paths)) {
      const methods = Object.keys(item).length;
      expect(await page.locator(`[data-testid="api-endpoint"][data-path="${p}"]`).count(), p).toBe(methods);
    }
    for (const name of Object.keys(doc.components.schemas)) {
      expect(await page.locator(`[id="schema-${name}"]`).count(), name).toBe(1);
    }
    // Problem types in responses link to sections that exist on this page.
    for (const kindId of ["invalid-parameters", "not-found", "internal"]) {
      expect(await page.locator(`#problem-${kindId}`).count()).toBe(1);
    }
    // Schema links inside tables resolve to anchors on the page.
    const hrefs = await page.locator('a[href^="#schema-"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    for (const href of new Set(hrefs)) expect(await page.locator(`[id="${(href as string).slice(1)}"]`).count(), href as string).toBe(1);

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.screenshot({ path: screenshotPath(`api-docs-${kind}.png`) });
    await page.locator("#getStandings").scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`api-docs-standings-${kind}.png`) });

    const mobile = await browser().newPage({ viewport: { width: 375, height: 800 } });
    await mobile.goto(`${baseURL}/docs/api`, { waitUntil: "networkidle" });
    const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await mobile.screenshot({ path: screenshotPath(`api-docs-mobile-${kind}.png`) });
    await mobile.close();
    await page.close();
  });
});
