/**
 * bench/ingest: FEEDS feeds × ITEMS items served by a real HTTP server on
 * loopback (with ETags, so a second pass gets 304s). For each database — the
 * embedded PGlite, and PostgreSQL when BENCH_DATABASE_URL is set — a child
 * process ingests them all cold (fetch, decode, parse, sanitize, match,
 * store), then again warm (every feed answers 304). Shown next to
 * rss-parser's parse-only time for the same bytes (parseString on every body).
 * Run: npm run bench:ingest
 *
 * Knobs: BENCH_FEEDS (500), BENCH_ITEMS (50), BENCH_CONCURRENCY (8, feeds
 * fetched at once), BENCH_DATABASE_URL (a PostgreSQL server URL: the bench
 * creates and drops its own scratch database there), BENCH_ONLY (pglite or
 * postgresql), BENCH_PROFILE_DIR (write a V8 CPU profile of each run there).
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import Parser from "rss-parser";
import { decodeFeedBody } from "@/lib/news/ingest/decode-feed-body";
import { parseFeed } from "@/lib/news/ingest/parse-feed";
import { makeFeed } from "./make-feeds";
import { scratchPostgres } from "../scratch-postgres";

const envInt = (name: string, fallback: number, max: number) =>
  Math.min(max, Math.max(1, Math.floor(Number(process.env[name] ?? fallback)) || fallback));
const FEEDS = envInt("BENCH_FEEDS", 500, 5000);
const ITEMS = envInt("BENCH_ITEMS", 50, 500);
const CONCURRENCY = envInt("BENCH_CONCURRENCY", 8, 64);
const TARGET = { coldItemsPerSecond: 1000, warmMs: 3000, ratioToParse: 3 } as const;

interface ChildReport {
  cold: { ms: number; cpuMs: number; postgresCpuMs: number | null; feeds: number; items: number; errors: number; firstError: string | null; peakRssMb: number };
  warm: { ms: number; cpuMs: number; feeds: number; notModified: number; itemsAfter: number; peakRssMb: number };
  refetch: { ms: number; cpuMs: number; fetched: number; newItems: number };
  floor: { ms: number; postgresCpuMs: number | null; rows: number } | null;
}

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function serveFeeds(bodies: readonly string[]) {
  const etags = bodies.map((b) => `"${createHash("sha1").update(b).digest("hex")}"`);
  const counts = { ok: 0, notModified: 0 };
  // The run turns validators off for its last pass: feeds that send no ETag (many do) are re-read whole.
  let validators = true;
  const server = http.createServer((req, res) => {
    if (req.method === "POST" && req.url === "/bench/validators-off") {
      validators = false;
      return res.writeHead(204).end();
    }
    const i = Number(/^\/feed\/(\d+)\.xml$/.exec(req.url ?? "")?.[1] ?? NaN);
    const body = bodies[i];
    if (body === undefined) return res.writeHead(404).end();
    if (validators && req.headers["if-none-match"] === etags[i]) {
      counts.notModified += 1;
      return res.writeHead(304, { etag: etags[i] }).end();
    }
    counts.ok += 1;
    res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", ...(validators ? { etag: etags[i]! } : {}) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    counts,
    /** Before each database's run: its cold and warm passes see validators again. */
    validatorsOn: () => void (validators = true),
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

/** rss-parser alone on the same bytes: the floor any pipeline built on it is compared with. */
async function parseOnlyMs(bodies: readonly string[]): Promise<number> {
  const parser = new Parser();
  for (const b of bodies.slice(0, 20)) await parser.parseString(b); // warm-up: JIT, not measured
  const start = performance.now();
  for (const b of bodies) await parser.parseString(b);
  return performance.now() - start;
}

/**
 * Our reading of the same bodies without network or database: decode, rss-parser, then every
 * item normalized and its HTML sanitized. Shows how much of the pipeline is storage.
 */
async function readOnlyMs(bodies: readonly string[]): Promise<number> {
  const buffers = bodies.map((b) => Buffer.from(b));
  const read = (b: Buffer) => parseFeed(decodeFeedBody(b, "application/rss+xml; charset=utf-8").text, { url: "https://bench.example/feed.xml", fetchedAt: new Date() });
  for (const b of buffers.slice(0, 20)) await read(b); // warm-up, as for parse-only
  const start = performance.now();
  for (const b of buffers) await read(b);
  return performance.now() - start;
}

async function runOne(vars: Record<string, string>, origin: string): Promise<ChildReport> {
  const profile = process.env.BENCH_PROFILE_DIR;
  const args = [...(profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : []), "--import", "tsx", path.join(import.meta.dirname, "run-one.ts")];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...vars,
    // As a production worker runs (the secret is only checked, never used here).
    NODE_ENV: "production",
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    BENCH_FEEDS: String(FEEDS),
    BENCH_FEED_ORIGIN: origin,
    BENCH_CONCURRENCY: String(CONCURRENCY),
  };
  if (!("DATABASE_URL" in vars)) delete env.DATABASE_URL;
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const line = out.split("\n").find((l) => l.startsWith('{"cold"'));
  if (code !== 0 || !line) throw new Error(`the ingest run failed (exit ${code}):\n${out}`);
  return JSON.parse(line) as ChildReport;
}

async function main(): Promise<void> {
  const baseDate = Date.UTC(2026, 10, 30);
  const bodies = Array.from({ length: FEEDS }, (_, i) => makeFeed(i, ITEMS, baseDate));
  const bytes = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0);
  console.log(`bench/ingest: ${FEEDS} feeds × ${ITEMS} items (${fmt(bytes / 2 ** 20, 1)} MiB), concurrency ${CONCURRENCY}, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} CPU(s)`);
  const parseMs = await parseOnlyMs(bodies);
  console.log(`rss-parser parseString on every body: ${fmt(parseMs)} ms (${fmt((FEEDS * ITEMS) / (parseMs / 1000))} items/s)`);
  const readMs = await readOnlyMs(bodies);
  console.log(`decode + parse + sanitize + normalize, no network or database: ${fmt(readMs)} ms (${fmt(readMs / parseMs, 1)}× parse-only)`);

  const server = await serveFeeds(bodies);
  const rows: { kind: string; r: ChildReport }[] = [];
  try {
    const only = process.env.BENCH_ONLY;
    if (only !== "postgresql") {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mw-bench-ingest-"));
      try {
        // Created by a process of its own, as `npm start` does: the measured one opens an existing directory.
        const created = spawnSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "..", "create-data-dir.ts"), dir], { encoding: "utf8" });
        if (created.status !== 0) throw new Error(`creating the PGlite directory failed:\n${created.stdout}${created.stderr}`);
        console.log("PGlite…");
        server.validatorsOn();
        rows.push({ kind: "PGlite", r: await runOne({ MODELWATCH_DATA_DIR: dir }, server.origin) });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    const pgServer = process.env.BENCH_DATABASE_URL;
    if (only === "pglite") {
      // measured on the embedded database only, as asked
    } else if (pgServer) {
      const scratch = await scratchPostgres(pgServer);
      try {
        console.log("PostgreSQL…");
        server.validatorsOn();
        rows.push({ kind: "PostgreSQL", r: await runOne({ DATABASE_URL: scratch.url }, server.origin) });
      } finally {
        await scratch.drop();
      }
    } else {
      console.log("PostgreSQL: not measured (set BENCH_DATABASE_URL=postgresql://… to include it)");
    }
  } finally {
    await server.close();
  }

  const s = (ms: number | null | undefined) => (ms === null || ms === undefined ? "—" : fmt(ms / 1000, 2));
  console.log("\n| database | cold: wall s | ingest CPU s | PostgreSQL CPU s | items stored | items/s | peak RSS MB | warm (all 304): wall s | ingest CPU s | peak RSS MB | re-fetch without validators: wall s | ingest CPU s | cold ÷ parse-only |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const { kind, r } of rows) {
    const ips = r.cold.items / (r.cold.ms / 1000);
    console.log(
      `| ${kind} | ${s(r.cold.ms)} | ${s(r.cold.cpuMs)} | ${s(r.cold.postgresCpuMs)} | ${fmt(r.cold.items)} | ${fmt(ips)} | ${fmt(r.cold.peakRssMb)} | ${s(r.warm.ms)} (${r.warm.notModified}/${r.warm.feeds} 304) | ${s(r.warm.cpuMs)} | ${fmt(r.warm.peakRssMb)} | ${s(r.refetch.ms)} (${r.refetch.fetched} × 200, ${r.refetch.newItems} new) | ${s(r.refetch.cpuMs)} | ${fmt(r.cold.ms / parseMs, 1)}× |`,
    );
  }
  for (const { kind, r } of rows) {
    if (!r.floor) continue;
    console.log(
      `| ${kind} storage floor: the same rows, one plain INSERT per feed, no Prisma, dedupe, clustering, links, proposals or signals | ${s(r.floor.ms)} | — | ${s(r.floor.postgresCpuMs)} | ${fmt(r.floor.rows)} | ${fmt(r.floor.rows / (r.floor.ms / 1000))} | — | — | — | — | — | — | ${fmt(r.floor.ms / parseMs, 1)}× |`,
    );
  }
  console.log(`| decode, parse, sanitize, normalize (no network, no database) | ${s(readMs)} | ${s(readMs)} | — | — | ${fmt((FEEDS * ITEMS) / (readMs / 1000))} | — | — | — | — | — | — | ${fmt(readMs / parseMs, 1)}× |`);
  console.log(`| rss-parser parse only | ${s(parseMs)} | ${s(parseMs)} | — | — | ${fmt((FEEDS * ITEMS) / (parseMs / 1000))} | — | — | — | — | — | — | 1.0× |`);

  console.log("\nTargets:");
  let met = true;
  for (const { kind, r } of rows) {
    const ips = r.cold.items / (r.cold.ms / 1000);
    const checks = [
      [`cold ≥ ${fmt(TARGET.coldItemsPerSecond)} items/s${kind === "PostgreSQL" ? "" : " (set for PostgreSQL)"}`, ips >= TARGET.coldItemsPerSecond, kind === "PostgreSQL"],
      [`warm < ${TARGET.warmMs / 1000} s`, r.warm.ms < TARGET.warmMs, true],
      [`whole pipeline ≤ ${TARGET.ratioToParse}× parse-only`, r.cold.ms <= TARGET.ratioToParse * parseMs, true],
      [`every item stored (${fmt(FEEDS * ITEMS)}), no feed failed`, r.cold.items === FEEDS * ITEMS && r.cold.errors === 0, true],
      ["warm pass: every feed 304, nothing written", r.warm.notModified === FEEDS && r.warm.itemsAfter === r.cold.items, true],
      ["re-fetch without validators: every feed read, nothing new stored", r.refetch.fetched === FEEDS && r.refetch.newItems === 0, true],
    ] as const;
    for (const [label, ok, binding] of checks) {
      console.log(`  ${kind}: ${label}: ${ok ? "met" : "MISSED"}`);
      if (binding && !ok) met = false;
    }
    if (r.cold.firstError) console.log(`  ${kind}: first feed error: ${r.cold.firstError}`);
    if (r.floor?.postgresCpuMs != null) {
      // Reading alone and the bare insert alone, spread over every core with nothing else to do.
      const floorMs = (readMs + r.floor.postgresCpuMs) / os.cpus().length;
      console.log(`  ${kind}: lower bound on this machine — (reading CPU + storage-floor PostgreSQL CPU) ÷ ${os.cpus().length} cores = ${fmt(floorMs / 1000, 2)} s = ${fmt(floorMs / parseMs, 1)}× parse-only`);
    }
  }
  console.log(`served: ${server.counts.ok} × 200, ${server.counts.notModified} × 304`);
  if (!met) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
