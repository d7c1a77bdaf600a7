// `npm run worker` as real processes: several side by side on PostgreSQL (one
// on the embedded database, which allows one process) share the due feeds
// without fetching any twice; SIGTERM stops them cleanly, handing back feeds
// not yet started, and the next run fetches exactly those.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type DatabaseHandle } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { startFeedServer, type FeedServer } from "../helpers/feed-server";
import { spawnTsx, type Child } from "../helpers/spawn-tsx";
import { createPostgresDatabase, makeTempDir, testDatabaseKinds, type DatabaseKind } from "../helpers/test-databases";

const FEEDS = 24;
const requests = new Map<string, number>();
let server: FeedServer;
const children: Child[] = [];

beforeAll(async () => {
  server = await startFeedServer((req, res) => {
    requests.set(req.url ?? "", (requests.get(req.url ?? "") ?? 0) + 1);
    // Slow enough that a SIGTERM lands while feeds are still waiting their turn.
    setTimeout(() => {
      const items = [0, 1].map((i) => `<item><guid>${req.url}#${i}</guid><title>Item ${i}</title><link>https://wire.example${req.url}/${i}</link></item>`);
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(`<rss version="2.0"><channel><title>W</title>${items.join("")}</channel></rss>`);
    }, 300);
  });
});
afterAll(async () => {
  children.forEach((c) => c.proc.kill("SIGKILL"));
  await server.close();
});

async function until(check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function setUp(kind: DatabaseKind): Promise<{ vars: Record<string, string>; open: () => Promise<DatabaseHandle>; cleanup: () => Promise<void> }> {
  if (kind === "postgres") {
    const { url, drop } = await createPostgresDatabase();
    return { vars: { DATABASE_URL: url }, open: () => connectDatabase(getEnv({ NODE_ENV: "test", DATABASE_URL: url })), cleanup: drop };
  }
  const dir = makeTempDir();
  return {
    vars: { MODELWATCH_DATA_DIR: dir },
    open: () => connectDatabase(getEnv({ NODE_ENV: "test", MODELWATCH_DATA_DIR: dir })),
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

describe.each(testDatabaseKinds())("worker processes on %s", (kind) => {
  it("share due feeds, stop on SIGTERM handing back unstarted feeds, and the next run fetches the rest once", async () => {
    const { vars, open, cleanup } = await setUp(kind);
    try {
      let h = await open();
      await h.db.feed.createMany({
        data: Array.from({ length: FEEDS }, (_, i) => ({ url: `${server.origin}/${kind}/f${i}`, nextFetchAt: new Date(Date.now() - 1000) })),
      });
      await h.close();

      const env = { ...vars, FEED_ALLOW_PRIVATE_NETWORKS: "true", MODELWATCH_INGEST_CONCURRENCY: "2", MODELWATCH_AUTO_SEED: "false" };
      const count = kind === "postgres" ? 2 : 1;
      const workers = Array.from({ length: count }, () => spawnTsx("scripts/mw.ts", ["worker"], env));
      children.push(...workers);
      const served = () => [...requests.keys()].filter((k) => k.startsWith(`/${kind}/`)).length;
      await until(() => served() >= 6);
      workers.forEach((w) => w.proc.kill("SIGTERM"));
      const codes = await Promise.all(workers.map((w) => w.exited));
      expect(codes, workers.map((w) => w.output()).join("\n")).toEqual(workers.map(() => 0));

      h = await open();
      const afterStop = await h.db.feed.findMany({ select: { url: true, lastSuccessAt: true, leaseUntil: true } });
      const fetched = afterStop.filter((f) => f.lastSuccessAt);
      expect(fetched.length).toBeGreaterThanOrEqual(6);
      expect(fetched.length).toBeLessThan(FEEDS); // stopped mid-run, not after it
      // Unstarted feeds were handed back, not left leased for minutes.
      expect(afterStop.filter((f) => !f.lastSuccessAt).every((f) => f.leaseUntil === null)).toBe(true);
      expect(await h.db.job.count({ where: { type: "news.ingest", status: { not: "DONE" } } })).toBe(0);
      // Every worker did part of the work.
      const holders = await h.db.job.findMany({ where: { type: "news.ingest" }, distinct: ["lockedBy"], select: { lockedBy: true } });
      expect(holders).toHaveLength(count);
      await h.close();

      const again = spawnTsx("scripts/mw.ts", ["worker", "--once"], env);
      children.push(again);
      expect(await again.exited, again.output()).toBe(0);

      const paths = [...requests.entries()].filter(([k]) => k.startsWith(`/${kind}/`));
      expect(paths).toHaveLength(FEEDS);
      expect(paths.every(([, n]) => n === 1)).toBe(true);
      h = await open();
      expect(await h.db.newsItem.count()).toBe(FEEDS * 2);
      expect(await h.db.feed.count({ where: { lastSuccessAt: null } })).toBe(0);
      await h.close();
    } finally {
      await cleanup();
    }
  }, 180_000);
});
