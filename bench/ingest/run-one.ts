/**
 * One database's run of bench/ingest, in its own process so its peak RSS is
 * its own: FEEDS due feeds pointing at the parent's feed server, a cold
 * ingest (every item new), a warm pass (every feed answers 304), then a
 * re-fetch with the server's validators off (every feed answers 200 with the
 * items already stored, as feeds without ETag or Last-Modified do), and on
 * PostgreSQL the storage floor (storage-floor.ts).
 * Prints one JSON line with the figures. Configured by the parent through
 * the environment (DATABASE_URL or MODELWATCH_DATA_DIR, BENCH_FEED_ORIGIN…).
 */
import { connectDatabase } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { runIngestOnce } from "@/lib/news/ingest/run-ingest-once";
import { BENCH_MODELS } from "./make-feeds";
import { postgresCpuMs, storageFloor } from "./storage-floor";

const FEEDS = Number(process.env.BENCH_FEEDS);
const ORIGIN = process.env.BENCH_FEED_ORIGIN!;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

/** Samples the resident set size while `fn` runs: the phase's own peak. */
async function measured<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number; cpuMs: number; peakRssMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    const result = await fn();
    const used = process.cpuUsage(cpu);
    return { result, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, peakRssMb: Math.max(peak, process.memoryUsage.rss()) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

async function main(): Promise<void> {
  const handle = await connectDatabase(getEnv());
  const { db } = handle;
  try {
    for (const [i, name] of BENCH_MODELS.entries()) await db.model.create({ data: { slug: `bench-model-${i}`, name } });
    const due = new Date(Date.now() - 1000);
    await db.feed.createMany({ data: Array.from({ length: FEEDS }, (_, i) => ({ url: `${ORIGIN}/feed/${i}.xml`, nextFetchAt: due })) });
    const opts = { allowPrivateNetworks: true, concurrency: CONCURRENCY };

    // Only a server on this machine shows its CPU time; PGlite's is the ingest's own.
    const pgBefore = handle.kind === "postgres" ? postgresCpuMs() : null;
    const cold = await measured(() => runIngestOnce(db, opts));
    const pgAfter = pgBefore === null ? null : postgresCpuMs();
    const items = await db.newsItem.count();
    const errors = cold.result.filter((r) => r.status === "error").map((r) => r.error);

    await db.feed.updateMany({ data: { nextFetchAt: new Date(Date.now() - 1000) } });
    const warm = await measured(() => runIngestOnce(db, opts));
    const notModified = warm.result.filter((r) => r.status === "not-modified").length;
    const itemsAfterWarm = await db.newsItem.count();

    await fetch(`${ORIGIN}/bench/validators-off`, { method: "POST" });
    await db.feed.updateMany({ data: { nextFetchAt: new Date(Date.now() - 1000) } });
    const refetch = await measured(() => runIngestOnce(db, opts));

    let floor = null;
    if (handle.kind === "postgres") {
      const bodies = await Promise.all(Array.from({ length: FEEDS }, async (_, i) => Buffer.from(await (await fetch(`${ORIGIN}/feed/${i}.xml`)).arrayBuffer())));
      floor = await storageFloor(process.env.DATABASE_URL!, bodies);
    }
    process.stdout.write(
      `${JSON.stringify({
        cold: {
          ms: cold.ms,
          cpuMs: cold.cpuMs,
          postgresCpuMs: pgBefore === null || pgAfter === null ? null : pgAfter - pgBefore,
          feeds: cold.result.length,
          items,
          errors: errors.length,
          firstError: errors[0] ?? null,
          peakRssMb: cold.peakRssMb,
        },
        warm: { ms: warm.ms, cpuMs: warm.cpuMs, feeds: warm.result.length, notModified, itemsAfter: itemsAfterWarm, peakRssMb: warm.peakRssMb },
        refetch: {
          ms: refetch.ms,
          cpuMs: refetch.cpuMs,
          fetched: refetch.result.filter((r) => r.status === "ok").length,
          newItems: refetch.result.reduce((n, r) => n + r.newItems, 0),
        },
        floor,
      })}\n`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
