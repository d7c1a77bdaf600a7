/**
 * bench/serve: requests/s and p50/p99 latency of the production server, at 16
 * connections, for a static page of the same build next to the profile page,
 * a leaderboard page, the public API and a feed. Run: npx tsx bench/serve/run.ts
 *
 * Builds if sources changed, starts the production server (scripts/serve.ts) on a fresh embedded database
 * (seeded with the demo data) — and on a scratch PostgreSQL database when
 * BENCH_DATABASE_URL is set — warms each endpoint up, then measures with wrk.
 * Loopback only; every run is bounded in time.
 *
 * Knobs: BENCH_SECONDS (per round, 5), BENCH_ROUNDS (3), BENCH_WARMUP_SECONDS
 * (3), BENCH_CONNECTIONS (16), BENCH_DATABASE_URL (a PostgreSQL server URL:
 * the bench creates and drops its own scratch database there).
 */
import os from "node:os";
import fs from "node:fs";
import path from "node:path";
import { ensureProductionBuild, startAppServer } from "@/tests/helpers/app-server";
import { checkTarget, formatTable, type EndpointRun } from "./format-report";
import { runWrk, wrkVersion, type LoadOptions } from "./run-wrk";
import { scratchPostgres } from "../scratch-postgres";
import { startPlainServer, type PlainServer } from "./start-plain-server";

/** A positive whole number from the environment, capped so a typo cannot run the bench for hours. */
const envInt = (name: string, fallback: number, max: number) =>
  Math.min(max, Math.max(1, Math.floor(Number(process.env[name] ?? fallback)) || fallback));
const MEASURE_S = envInt("BENCH_SECONDS", 5, 120);
const ROUNDS = envInt("BENCH_ROUNDS", 3, 10);
const WARMUP_S = envInt("BENCH_WARMUP_SECONDS", 3, 30);
const CONNECTIONS = envInt("BENCH_CONNECTIONS", 16, 256);

const PROFILE = "/models/happyhorse-1-0";
const LEADERBOARD = "/leaderboards/text-to-video";
const API = "/api/v1/models/happyhorse-1-0";
const FEED = "/feeds/models/happyhorse-1-0";

async function probe(url: string): Promise<{ status: number; headers: Headers; body: Buffer; ms: number }> {
  const started = performance.now();
  // No Accept-Encoding, as wrk sends none: the body is the bytes wrk will get.
  const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(60_000), headers: { "accept-encoding": "identity" } });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, body, ms: performance.now() - started };
}

/** The endpoints of one run. */
function plan(): EndpointRun[] {
  const run = (key: EndpointRun["key"], label: string, path: string): EndpointRun => ({ key, label, path, rounds: [], plainRounds: [] });
  return [
    run("static", "static page", "/about"),
    run("profile", "model profile", PROFILE),
    run("leaderboard", "leaderboard page", LEADERBOARD),
    run("api", "API model", API),
    run("feed", "Atom feed", FEED),
  ];
}

/**
 * Probes every endpoint (a non-200 is reported, not measured), warms each up,
 * then measures them in interleaved rounds — static, profile, … static,
 * profile, … — so a burst of load from other processes hits every endpoint
 * alike instead of skewing one figure.
 */
async function measure(baseURL: string, load: LoadOptions): Promise<{ runs: EndpointRun[]; headers: string[] }> {
  const runs = plan();
  const headers: string[] = [];
  const live: { run: EndpointRun; plain: PlainServer }[] = [];
  try {
    for (const run of runs) {
      // The first request after start renders (cold); the second may come from a cache (warm).
      const cold = await probe(baseURL + run.path);
      const warm = await probe(baseURL + run.path);
      const h = cold.headers;
      run.coldMs = cold.ms;
      run.warmMs = warm.ms;
      run.bytes = warm.body.length;
      headers.push(
        `${run.path}: HTTP ${cold.status}, ${warm.body.length} bytes, cache-control "${h.get("cache-control") ?? ""}", ` +
          `x-nextjs-cache "${h.get("x-nextjs-cache") ?? ""}", second request x-modelwatch-cache "${warm.headers.get("x-modelwatch-cache") ?? ""}"`,
      );
      if (cold.status !== 200) {
        run.skipped = `not measured: HTTP ${cold.status}`;
        continue;
      }
      const plain = await startPlainServer(warm.body, warm.headers.get("content-type") ?? "text/html");
      await runWrk(baseURL + run.path, { ...load, seconds: WARMUP_S });
      await runWrk(plain.url, { ...load, seconds: WARMUP_S });
      live.push({ run, plain });
    }
    for (let round = 1; round <= ROUNDS; round++) {
      process.stdout.write(`  round ${round}/${ROUNDS}:`);
      for (const { run, plain } of live) {
        const r = await runWrk(baseURL + run.path, load);
        run.rounds.push(r);
        const p = await runWrk(plain.url, load);
        run.plainRounds.push(p);
        process.stdout.write(` ${run.key} ${Math.round(r.requestsPerSecond)} (plain ${Math.round(p.requestsPerSecond)})`);
      }
      process.stdout.write(" req/s\n");
    }
  } finally {
    for (const { plain } of live) await plain.stop();
  }
  return { runs, headers };
}

/** Other processes on the machine take CPU from the server: say how busy it was. */
function loadNote(): string {
  const [one] = os.loadavg();
  const busy = (one ?? 0) > os.cpus().length * 0.5;
  return `load average ${(one ?? 0).toFixed(2)} on ${os.cpus().length} CPU(s)${busy ? " — other processes are competing for the CPU: absolute figures are low, ratios less affected" : ""}`;
}

async function benchOne(kind: string, vars: Record<string, string>, load: LoadOptions): Promise<boolean> {
  console.log(`\n## ${kind}\n\nstarting the production server…`);
  const server = await startAppServer(vars);
  try {
    const before = loadNote();
    const { runs, headers } = await measure(server.baseURL, load);
    const target = checkTarget(runs);
    console.log(`\n${formatTable(runs)}\n\nTarget (each against a plain Node server sending the same bytes, ${load.connections} connections):\n${target.lines.join("\n")}\n`);
    console.log(`Machine: before the run ${before}; after it ${loadNote()}.\n`);
    console.log(`Responses as measured:\n${headers.map((l) => `- ${l}`).join("\n")}`);
    return target.pass;
  } catch (err) {
    console.error(`server logs:\n${server.logs().slice(-4000)}`);
    throw err;
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const wrk = wrkVersion();
  if (!wrk) {
    console.error("bench/serve needs wrk, the HTTP load generator: install it with `apt-get install -y wrk` (Debian package) and run again.");
    process.exit(2);
  }
  const load: LoadOptions = { connections: CONNECTIONS, seconds: MEASURE_S, threads: 1 };
  console.log(
    `# bench/serve\n\n${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? "unknown"}), Node ${process.version}, ${wrk}; ` +
      `${load.connections} connections, 1 wrk thread, ${WARMUP_S}s warm-up, then ${ROUNDS} interleaved rounds of ${MEASURE_S}s per endpoint ` +
      "(median round shown; responses uncompressed: wrk sends no Accept-Encoding).",
  );
  ensureProductionBuild();

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mw-bench-"));
  let pass: boolean;
  try {
    pass = await benchOne("embedded database (PGlite), demo data", { MODELWATCH_DATA_DIR: dataDir }, load);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const pgServer = process.env.BENCH_DATABASE_URL;
  if (pgServer) {
    const db = await scratchPostgres(pgServer);
    try {
      pass = (await benchOne("PostgreSQL, demo data", { DATABASE_URL: db.url, MODELWATCH_AUTO_SEED: "true" }, load)) && pass;
    } finally {
      await db.drop();
    }
  }
  console.log(pass ? "\nAll targets met." : "\nTarget not met (see above).");
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
