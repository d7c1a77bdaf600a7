// A separate process doing what an ingestion worker does: opens the configured
// database and runs runIngestOnce in batches of MW_TEST_CLAIM_LIMIT until
// nothing is due. Prints one JSON line when its first feed is done
// ({"progress":1}) and one at the end with every feed id it ingested, so the
// scheduling tests can kill it mid-run or check who fetched what.
import { connectDatabase } from "../../lib/db";
import { getEnv } from "../../lib/env";
import { runIngestOnce } from "../../lib/news/ingest/run-ingest-once";

async function main(): Promise<void> {
  const handle = await connectDatabase(getEnv());
  const ingested: string[] = [];
  let reported = false;
  try {
    for (;;) {
      const results = await runIngestOnce(handle.db, {
        allowPrivateNetworks: true,
        concurrency: Number(process.env.MW_TEST_CONCURRENCY ?? 4),
        leaseMs: Number(process.env.MW_TEST_LEASE_MS ?? 60_000),
        claimBatch: Number(process.env.MW_TEST_CLAIM_LIMIT ?? 100_000),
        onProgress: () => {
          if (reported) return;
          reported = true;
          process.stdout.write(`${JSON.stringify({ progress: 1, pid: process.pid })}\n`);
        },
      });
      if (results.length === 0) break;
      ingested.push(...results.filter((r) => r.status === "ok" || r.status === "not-modified").map((r) => r.feedId));
    }
  } finally {
    await handle.close();
  }
  process.stdout.write(`${JSON.stringify({ done: true, ingested })}\n`);
}

main().catch((err: Error) => {
  process.stdout.write(`${JSON.stringify({ error: err.name, message: err.message })}\n`);
  process.exit(1);
});
