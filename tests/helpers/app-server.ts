import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { buildIsStale } from "@/lib/server/build-is-stale";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const tsxBin = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

/**
 * Production build, made only when sources changed since the last one. The
 * build gets an empty data directory and no DATABASE_URL; if anything in it
 * opened the database, the directory would not be empty afterwards.
 */
export function ensureProductionBuild(): void {
  if (!buildIsStale(root)) return;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mw-build-"));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", MODELWATCH_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status})`);
  const touched = fs.readdirSync(dataDir);
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (touched.length) throw new Error(`next build opened the database (it wrote ${touched.join(", ")})`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface AppServer {
  baseURL: string;
  proc: ChildProcess;
  logs(): string;
  stop(): Promise<void>;
}

/** Starts the production server as `npm start` runs it (scripts/serve.ts) and waits until it answers. */
export async function startAppServer(vars: Record<string, string>, timeoutMs = 240_000): Promise<AppServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    MODELWATCH_DEMO_ACCOUNTS: "true",
    ...vars,
  };
  if (!("DATABASE_URL" in vars)) delete env.DATABASE_URL;
  const proc = spawn(process.execPath, [tsxBin, path.join(root, "scripts", "serve.ts"), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: "pipe",
  });
  let logs = "";
  proc.stdout?.on("data", (c: Buffer) => (logs += c.toString()));
  proc.stderr?.on("data", (c: Buffer) => (logs += c.toString()));
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}) before answering:\n${logs}`);
    try {
      const res = await fetch(`${baseURL}/`, { signal: AbortSignal.timeout(30_000) });
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      proc.kill("SIGKILL");
      throw new Error(`server did not answer within ${timeoutMs} ms:\n${logs}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    baseURL,
    proc,
    logs: () => logs,
    async stop() {
      if (proc.exitCode === null) proc.kill("SIGTERM");
      const timer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
