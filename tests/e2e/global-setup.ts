import fs from "node:fs";
import type { TestProject } from "vitest/node";
import { ensureProductionBuild, startAppServer, type AppServer } from "../helpers/app-server";
import { createPostgresDatabase, makeTempDir, testDatabaseKinds, type DatabaseKind } from "../helpers/test-databases";

export interface E2eServer {
  kind: DatabaseKind;
  baseURL: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    e2eServers: E2eServer[];
  }
}

/**
 * Builds the app once and starts one production server per database kind,
 * each on a fresh database seeded with the demo data on first start.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureProductionBuild();
  const cleanups: (() => Promise<void> | void)[] = [];
  const servers: E2eServer[] = [];
  try {
    for (const kind of testDatabaseKinds()) {
      let server: AppServer;
      if (kind === "postgres") {
        const { url, drop } = await createPostgresDatabase();
        cleanups.push(drop);
        server = await startAppServer({ DATABASE_URL: url, MODELWATCH_AUTO_SEED: "true" });
      } else {
        const dir = makeTempDir("mw-e2e-");
        cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
        server = await startAppServer({ MODELWATCH_DATA_DIR: dir });
      }
      cleanups.push(() => server.stop());
      servers.push({ kind, baseURL: server.baseURL });
    }
  } catch (err) {
    for (const c of cleanups.reverse()) await c();
    throw err;
  }
  project.provide("e2eServers", servers);
  return async () => {
    for (const c of cleanups.reverse()) await c();
  };
}
