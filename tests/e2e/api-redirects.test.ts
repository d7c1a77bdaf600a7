// Merged models and live changes need data the shared demo servers do not
// have, so this file prepares its own database per kind (demo seed plus a slug
// redirect) and starts its own production server on it.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheTags } from "@/lib/cache/cache-tags";
import { invalidateCache } from "@/lib/cache/invalidate-cache";
import { seedDemoData } from "@/lib/db/seed/seed-demo-data";
import { HAPPYHORSE_SLUG } from "@/lib/db/seed/demo-models";
import type { ClaimDto } from "@/lib/api/v1/schemas/claim-schemas";
import type { HistorySeriesDto } from "@/lib/api/v1/schemas/leaderboard-schemas";
import type { ModelDetailDto } from "@/lib/api/v1/schemas/model-schemas";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { expectProblem, getJson, type ListBody } from "./api-client";

const OLD_SLUG = "happyhorse-preview";
const HH_ID = `demo-model-${HAPPYHORSE_SLUG}`;

describe.each(testDatabaseKinds())("merged models and live data on %s", (kind) => {
  let db: TestDatabase;
  let server: AppServer;
  let baseURL: string;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await seedDemoData(db.db);
    await db.db.slugRedirect.create({ data: { fromSlug: OLD_SLUG, modelId: HH_ID } });
    // Only one process may hold an embedded database: hand it to the server.
    if (kind === "pglite") await db.close();
    server = await startAppServer(db.vars);
    baseURL = server.baseURL;
  });

  afterAll(async () => {
    await server?.stop();
    if (kind === "pglite") fs.rmSync(db.vars.MODELWATCH_DATA_DIR as string, { recursive: true, force: true });
    else await db?.destroy();
  });

  it("redirects a merged model's old slug to its current address with 308", async () => {
    const res = await fetch(`${baseURL}/api/v1/models/${OLD_SLUG}`, { redirect: "manual" });
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe(`/api/v1/models/${HAPPYHORSE_SLUG}`);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const followed = await fetch(`${baseURL}/api/v1/models/${OLD_SLUG}`);
    expect(followed.status).toBe(200);
    expect(((await followed.json()) as { data: ModelDetailDto }).data.slug).toBe(HAPPYHORSE_SLUG);
    await expectProblem(baseURL, "/api/v1/models/never-existed", 404);
  });

  it("accepts the old slug in filters and folds it into the current model", async () => {
    const oldClaims = await getJson<ListBody<ClaimDto>>(baseURL, `/api/v1/claims?model=${OLD_SLUG}&limit=100`);
    const newClaims = await getJson<ListBody<ClaimDto>>(baseURL, `/api/v1/claims?model=${HAPPYHORSE_SLUG}&limit=100`);
    expect(oldClaims.res.status).toBe(200);
    expect(oldClaims.body.data).toEqual(newClaims.body.data);
    const history = await getJson<ListBody<HistorySeriesDto>>(
      baseURL,
      `/api/v1/leaderboards/text-to-video/history?models=${OLD_SLUG},${HAPPYHORSE_SLUG}`,
    );
    expect(history.body.data.map((s) => s.model)).toEqual([HAPPYHORSE_SLUG]);
    const news = await getJson<ListBody<{ models: string[] }>>(baseURL, `/api/v1/news?model=${OLD_SLUG}`);
    expect(news.body.data.length).toBeGreaterThan(0);
    expect(news.body.data.every((n) => n.models.includes(HAPPYHORSE_SLUG))).toBe(true);
  });

  // The server holds the embedded database; only PostgreSQL can be changed under it.
  if (kind !== "postgres") return;

  // Reads are cached per server process; a change made by another process (here:
  // the test) reaches the server through invalidateCache's NOTIFY.
  it("shows a change at once: new ETag, new body, fresh cached profile page", async () => {
    const path = `/api/v1/models/${HAPPYHORSE_SLUG}`;
    const before = await fetch(`${baseURL}${path}`);
    const etag = before.headers.get("etag") as string;
    const claim = (await before.json()) as { data: ModelDetailDto };
    const target = claim.data.claims.find((c) => c.status === "UNVERIFIED") as ClaimDto;
    const profile = `${baseURL}/models/${HAPPYHORSE_SLUG}`;
    await fetch(profile);
    const cached = await fetch(profile);
    // Served from a cache: the server's front cache, or Next's own page cache behind it.
    expect(cached.headers.get("x-modelwatch-cache") ?? cached.headers.get("x-nextjs-cache")).toMatch(/^hit$/i);
    const statusOf = (html: string) => new RegExp(`data-claim-id="${target.id}" data-status="(\\w+)"`).exec(html)?.[1];
    expect(statusOf(await cached.text())).toBe("UNVERIFIED");

    await db.db.claim.update({ where: { id: target.id }, data: { status: "DISPUTED", version: { increment: 1 } } });
    await invalidateCache([cacheTags.model(HAPPYHORSE_SLUG), cacheTags.catalog], { db: db.db });

    // A notice takes a moment to cross from one process to another: allow a few milliseconds.
    await expect.poll(async () => (await fetch(`${baseURL}${path}`, { headers: { "If-None-Match": etag } })).status, { timeout: 2_000, interval: 20 }).toBe(200);
    const after = await fetch(`${baseURL}${path}`, { headers: { "If-None-Match": etag } });
    expect(after.headers.get("etag")).not.toBe(etag);
    const changed = ((await after.json()) as { data: ModelDetailDto }).data.claims.find((c) => c.id === target.id);
    expect(changed).toMatchObject({ status: "DISPUTED", version: target.version + 1 });
    expect(statusOf(await (await fetch(profile)).text())).toBe("DISPUTED");
  });

  it("answers a failure with a 500 problem that discloses nothing", async () => {
    await db.db.$executeRawUnsafe(`ALTER TABLE "NewsItem" RENAME TO "NewsItemHidden"`);
    try {
      const p = await expectProblem(baseURL, "/api/v1/news", 500);
      expect(JSON.stringify(p)).not.toMatch(/NewsItem|relation|prisma|postgres|at \//i);
      expect(p.type).toBe("/docs/api#problem-internal");
    } finally {
      await db.db.$executeRawUnsafe(`ALTER TABLE "NewsItemHidden" RENAME TO "NewsItem"`);
    }
    expect((await fetch(`${baseURL}/api/v1/news`)).status).toBe(200);
  });
});
