import fs from "node:fs";
import { startAppServer, type AppServer } from "./app-server";
import { spawnTsx } from "./spawn-tsx";
import { createPostgresDatabase, makeTempDir, type DatabaseKind } from "./test-databases";

export interface OwnAppServer {
  server: AppServer;
  /** Stops the server and drops its database. */
  stop(): Promise<void>;
}

/**
 * A production server on a freshly seeded database of its own, for suites that
 * write: the read-only suites sharing the global servers keep the demo data as seeded.
 * With `worker`, background work runs as in production: inside the server on the
 * embedded database (always, unless MODELWATCH_WORKER=off), and on PostgreSQL in
 * an `npm run worker` process beside it.
 */
export async function startOwnAppServer(
  kind: DatabaseKind,
  extra: Record<string, string> = {},
  opts: { worker?: boolean } = {},
): Promise<OwnAppServer> {
  let vars: Record<string, string>;
  let dropDatabase: () => Promise<void>;
  if (kind === "postgres") {
    const { url, drop } = await createPostgresDatabase();
    vars = { DATABASE_URL: url, MODELWATCH_AUTO_SEED: "true", ...extra };
    dropDatabase = drop;
  } else {
    const dir = makeTempDir("mw-e2e-own-");
    vars = { MODELWATCH_DATA_DIR: dir, ...extra };
    dropDatabase = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  let server: AppServer;
  try {
    server = await startAppServer(vars);
  } catch (err) {
    await dropDatabase();
    throw err;
  }
  const worker =
    opts.worker && kind === "postgres"
      ? spawnTsx("scripts/mw.ts", ["worker"], { ...vars, NODE_ENV: "test", NEXTAUTH_URL: server.baseURL })
      : null;
  return {
    server,
    stop: async () => {
      if (worker) {
        worker.proc.kill("SIGTERM");
        await worker.exited;
      }
      await server.stop();
      await dropDatabase();
    },
  };
}
