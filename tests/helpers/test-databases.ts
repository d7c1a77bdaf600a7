import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { getEnv, type Env } from "@/lib/env";
import { connectDatabase, type DatabaseHandle } from "@/lib/db";

export type DatabaseKind = "pglite" | "postgres";

/**
 * The databases integration tests run on: PGlite always, PostgreSQL when
 * TEST_DATABASE_URL is set. In CI PostgreSQL is required: a missing URL fails
 * the run instead of silently skipping half the suite.
 */
export function testDatabaseKinds(): DatabaseKind[] {
  if (process.env.TEST_DATABASE_URL) return ["pglite", "postgres"];
  if (process.env.CI) throw new Error("CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests would not run");
  return ["pglite"];
}

export interface TestDatabase extends DatabaseHandle {
  env: Env;
  /** Environment variables that point another process at this database. */
  vars: Record<string, string>;
  /** Closes and deletes the database. */
  destroy(): Promise<void>;
}

/** A fresh, empty PostgreSQL database on the test server; returns its URL and a drop function. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const name = `mw_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      // A closed pool has asked its connections to end, but their sockets may
      // still be closing: terminating them now (FORCE) would make a client that
      // is already detached from its pool emit an unhandled error. Wait for
      // them to go first; FORCE only removes what is genuinely left.
      for (let i = 0; i < 50; i++) {
        const { rows } = await c.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
          [name],
        );
        if (!rows[0]?.n) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

export function makeTempDir(prefix = "mw-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Opens a fresh, migrated database of the given kind. */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  let vars: Record<string, string>;
  let remove: () => Promise<void>;
  if (kind === "postgres") {
    const { url, drop } = await createPostgresDatabase();
    vars = { DATABASE_URL: url };
    remove = drop;
  } else {
    const dir = makeTempDir();
    vars = { MODELWATCH_DATA_DIR: dir };
    remove = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const env = getEnv({ NODE_ENV: "test", ...vars });
  const handle = await connectDatabase(env);
  return {
    ...handle,
    env,
    vars,
    async destroy() {
      await handle.close();
      await remove();
    },
  };
}
