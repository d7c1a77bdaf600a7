// Votes in and ratings out, in Chromium against the production build: an
// editor uploads a CSV of pairwise votes on the leaderboard editor page,
// watches the recompute job finish, and the standings API and the public
// board show the computed Bradley–Terry ratings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/elo/seeded-random";
import type { AppServer } from "../helpers/app-server";
import { startOwnAppServer, type OwnAppServer } from "../helpers/own-app-server";
import { screenshotPath, sharedBrowser, signInWithForm } from "../helpers/browser";
import { testDatabaseKinds } from "../helpers/test-databases";

const TRUE: Record<string, number> = { "seedance-2-0": 1150, "kling-3-0": 1080, "veo-3": 1000, "Mystery Model": 900 };

function votesCsv(n: number): string {
  const rand = seededRandom(4);
  const names = Object.keys(TRUE);
  const lines = ["model_a,model_b,winner,timestamp"];
  for (let k = 0; k < n; k++) {
    const a = names[Math.floor(rand() * 4)] as string;
    const b = names[(names.indexOf(a) + 1 + Math.floor(rand() * 3)) % 4] as string;
    const p = 1 / (1 + 10 ** (((TRUE[b] as number) - (TRUE[a] as number)) / 400));
    const winner = rand() < 0.05 ? "tie" : rand() < p ? "model_a" : "model_b";
    lines.push(`${a},${b},${winner},${Date.UTC(2026, 9, 1) / 1000 + k * 600}`); // four weeks of votes
  }
  return lines.join("\n");
}

const browser = sharedBrowser();

describe.each(testDatabaseKinds())("battle upload on %s", (kind) => {
  let server: AppServer;
  let own: OwnAppServer | undefined;

  beforeAll(async () => {
    // The recompute is a background job: the worker runs it.
    own = await startOwnAppServer(kind, {}, { worker: true });
    server = own.server;
  }, 300_000);
  afterAll(() => own?.stop());

  it("uploads votes, follows the recompute to 100%, and the board shows the computed ratings", async () => {
    const base = server.baseURL;
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (err) => errors.push(err.message));
    await signInWithForm(page, base, "editor@modelwatch.local", "modelwatch-editor", "/editor/leaderboards");

    // A board rated from votes (method BRADLEY_TERRY), created through the same API the pages use.
    const created = await page.evaluate(async () => {
      const res = await fetch("/api/v1/leaderboards", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "Votes arena", slug: "votes-arena", source: "E2E votes", pool: "text-to-video", modality: "TEXT_TO_VIDEO", method: "BRADLEY_TERRY", minVotes: 100 }),
      });
      return res.status;
    });
    expect(created).toBe(201);

    await page.goto(`${base}/editor/leaderboards/votes-arena`, { waitUntil: "networkidle" });
    const form = page.locator("form", { has: page.getByLabel("CSV or JSON file of votes") });
    await form.getByLabel("CSV or JSON file of votes").setInputFiles({ name: "votes.csv", mimeType: "text/csv", buffer: Buffer.from(votesCsv(4000)) });
    // An unknown name refuses the import, naming its first row.
    await form.getByRole("button", { name: "Check and import votes" }).click();
    await expect.poll(() => form.getByRole("alert").textContent(), { timeout: 60_000 }).toContain("nothing was written");
    expect(await form.locator("table").textContent()).toContain('no model has the slug or alias "Mystery Model"');

    await form.getByLabel(/Create unknown names as provisional models/).check();
    await form.getByRole("button", { name: "Check and import votes" }).click();
    const status = form.getByRole("status");
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toContain("Imported 4,000 votes; new provisional models: mystery-model");
    await expect.poll(() => status.locator("progress").getAttribute("value"), { timeout: 120_000 }).toBe("1");
    // The page refreshes itself once the job is done: the count and the new snapshot show.
    await expect.poll(() => page.locator("main").textContent(), { timeout: 30_000 }).toContain("4,000 votes so far");
    expect(await page.getByRole("heading", { name: /Latest snapshot: 2026-10-28/ }).count()).toBe(1);
    await page.screenshot({ path: screenshotPath(`battle-upload-${kind}-1280.png`), fullPage: true });
    await page.setViewportSize({ width: 375, height: 900 });
    await page.screenshot({ path: screenshotPath(`battle-upload-${kind}-375.png`), fullPage: true });
    expect(errors).toEqual([]);

    const res = await fetch(`${base}/api/v1/leaderboards/votes-arena/standings`);
    const body = (await res.json()) as { data: { model: string; rating: number; ciLow: number; ciHigh: number; votes: number; rank: number }[] };
    expect(body.data.map((r) => r.model)).toEqual(["seedance-2-0", "kling-3-0", "veo-3", "mystery-model"]);
    for (const r of body.data) {
      expect(r.ciLow).toBeLessThan(r.rating);
      expect(r.ciHigh).toBeGreaterThan(r.rating);
      expect(r.votes).toBeGreaterThan(1500);
    }
    expect(body.data.reduce((s, r) => s + r.rating, 0) / 4).toBeCloseTo(1000, 0);

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/leaderboards/votes-arena`, { waitUntil: "networkidle" });
    expect(await page.locator("main").textContent()).toContain("Seedance 2.0");
    // Four weekly points (the Mondays 5–26 Oct) and the current one: the history chart has lines to draw.
    expect(await page.getByText("5 snapshots × 4 models").count()).toBe(1);
    await page.screenshot({ path: screenshotPath(`battle-board-${kind}-1280.png`), fullPage: true });
    await context.close();
  });
});
