/**
 * bench/elo: 1,000,000 battles among 100 models, through the real paths —
 * the CSV POSTed over HTTP to the production server (`next start`, as `npm
 * start` serves it: the body streamed to the spool file, validated, one
 * transaction) on a fresh embedded database, and on a scratch PostgreSQL
 * database when BENCH_DATABASE_URL is set, with the server process's peak
 * memory — then, in this process, the Bradley–Terry fit, 100 bootstrap rounds
 * and the whole recompute job, with this process's peak memory. The embedded
 * database's directory is created by a process of its own first
 * (../create-data-dir.ts), as `npm start` does.
 * Run: npm run bench:elo   Knobs: BENCH_BATTLES (1000000), BENCH_MODELS (100),
 * BENCH_ONLY (pglite | postgres).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { connectDatabase, type DatabaseHandle } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { createApiToken } from "@/lib/auth/create-api-token";
import { computeRatings } from "@/lib/elo/compute-ratings";
import { fitBradleyTerry } from "@/lib/elo/fit-bradley-terry";
import { buildPairTable, foldPairCounts } from "@/lib/elo/pair-table";
import { loadGroupedBattles } from "@/lib/ratings/load-battle-counts";
import { recomputeRatings } from "@/lib/ratings/recompute-ratings";
import { ensureProductionBuild, startAppServer } from "@/tests/helpers/app-server";
import { postOverHttp } from "@/tests/helpers/post-over-http";
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

/** An editor's API token, the board and its models, written before the server opens the database. */
async function prepare(handle: DatabaseHandle): Promise<string> {
  const user = await handle.db.user.create({ data: { email: `bench-${Date.now()}@bench.local`, role: "EDITOR" } });
  await handle.db.leaderboard.create({
    data: { slug: "bench", name: "Bench", source: "bench", pool: "bench", modality: "TEXT_TO_VIDEO", method: "BRADLEY_TERRY" },
  });
  await handle.db.model.createMany({ data: Array.from({ length: MODELS }, (_, i) => ({ slug: `model-${i}`, name: `Model ${i}` })) });
  return (await createApiToken(handle.db, { userId: user.id, name: "bench" })).token;
}

/** Resident memory of another process, in bytes (Linux). */
function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/**
 * The import as a user runs it: the file POSTed to the production server (Content-Length,
 * streamed from disk), the server's resident memory sampled every 20 ms. The server gets no
 * background worker, so the import's recompute job waits for the in-process step below.
 */
async function importOverHttp(vars: Record<string, string>, token: string, file: string, label: string, rows: EloBenchRow[]) {
  const server = await startAppServer({ ...vars, MODELWATCH_WORKER: "off", MODELWATCH_AUTO_SEED: "false" });
  const pid = server.proc.pid as number;
  try {
    rows.push({ step: "server before the import (baseline)", database: label, seconds: NaN, peakMb: mb(rssOf(pid)), heapMb: NaN });
    let peak = 0;
    const watch = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 20);
    const start = performance.now();
    const res = await postOverHttp(`${server.baseURL}/api/v1/leaderboards/bench/battles`, {
      headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" },
      body: fs.createReadStream(file, { highWaterMark: 1 << 16 }),
      contentLength: fs.statSync(file).size,
    });
    const seconds = (performance.now() - start) / 1000;
    clearInterval(watch);
    if (res.status !== 201) throw new Error(`import answered ${res.status}: ${res.text.slice(0, 500)}`);
    const imported = (JSON.parse(res.text) as { data: { imported: number } }).data.imported;
    if (imported !== BATTLES) throw new Error(`imported ${imported} of ${BATTLES}`);
    rows.push({ step: `import ${BATTLES.toLocaleString("en")} battles (CSV over HTTP, streamed; server process)`, database: label, seconds, peakMb: mb(peak), heapMb: NaN });
  } finally {
    await server.stop();
  }
}

/** After the import: grouping, the fit, the bootstrap and the whole recompute, in this process. */
async function benchComputation(label: string, handle: DatabaseHandle, rows: EloBenchRow[]) {
  const base = process.memoryUsage();
  rows.push({ step: "before the computation (baseline, this process)", database: label, seconds: NaN, peakMb: mb(base.rss), heapMb: mb(base.heapUsed + base.arrayBuffers) });
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

const SECRET = "x".repeat(32);

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mw-bench-elo-"));
  const rows: EloBenchRow[] = [];
  try {
    const file = path.join(dir, "battles.csv");
    const written = await writeBenchCsv(file, { battles: BATTLES, models: MODELS, seed: 20261204 });
    console.error(`[bench:elo] ${BATTLES.toLocaleString("en")} battles among ${MODELS} models: ${mb(written)} MB of CSV`);

    // BENCH_ONLY=postgres measures PostgreSQL alone.
    const only = process.env.BENCH_ONLY;
    ensureProductionBuild();
    if (only !== "postgres") {
      const data = path.join(dir, "data");
      const started = performance.now();
      const first = spawnSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "..", "create-data-dir.ts"), data], { encoding: "utf8" });
      if (first.status !== 0) throw new Error(`creating the data directory failed: ${first.stderr}`);
      const { peakMb } = JSON.parse(first.stdout.trim().split("\n").at(-1) as string) as { peakMb: number };
      rows.push({ step: "first start: create the data directory (initdb + migrations, own process)", database: "PGlite", seconds: (performance.now() - started) / 1000, peakMb, heapMb: NaN });
      const env = getEnv({ NODE_ENV: "production", MODELWATCH_DATA_DIR: data, NEXTAUTH_SECRET: SECRET });
      // One process at a time may open the embedded database: this one, the server, then this one again.
      const setup = await connectDatabase(env);
      const token = await prepare(setup).finally(() => setup.close());
      await importOverHttp({ MODELWATCH_DATA_DIR: data, NEXTAUTH_SECRET: SECRET }, token, file, "PGlite", rows);
      const pglite = await connectDatabase(env);
      try {
        await benchComputation("PGlite", pglite, rows);
      } finally {
        await pglite.close();
      }
    }
    if (process.env.BENCH_DATABASE_URL && only !== "pglite") {
      process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
      const scratch = await createPostgresDatabase();
      const pgHandle = await connectDatabase(getEnv({ NODE_ENV: "production", DATABASE_URL: scratch.url, NEXTAUTH_SECRET: SECRET }));
      try {
        const token = await prepare(pgHandle);
        await importOverHttp({ DATABASE_URL: scratch.url, NEXTAUTH_SECRET: SECRET }, token, file, "PostgreSQL", rows);
        await benchComputation("PostgreSQL", pgHandle, rows);
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
