import fs from "node:fs";
import { startAppServer, type AppServer } from "./app-server";
import { createPostgresDatabase, makeTempDir, type DatabaseKind } from "./test-databases";

export interface OwnAppServer {
  server: AppServer;
  /** The environment it runs with (database, plus `extra`), for processes that must share its database. */
  vars: Record<string, string>;
  /** Stops the server and drops its database. */
  stop(): Promise<void>;
}

/**
 * A production server on a freshly seeded database of its own, for suites that
 * write: the read-only suites sharing the global servers keep the demo data as seeded.
 */
export async function startOwnAppServer(kind: DatabaseKind, extra: Record<string, string> = {}): Promise<OwnAppServer> {
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
  return {
    server,
    vars,
    stop: async () => {
      await server.stop();
      await dropDatabase();
    },
  };
}
