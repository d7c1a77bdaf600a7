// The job runner and the worker loop on both databases: queued jobs run once
// with progress, failures are recorded, a dead worker's job is taken over and
// given up after its attempts, side-by-side workers never share a job, and a
// worker pass over due feeds is recorded as a `news.ingest` job with figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getJobRoute } from "@/app/api/v1/jobs/[id]/route";
import { GET as listJobsRoute } from "@/app/api/v1/jobs/route";
import { claimNextJob, MAX_JOB_ATTEMPTS } from "@/lib/jobs/claim-next-job";
import type { JobHandler } from "@/lib/jobs/job-context";
import { runNextJob } from "@/lib/jobs/run-next-job";
import { workerTick } from "@/lib/jobs/run-worker";
import { callRoute, createTestUser, useAsAppDatabase, type TestUser } from "../helpers/route-harness";
import { startFeedServer, type FeedServer } from "../helpers/feed-server";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";

process.env.FEED_ALLOW_PRIVATE_NETWORKS = "true";

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer((req, res) => {
    const n = Number(/item-count=(\d+)/.exec(req.url ?? "")?.[1] ?? 0);
    const items = Array.from({ length: n }, (_, i) => `<item><guid>${req.url}#${i}</guid><title>Story ${i} from ${req.url}</title><link>https://wire.example${req.url}/${i}</link></item>`);
    res.writeHead(200, { "content-type": "application/rss+xml" }).end(`<rss version="2.0"><channel><title>W</title>${items.join("")}</channel></rss>`);
  });
});
afterAll(() => server.close());

describe.each(testDatabaseKinds())("jobs and the worker on %s", (kind) => {
  let db: TestDatabase;
  let editor: TestUser;
  let subscriber: TestUser;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    editor = await createTestUser(db, "EDITOR");
    subscriber = await createTestUser(db, "SUBSCRIBER");
  }, 60_000);
  afterAll(() => db.destroy());

  it("runs a queued job once, keeps its progress and result, and answers on the API", async () => {
    const calls: unknown[] = [];
    const handlers: Record<string, JobHandler> = {
      "test.sum": async ({ job, progress }) => {
        calls.push(job.payload);
        expect(await progress(0.5, "halfway", { seen: 1 })).toBe(true);
        const { a, b } = job.payload as { a: number; b: number };
        return { sum: a + b };
      },
    };
    const { id } = await db.db.job.create({ data: { type: "test.sum", payload: { a: 2, b: 3 } } });
    expect(await runNextJob(db.db, { workerId: "w1", handlers })).toBe(true);
    expect(await runNextJob(db.db, { workerId: "w1", handlers })).toBe(false);
    expect(calls).toEqual([{ a: 2, b: 3 }]);
    const job = await db.db.job.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "DONE", progress: 1, result: { sum: 5 }, attempts: 1, leaseUntil: null });

    const as = (user: TestUser) => ({ authorization: user.bearer });
    const res = await callRoute(getJobRoute, { path: `/api/v1/jobs/${id}`, params: { id }, headers: as(editor) });
    expect(res.status).toBe(200);
    expect(res.json?.data).toMatchObject({ id, type: "test.sum", status: "DONE", result: { sum: 5 } });
    const list = await callRoute(listJobsRoute, { path: "/api/v1/jobs?type=test.sum", headers: as(editor) });
    expect((list.json?.data as { id: string }[]).map((j) => j.id)).toContain(id);
    expect((await callRoute(listJobsRoute, { path: "/api/v1/jobs", headers: as(subscriber) })).status).toBe(403);
    const bad = await callRoute(listJobsRoute, { path: "/api/v1/jobs?status=LATE", headers: as(editor) });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("status");
  });

  it("records a handler's error and an unknown type as FAILED", async () => {
    const handlers: Record<string, JobHandler> = {
      "test.boom": async () => {
        throw new Error("the recompute ran out of votes");
      },
    };
    const boom = await db.db.job.create({ data: { type: "test.boom" } });
    const unknown = await db.db.job.create({ data: { type: "test.nobody-handles-this" } });
    while (await runNextJob(db.db, { workerId: "w1", handlers })) {
      // drain
    }
    expect(await db.db.job.findUniqueOrThrow({ where: { id: boom.id } })).toMatchObject({ status: "FAILED", lastError: "the recompute ran out of votes" });
    expect((await db.db.job.findUniqueOrThrow({ where: { id: unknown.id } })).lastError).toMatch(/No handler/);
  });

  it("takes over a job whose worker died, and gives up after its attempts", async () => {
    const { id } = await db.db.job.create({ data: { type: "test.once" } });
    // A worker claims it and "dies": its lease runs out without a finish.
    expect((await claimNextJob(db.db, { workerId: "dead", leaseMs: -1 }))?.id).toBe(id);
    let ran = 0;
    const handlers: Record<string, JobHandler> = { "test.once": async () => ({ ran: ++ran }) };
    expect(await runNextJob(db.db, { workerId: "alive", handlers })).toBe(true);
    expect(await db.db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DONE", attempts: 2, result: { ran: 1 } });

    const doomed = await db.db.job.create({ data: { type: "test.once" } });
    for (let i = 0; i < MAX_JOB_ATTEMPTS; i++) await claimNextJob(db.db, { workerId: `dead-${i}`, leaseMs: -1 });
    await runNextJob(db.db, { workerId: "alive", handlers });
    expect(ran).toBe(1);
    expect(await db.db.job.findUniqueOrThrow({ where: { id: doomed.id } })).toMatchObject({ status: "FAILED", lastError: expect.stringMatching(/Gave up after 3 attempts/) });
  });

  it("never gives one job to two workers running side by side", async () => {
    await db.db.job.createMany({ data: Array.from({ length: 30 }, (_, i) => ({ type: "test.count", payload: { i } })) });
    const seen: number[] = [];
    const handlers: Record<string, JobHandler> = {
      "test.count": async ({ job }) => {
        seen.push((job.payload as { i: number }).i);
        await new Promise((r) => setTimeout(r, 2));
        return {};
      },
    };
    const drain = async (workerId: string) => {
      while (await runNextJob(db.db, { workerId, handlers })) {
        // next
      }
    };
    await Promise.all([drain("a"), drain("b"), drain("c")]);
    expect(seen.sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it("records a pass over due feeds as a news.ingest job with its figures", async () => {
    const past = new Date(Date.now() - 60_000);
    await db.db.feed.createMany({
      data: [1, 2, 3].map((n) => ({ url: `${server.origin}/${kind}/feed-${n}?item-count=${n}`, nextFetchAt: past })),
    });
    await db.db.feed.create({ data: { url: `${server.origin}/${kind}/off?item-count=5`, nextFetchAt: past, enabled: false, disabledReason: "test" } });
    await workerTick(db.db, { workerId: "tick" });
    const runs = await db.db.job.findMany({ where: { type: "news.ingest" } });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: "DONE", progress: 1, result: { done: 3, total: 3, newItems: 6, failed: 0 } });
    expect(await db.db.newsItem.count()).toBe(6);
    // Nothing is due any more: the next pass records no run.
    await workerTick(db.db, { workerId: "tick" });
    expect(await db.db.job.count({ where: { type: "news.ingest" } })).toBe(1);
  });
});
