/**
 * bench/sources: 50 leaderboard sources (10 arena publications in LMArena's
 * arena-catalog JSON × 5 categories, each category a source on a board of its
 * own) × 300 entries × 20 weekly versions. For each database — the embedded
 * PGlite, and PostgreSQL when BENCH_DATABASE_URL is set — a child process
 * (run-one.ts) backfills all 1,000 versions through the CLI's path, then
 * fetches every source from a real HTTP server on loopback: once with 200s
 * (bodies already stored), then the measured pass where every source answers
 * 304 to its conditional GET.
 * Run: npm run bench:sources
 *
 * Knobs: BENCH_PUBLICATIONS (10; 5 sources each), BENCH_ENTRIES (300),
 * BENCH_VERSIONS (20), BENCH_DATABASE_URL (a PostgreSQL server: the bench
 * creates and drops its own scratch database there), BENCH_ONLY (pglite or postgresql),
 * BENCH_PROFILE_DIR (write a V8 CPU profile of each run there).
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { scratchPostgres } from "../scratch-postgres";
import { CATEGORIES, makeCorpus } from "./make-versions";

const envInt = (name: string, fallback: number, max: number) =>
  Math.min(max, Math.max(1, Math.floor(Number(process.env[name] ?? fallback)) || fallback));
const PUBLICATIONS = envInt("BENCH_PUBLICATIONS", 10, 100);
const ENTRIES = envInt("BENCH_ENTRIES", 300, 5000);
const VERSIONS = envInt("BENCH_VERSIONS", 20, 200);
const TARGET = { backfillMs: 60_000, pass304Ms: 1000 } as const;

interface ChildReport {
  kind: string;
  sources: number;
  backfill: {
    ms: number;
    cpuMs: number;
    postgresCpuMs: number | null;
    peakRssMb: number;
    files: number;
    stored: number;
    entries: number;
    unmatched: number;
    versions: number;
    snapshots: number;
    names: number;
    unmatchedNames: number;
    provisionalModels: number;
    signals: number;
    expectedSnapshots: number;
    expectedNames: number;
  };
  first: { ms: number; cpuMs: number; statuses: Record<string, number>; firstError: string | null };
  pass304: { ms: number; cpuMs: number; peakRssMb: number; statuses: Record<string, number>; tablesWritten: string[]; healthy: number };
}

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Each publication's newest version at its URL, with an ETag; a matching If-None-Match gets a 304. */
async function serveNewest(bodies: readonly string[]) {
  const etags = bodies.map((b) => `"${createHash("sha1").update(b).digest("hex")}"`);
  const counts = { ok: 0, notModified: 0 };
  const server = http.createServer((req, res) => {
    const p = Number(/^\/arena\/(\d+)\/leaderboard\.json$/.exec(req.url ?? "")?.[1] ?? NaN);
    const body = bodies[p];
    if (body === undefined) return res.writeHead(404).end();
    if (req.headers["if-none-match"] === etags[p]) {
      counts.notModified += 1;
      return res.writeHead(304, { etag: etags[p] }).end();
    }
    counts.ok += 1;
    res.writeHead(200, { "content-type": "application/json", etag: etags[p]! }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    reset: () => Object.assign(counts, { ok: 0, notModified: 0 }),
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

async function runOne(vars: Record<string, string>, origin: string, corpusDir: string): Promise<ChildReport> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...vars,
    NODE_ENV: "production",
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    // The sources are on loopback, which the fetcher refuses otherwise.
    FEED_ALLOW_PRIVATE_NETWORKS: "true",
    BENCH_ORIGIN: origin,
    BENCH_CORPUS_DIR: corpusDir,
  };
  if (!("DATABASE_URL" in vars)) delete env.DATABASE_URL;
  const profile = process.env.BENCH_PROFILE_DIR;
  const args = [...(profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : []), "--import", "tsx", path.join(import.meta.dirname, "run-one.ts")];
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const line = out.split("\n").find((l) => l.startsWith('{"kind"'));
  if (code !== 0 || !line) throw new Error(`the sources run failed (exit ${code}):\n${out}`);
  return JSON.parse(line) as ChildReport;
}

function writeCorpus(dir: string) {
  const corpus = makeCorpus({ publications: PUBLICATIONS, entries: ENTRIES, versions: VERSIONS });
  for (const [p, pub] of corpus.publications.entries()) {
    const sub = path.join(dir, `arena-${p}`);
    fs.mkdirSync(sub);
    for (const v of pub.versions) fs.writeFileSync(path.join(sub, v.name), v.body);
  }
  const meta = { catalog: corpus.catalog, publications: corpus.publications.map(({ createModels, expected }) => ({ createModels, expected })) };
  fs.writeFileSync(path.join(dir, "corpus.json"), JSON.stringify(meta));
  const bytes = corpus.publications.reduce((n, p) => n + p.versions.reduce((m, v) => m + Buffer.byteLength(v.body), 0), 0);
  return { newest: corpus.publications.map((p) => p.versions.at(-1)!.body), bytes, catalog: corpus.catalog.length };
}

async function main(): Promise<void> {
  const corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), "mw-bench-sources-"));
  const rows: ChildReport[] = [];
  try {
    const corpus = writeCorpus(corpusDir);
    const sources = PUBLICATIONS * CATEGORIES.length;
    console.log(
      `bench/sources: ${sources} sources (${PUBLICATIONS} publications × ${CATEGORIES.length} categories, a board each) × ${ENTRIES} entries × ${VERSIONS} versions = ${fmt(sources * VERSIONS)} versions (${fmt(corpus.bytes / 2 ** 20, 1)} MiB of files, read once per source), catalog of ${fmt(corpus.catalog)} models; Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} CPU(s)`,
    );
    const server = await serveNewest(corpus.newest);
    try {
      const only = process.env.BENCH_ONLY;
      if (only !== "postgresql") {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mw-bench-sources-db-"));
        try {
          // Created by a process of its own, as `npm start` does: the measured one opens an existing directory.
          const created = spawnSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "..", "create-data-dir.ts"), dir], { encoding: "utf8" });
          if (created.status !== 0) throw new Error(`creating the PGlite directory failed:\n${created.stdout}${created.stderr}`);
          console.log("PGlite…");
          server.reset();
          rows.push(await runOne({ MODELWATCH_DATA_DIR: dir }, server.origin, corpusDir));
          console.log(`  served: ${server.counts.ok} × 200, ${server.counts.notModified} × 304`);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }
      const pgServer = process.env.BENCH_DATABASE_URL;
      if (only === "pglite") {
        // measured on the embedded database only, as asked
      } else if (pgServer) {
        const scratch = await scratchPostgres(pgServer, "mw_bench_sources");
        try {
          console.log("PostgreSQL…");
          server.reset();
          rows.push(await runOne({ DATABASE_URL: scratch.url }, server.origin, corpusDir));
          console.log(`  served: ${server.counts.ok} × 200, ${server.counts.notModified} × 304`);
        } finally {
          await scratch.drop();
        }
      } else {
        console.log("PostgreSQL: not measured (set BENCH_DATABASE_URL=postgresql://… to include it)");
      }
    } finally {
      await server.close();
    }
  } finally {
    fs.rmSync(corpusDir, { recursive: true, force: true });
  }
  report(rows);
}

function report(rows: readonly ChildReport[]) {
  const s = (ms: number) => fmt(ms / 1000, 2);
  const kindName = (k: string) => (k === "postgres" ? "PostgreSQL" : "PGlite");
  console.log("\n| database | backfill: wall s | backfill CPU s | PostgreSQL CPU s | versions/s | snapshots written | peak RSS MB | all-304 pass: wall s | CPU s | peak RSS MB | first pass (200, stored already): wall s |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const b = r.backfill;
    console.log(
      `| ${kindName(r.kind)} | ${s(b.ms)} | ${s(b.cpuMs)} | ${b.postgresCpuMs === null ? "—" : s(b.postgresCpuMs)} | ${fmt(b.stored / (b.ms / 1000), 1)} | ${fmt(b.snapshots)} | ${fmt(b.peakRssMb)} | ${s(r.pass304.ms)} | ${s(r.pass304.cpuMs)} | ${fmt(r.pass304.peakRssMb)} | ${s(r.first.ms)} |`,
    );
  }
  console.log("\nChecks and targets:");
  let met = true;
  for (const r of rows) {
    const b = r.backfill;
    const kind = kindName(r.kind);
    const checks = [
      [`backfill < ${TARGET.backfillMs / 1000} s${kind === "PostgreSQL" ? "" : " (set for PostgreSQL)"}`, b.ms < TARGET.backfillMs, kind === "PostgreSQL"],
      [`every version stored (${fmt(b.files)} files → ${fmt(b.stored)} stored, ${fmt(b.versions)} rows)`, b.stored === b.files && b.versions === b.files && b.files === r.sources * VERSIONS, true],
      [`snapshots: ${fmt(b.snapshots)} written, ${fmt(b.expectedSnapshots)} expected (${fmt(b.entries)} entries, ${fmt(b.unmatched)} unmatched)`, b.snapshots === b.expectedSnapshots && b.entries - b.unmatched === b.snapshots, true],
      [`names remembered: ${fmt(b.names)} (${fmt(b.unmatchedNames)} unmatched), ${fmt(b.expectedNames)} expected; ${b.provisionalModels} provisional models`, b.names === b.expectedNames, true],
      [`a backfill signals nothing (${b.signals} signals)`, b.signals === 0, true],
      [`first pass: every source 200 with its stored body (${JSON.stringify(r.first.statuses)})`, r.first.statuses.unchanged === r.sources, true],
      [`all-304 pass < ${TARGET.pass304Ms / 1000} s`, r.pass304.ms < TARGET.pass304Ms, true],
      [`all-304 pass: ${JSON.stringify(r.pass304.statuses)}, ${r.pass304.healthy} sources' health recorded, tables written besides the sources' health: ${r.pass304.tablesWritten.join(", ") || "none"}`, r.pass304.statuses["not-modified"] === r.sources && r.pass304.healthy === r.sources && r.pass304.tablesWritten.length === 0, true],
    ] as const;
    for (const [label, ok, binding] of checks) {
      console.log(`  ${kind}: ${label}: ${ok ? "met" : "MISSED"}`);
      if (binding && !ok) met = false;
    }
    if (r.first.firstError) console.log(`  ${kind}: first fetch error: ${r.first.firstError}`);
  }
  if (!met) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
