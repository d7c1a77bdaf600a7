import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Connect/read/write errors, timeouts and non-2xx/3xx responses. */
  errors: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** wrk threads: one keeps a core for the server on a 2-core machine and still saturates it. */
  threads: number;
}

const LUA = path.join(__dirname, "wrk-report.lua");

/** wrk's version line, or null when it is not installed. */
export function wrkVersion(): string | null {
  const r = spawnSync("wrk", ["--version"], { encoding: "utf8" });
  if (r.error) return null;
  // wrk prints its version and usage, exiting 1.
  return `${r.stdout}${r.stderr}`.split("\n")[0]?.trim() || null;
}

interface WrkJson {
  requests: number;
  durationUs: number;
  errors: Record<"connect" | "read" | "write" | "status" | "timeout", number>;
  p50Us: number;
  p90Us: number;
  p99Us: number;
  maxUs: number;
}

/** Loopback only: this tool must never load someone else's server. */
function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "[::1]") throw new Error(`refusing to load a non-loopback host: ${host}`);
}

/** Runs wrk against one URL for a bounded time and returns its figures. */
export function runWrk(url: string, opts: LoadOptions): Promise<LoadResult> {
  assertLoopback(url);
  const args = [`-t${opts.threads}`, `-c${opts.connections}`, `-d${opts.seconds}s`, "--timeout", "5s", "-s", LUA, url];
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    // wrk stops itself after -d; this guards against it hanging on a stuck server.
    const guard = setTimeout(() => child.kill("SIGKILL"), (opts.seconds + 30) * 1000);
    child.once("error", reject);
    child.once("exit", (code) => {
      clearTimeout(guard);
      const line = out.split("\n").find((l) => l.startsWith("BENCH_JSON "));
      if (code !== 0 || !line) return reject(new Error(`wrk failed (exit ${code}):\n${out}`));
      const j = JSON.parse(line.slice("BENCH_JSON ".length)) as WrkJson;
      const seconds = j.durationUs / 1e6;
      resolve({
        requests: j.requests,
        seconds,
        requestsPerSecond: j.requests / seconds,
        p50Ms: j.p50Us / 1000,
        p90Ms: j.p90Us / 1000,
        p99Ms: j.p99Us / 1000,
        maxMs: j.maxUs / 1000,
        errors: Object.values(j.errors).reduce((a, b) => a + b, 0),
      });
    });
  });
}
