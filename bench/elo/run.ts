/**
 * bench/elo: 1,000,000 battles among 100 models, through the real paths —
 * the streamed CSV import (spool, validate, one transaction) on a fresh
 * embedded database, and on a scratch PostgreSQL database when
 * BENCH_DATABASE_URL is set — then the Bradley–Terry fit, 100 bootstrap
 * rounds and the whole recompute job, with the process's peak memory. The
 * embedded database's directory is created by a process of its own first
 * (../create-data-dir.ts), so the measured process starts as a server does once
 * its data exists.
 * Run: npm run bench:elo   Knobs: BENCH_BATTLES (1000000), BENCH_MODELS (100),
 * BENCH_ONLY (pglite | postgres).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { connectDatabase, type DatabaseHandle } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";
import { readBattleUpload } from "@/lib/api/v1/read-battle-upload";
import { importBattles } from "@/lib/battles/import-battles";
import { computeRatings } from "@/lib/elo/compute-ratings";
import { fitBradleyTerry } from "@/lib/elo/fit-bradley-terry";
import { buildPairTable, foldPairCounts } from "@/lib/elo/pair-table";
import { loadGroupedBattles } from "@/lib/ratings/load-battle-counts";
import { recomputeRatings } from "@/lib/ratings/recompute-ratings";
import { createPostgresDatabase } from "@/tests/helpers/test-databases";
import { writeBenchCsv } from "./write-bench-csv";
import { formatEloTable, type EloBenchRow } from "./format-elo-table";

const BATTLES = Math.min(5_000_000, Number(process.env.BENCH_BATTLES ?? 1_000_000));
const MODELS = Math.min(1000, Number(process.env.BENCH_MODELS ?? 100));

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
};
const sampler = setInterval(sample, 20);
const mb = (bytes: number) => Math.round(bytes / 1048576);

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; seconds: number; peakMb: number; heapMb: number }> {
  peakRss = 0;
  peakHeap = 0;
  sample();
  const start = performance.now();
  const value = await run();
  sample();
  return { value, seconds: (performance.now() - start) / 1000, peakMb: mb(peakRss), heapMb: mb(peakHeap) };
}

async function prepare(handle: DatabaseHandle): Promise<Actor> {
  const user = await handle.db.user.create({ data: { email: `bench-${Date.now()}@bench.local`, role: "EDITOR" } });
  await handle.db.leaderboard.create({
    data: { slug: "bench", name: "Bench", source: "bench", pool: "bench", modality: "TEXT_TO_VIDEO", method: "BRADLEY_TERRY" },
  });
  await handle.db.model.createMany({ data: Array.from({ length: MODELS }, (_, i) => ({ slug: `model-${i}`, name: `Model ${i}` })) });
  return { userId: user.id, email: user.email, name: null, role: "EDITOR", via: "token" };
}

/** The import as the route runs it: the request body streamed to the spool file, validated, written. */
async function importFile(handle: DatabaseHandle, actor: Actor, file: string) {
  const body = Readable.toWeb(fs.createReadStream(file, { highWaterMark: 1 << 16 })) as ReadableStream<Uint8Array>;
  const request = new Request("http://bench.local/api/v1/leaderboards/bench/battles", {
    method: "POST",
    headers: { "content-type": "text/csv" },
    body,
    duplex: "half",
  } as RequestInit);
  const upload = await readBattleUpload(request);
  try {
    return await importBattles(handle.db, actor, "bench", upload.source, { createModels: false });
  } finally {
    await upload.remove();
  }
}

async function benchDatabase(label: string, handle: DatabaseHandle, file: string, rows: EloBenchRow[]) {
  const actor = await prepare(handle);
  const base = process.memoryUsage();
  rows.push({ step: "before the import (baseline)", database: label, seconds: NaN, peakMb: mb(base.rss), heapMb: mb(base.heapUsed + base.arrayBuffers) });
  const imported = await timed(() => importFile(handle, actor, file));
  if (imported.value.imported !== BATTLES) throw new Error(`imported ${imported.value.imported} of ${BATTLES}`);
  rows.push({ step: `import ${BATTLES.toLocaleString("en")} battles (CSV, streamed)`, database: label, seconds: imported.seconds, peakMb: imported.peakMb, heapMb: imported.heapMb });

  const board = await handle.db.leaderboard.findUniqueOrThrow({ where: { slug: "bench" }, select: { id: true } });
  const counts = await timed(() => loadGroupedBattles(handle.db, board.id));
  rows.push({ step: "group battles in the database", database: label, seconds: counts.seconds, peakMb: counts.peakMb, heapMb: counts.heapMb });
  const grouped = counts.value;
  const table = buildPairTable(grouped);
  const pairCounts = foldPairCounts(table, grouped.rows.map((r) => r.count));
  const fit = await timed(async () => fitBradleyTerry(table, pairCounts));
  rows.push({ step: `MLE fit (${grouped.models.length} models, ${grouped.rows.length.toLocaleString("en")} grouped rows)`, database: "—", seconds: fit.seconds, peakMb: fit.peakMb, heapMb: fit.heapMb });
  const boot = await timed(() => computeRatings(grouped, { rounds: 100, seed: 1 }));
  rows.push({ step: "fit + 100 bootstrap rounds", database: "—", seconds: boot.seconds, peakMb: boot.peakMb, heapMb: boot.heapMb });
  const job = await timed(() => recomputeRatings(handle.db, "bench"));
  rows.push({
    step: `whole recompute (${job.value.historyPoints} weekly points + bootstrap, stored)`,
    database: label,
    seconds: job.seconds,
    peakMb: job.peakMb,
    heapMb: job.heapMb,
  });
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mw-bench-elo-"));
  const rows: EloBenchRow[] = [];
  try {
    const file = path.join(dir, "battles.csv");
    const written = await writeBenchCsv(file, { battles: BATTLES, models: MODELS, seed: 20261204 });
    console.error(`[bench:elo] ${BATTLES.toLocaleString("en")} battles among ${MODELS} models: ${mb(written)} MB of CSV`);

    // BENCH_ONLY=postgres measures PostgreSQL alone: the embedded database's memory stays out of the process.
    const only = process.env.BENCH_ONLY;
    if (only !== "postgres") {
      const data = path.join(dir, "data");
      const started = performance.now();
      const first = spawnSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "..", "create-data-dir.ts"), data], { encoding: "utf8" });
      if (first.status !== 0) throw new Error(`creating the data directory failed: ${first.stderr}`);
      const { peakMb } = JSON.parse(first.stdout.trim().split("\n").at(-1) as string) as { peakMb: number };
      rows.push({ step: "first start: create the data directory (initdb + migrations, own process)", database: "PGlite", seconds: (performance.now() - started) / 1000, peakMb, heapMb: NaN });
      const pglite = await connectDatabase(getEnv({ NODE_ENV: "production", MODELWATCH_DATA_DIR: data, NEXTAUTH_SECRET: "x".repeat(32) }));
      try {
        await benchDatabase("PGlite", pglite, file, rows);
      } finally {
        await pglite.close();
      }
    }
    if (process.env.BENCH_DATABASE_URL && only !== "pglite") {
      process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
      const scratch = await createPostgresDatabase();
      const pgHandle = await connectDatabase(getEnv({ NODE_ENV: "production", DATABASE_URL: scratch.url, NEXTAUTH_SECRET: "x".repeat(32) }));
      try {
        await benchDatabase("PostgreSQL", pgHandle, file, rows);
      } finally {
        await pgHandle.close();
        await scratch.drop();
      }
    }
  } finally {
    clearInterval(sampler);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(formatEloTable(rows));
  console.log(`\nnode ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
