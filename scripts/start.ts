// `npm start`: build when needed, then run the production server.
// On the embedded database it also prepares what a demo needs (auth secret,
// demo accounts); with DATABASE_URL the operator configures everything.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { acquireDataDirLock, DataDirInUseError } from "../lib/db/data-dir-lock";
import { EnvError, getEnv, requirePublicUrl } from "../lib/env";
import { buildIsStale } from "../lib/server/build-is-stale";
import { ensureAuthSecret } from "../lib/server/ensure-auth-secret";

const root = path.resolve(__dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const tsxBin = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const say = (msg: string) => console.log(`[modelwatch] ${msg}`);

function main(): void {
  const vars: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  const embedded = !vars.DATABASE_URL;
  if (embedded) {
    const dataDir = path.resolve(root, vars.MODELWATCH_DATA_DIR ?? "data");
    vars.MODELWATCH_DATA_DIR = dataDir;
    vars.NEXTAUTH_SECRET ??= ensureAuthSecret(dataDir);
    if (vars.MODELWATCH_DEMO_ACCOUNTS === undefined) {
      vars.MODELWATCH_DEMO_ACCOUNTS = "true";
      say("demo accounts enabled for the embedded demo database (MODELWATCH_DEMO_ACCOUNTS=false refuses them)");
    }
    // Fail before a long build if another process holds the embedded database.
    acquireDataDirLock(dataDir).release();
  }
  getEnv(vars); // clear message on bad configuration, before building
  if (buildIsStale(root)) {
    say("building (first start or sources changed)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: vars });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  if (embedded && !fs.existsSync(path.join(vars.MODELWATCH_DATA_DIR!, "pglite", "PG_VERSION"))) {
    // Creating the embedded database runs initdb inside the process that opens it, and PGlite
    // keeps what that needed for the life of the process (~800 MB resident, bench/elo): a short
    // process of its own does it, so the server only ever opens an existing directory.
    say("creating the embedded database…");
    const create = spawnSync(process.execPath, [tsxBin, path.join(root, "scripts", "mw.ts"), "db", "migrate"], { cwd: root, stdio: "inherit", env: vars });
    if (create.status !== 0) process.exit(create.status ?? 1);
  }
  const port = vars.PORT ?? "3000";
  // next-auth builds its redirects (sign-out, e-mail links) from NEXTAUTH_URL, and mails and
  // webhooks their links: without one they would point at port 3000 whatever port this is.
  // The embedded demo (and a PostgreSQL web server that sends nothing) gets this machine's
  // address; a PostgreSQL server running the worker in-process must be told the public URL.
  if (!vars.NEXTAUTH_URL) {
    const env = getEnv(vars);
    if (!embedded && env.inProcessWorker) requirePublicUrl(env);
    vars.NEXTAUTH_URL = `http://localhost:${port}`;
    say(`NEXTAUTH_URL not set: using ${vars.NEXTAUTH_URL} (set it to the site's public URL behind a proxy)`);
  }
  say(`starting on http://localhost:${port}`);
  // Our own server around Next's handler: it alone sees the socket's address (TRUSTED_PROXIES).
  const server = spawn(process.execPath, [tsxBin, path.join(root, "scripts", "serve.ts")], { cwd: root, stdio: "inherit", env: { ...vars, PORT: port } });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

try {
  main();
} catch (err) {
  if (err instanceof EnvError || err instanceof DataDirInUseError) {
    console.error(`[modelwatch] ${err.message}`);
    process.exit(1);
  }
  throw err;
}
