// Scheduling across processes, with real feed servers on loopback: two worker
// processes against one PostgreSQL fetch each of 200 due feeds exactly once;
// a worker killed mid-run (SIGKILL while its fetches are in flight) loses
// nothing and duplicates nothing: its leases hold the feeds until they expire,
// then another run ingests the rest, and every item exists exactly once.
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { claimDueFeeds } from "@/lib/news/ingest/claim-due-feeds";
import { startFeedServer, type FeedServer } from "../helpers/feed-server";
import { spawnTsx, type Child } from "../helpers/spawn-tsx";
import { createPostgresDatabase, makeTempDir, testDatabaseKinds, type DatabaseKind } from "../helpers/test-databases";

const CHILD = path.join(process.cwd(), "tests/helpers/child-ingest.ts");
const ITEMS_PER_FEED = 5;

const rss = (feed: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${feed}</title><link>https://${feed}.example/</link>${Array.from(
    { length: ITEMS_PER_FEED },
    (_, i) => `<item><guid>${feed}-${i}</guid><title>Story ${i} of ${feed}</title><link>https://${feed}.example/story/${i}</link><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>`,
  ).join("")}</channel></rss>`;

let server: FeedServer;
const requests = new Map<string, number>();
let delayMs = 0;

beforeAll(async () => {
  server = await startFeedServer((req, res) => {
    const url = req.url ?? "";
    requests.set(url, (requests.get(url) ?? 0) + 1);
    const name = url.replace(/\W+/g, "-");
    setTimeout(() => res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss(name)), delayMs);
  });
});
afterAll(() => server.close());

const children: Child[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.proc.kill("SIGKILL");
});

/** A database another process can open: its variables, and a way to work on it from here between children. */
async function makeDatabase(kind: DatabaseKind) {
  let vars: Record<string, string>;
  let drop: () => Promise<void>;
  if (kind === "postgres") {
    const pg = await createPostgresDatabase();
    vars = { DATABASE_URL: pg.url };
    drop = pg.drop;
  } else {
    vars = { MODELWATCH_DATA_DIR: makeTempDir() };
    drop = async () => {};
  }
  // Opened only while no child runs: PGlite allows one process per data directory.
  const withDb = async <T>(fn: (db: Awaited<ReturnType<typeof connectDatabase>>["db"]) => Promise<T>): Promise<T> => {
    const handle = await connectDatabase(getEnv({ NODE_ENV: "test", ...vars }));
    try {
      return await fn(handle.db);
    } finally {
      await handle.close();
    }
  };
  return { vars, drop, withDb };
}

const ingestedBy = (child: Child): string[] => {
  const line = child.output().split("\n").find((l) => l.startsWith('{"done"'));
  if (!line) throw new Error(`the worker did not finish: ${child.output()}`);
  return (JSON.parse(line) as { ingested: string[] }).ingested;
};

describe.each(testDatabaseKinds().filter((k) => k === "postgres"))("two ingestion workers on %s", (kind) => {
  it("fetch each of 200 due feeds exactly once, sharing the work", async () => {
    const { vars, drop, withDb } = await makeDatabase(kind);
    try {
      const prefix = `/two-${Date.now()}`;
      const urls = Array.from({ length: 200 }, (_, i) => `${server.origin}${prefix}/${i}.xml`);
      await withDb((db) => db.feed.createMany({ data: urls.map((url) => ({ url, nextFetchAt: new Date(Date.now() - 1000) })) }));
      delayMs = 5;
      // Batches of 10: each worker claims again as it finishes, so the two interleave over the whole run.
      const workers = [0, 1].map(() => spawnTsx(CHILD, [], { ...vars, MW_TEST_CLAIM_LIMIT: "10", MW_TEST_CONCURRENCY: "4" }));
      children.push(...workers);
      expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
      const [a, b] = workers.map(ingestedBy) as [string[], string[]];
      expect(a.filter((id) => b.includes(id))).toEqual([]);
      expect(a.length + b.length).toBe(200);
      expect(Math.min(a.length, b.length)).toBeGreaterThan(0);
      const counts = urls.map((u) => requests.get(new URL(u).pathname) ?? 0);
      expect(counts.filter((n) => n !== 1)).toEqual([]);
      await withDb(async (db) => {
        expect(await db.newsItem.count()).toBe(200 * ITEMS_PER_FEED);
        expect(await db.feed.count({ where: { lastSuccessAt: null } })).toBe(0);
        expect(await db.feed.count({ where: { leaseUntil: { not: null } } })).toBe(0);
      });
    } finally {
      await drop();
    }
  }, 180_000);
});

describe.each(testDatabaseKinds())("a worker killed mid-run on %s", (kind) => {
  it("loses nothing and duplicates nothing: the rest is ingested once its leases expire", async () => {
    const { vars, drop, withDb } = await makeDatabase(kind);
    try {
      const prefix = `/kill-${kind}-${Date.now()}`;
      const urls = Array.from({ length: 40 }, (_, i) => `${server.origin}${prefix}/${i}.xml`);
      await withDb((db) => db.feed.createMany({ data: urls.map((url) => ({ url, nextFetchAt: new Date(Date.now() - 1000) })) }));
      delayMs = 400; // slow answers: the kill lands while fetches are in flight
      const leaseMs = 20_000; // longer than a loaded machine takes to commit the first feed, so the kill lands inside it
      const victim = spawnTsx(CHILD, [], { ...vars, MW_TEST_LEASE_MS: String(leaseMs), MW_TEST_CONCURRENCY: "4" });
      children.push(victim);
      await victim.firstJson; // its first feed is committed; the others are leased, some in flight
      victim.proc.kill("SIGKILL");
      expect(await victim.exited).toBe("SIGKILL");
      const killedAt = Date.now();

      const { done, heldUntil } = await withDb(async (db) => {
        const pending = await db.feed.findMany({ where: { lastSuccessAt: null }, select: { leaseUntil: true } });
        // Before the leases expire nothing can claim the dead worker's feeds, though they are all due.
        const heldUntil = Math.min(...pending.map((f) => f.leaseUntil?.getTime() ?? 0));
        expect(await claimDueFeeds(db, { limit: 100, leaseMs: leaseMs, now: new Date(heldUntil - 1) })).toEqual([]);
        return { done: 40 - pending.length, heldUntil };
      });
      expect(done).toBeGreaterThan(0);
      expect(done).toBeLessThan(40);
      expect(heldUntil).toBeGreaterThan(killedAt);

      delayMs = 0;
      await new Promise((r) => setTimeout(r, Math.max(0, heldUntil + 200 - Date.now())));
      const rescuer = spawnTsx(CHILD, [], vars);
      children.push(rescuer);
      expect(await rescuer.exited).toBe(0);
      expect(ingestedBy(rescuer).length).toBe(40 - done);

      await withDb(async (db) => {
        expect(await db.feed.count({ where: { lastSuccessAt: null } })).toBe(0);
        const items = await db.newsItem.groupBy({ by: ["canonicalUrl"], _count: { _all: true } });
        expect(items.length).toBe(40 * ITEMS_PER_FEED);
        expect(items.filter((i) => i._count._all !== 1)).toEqual([]);
        const perFeed = await db.newsItem.groupBy({ by: ["feedId"], _count: { _all: true } });
        expect(perFeed.map((p) => p._count._all)).toEqual(Array(40).fill(ITEMS_PER_FEED));
      });
      // A feed is fetched again only if the kill interrupted it: at most twice, and finished ones never.
      const counts = urls.map((u) => requests.get(new URL(u).pathname) ?? 0);
      expect(Math.max(...counts)).toBeLessThanOrEqual(2);
      expect(counts.filter((n) => n === 1).length).toBeGreaterThanOrEqual(done);
    } finally {
      await drop();
    }
  }, 180_000);
});
