import path from "node:path";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Env } from "../env";
import { acquireDataDirLock } from "./data-dir-lock";
import type { SqlSession } from "./sql-session";

/** A raw connection to one of the two supported databases, before Prisma. */
export interface Connection {
  kind: "pglite" | "postgres";
  /** Human-readable location for logs: never includes a password. */
  label: string;
  adapter: SqlDriverAdapterFactory;
  /** A dedicated session (one physical connection) for migrations and locks. */
  withSession<T>(fn: (s: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function describePostgresUrl(url: string): string {
  try {
    const u = new URL(url);
    return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}

async function openPostgres(env: Env, url: string): Promise<Connection> {
  const [{ default: pg }, { PrismaPg }] = await Promise.all([import("pg"), import("@prisma/adapter-pg")]);
  const pool = new pg.Pool({ connectionString: url, max: env.DATABASE_POOL_SIZE });
  // Fail fast with a clear message when the server is unreachable.
  const probe = await pool.connect().catch(async (err: Error) => {
    await pool.end().catch(() => {});
    throw new Error(`Cannot connect to ${describePostgresUrl(url)}: ${err.message}`);
  });
  probe.release();
  let closed = false;
  return {
    kind: "postgres",
    label: describePostgresUrl(url),
    adapter: new PrismaPg(pool),
    async withSession(fn) {
      const client = await pool.connect();
      try {
        return await fn({
          query: async (sql, params) => (await client.query(sql, params)).rows,
          exec: async (sql) => void (await client.query(sql)),
        });
      } finally {
        client.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/**
 * PGlite's shared_buffers (its default is PostgreSQL's 128 MB). The buffers
 * live in the WebAssembly heap, inside this process, and are touched at
 * start: 32 MB takes ~130 MB off the resident memory of every process that
 * opens the embedded database (the data files stay in the OS page cache; the
 * million-vote bench imports and recomputes no slower).
 */
const PGLITE_SHARED_BUFFERS = "32MB";

async function openPglite(env: Env): Promise<Connection> {
  const dir = path.resolve(env.MODELWATCH_DATA_DIR, "pglite");
  const lock = acquireDataDirLock(path.dirname(dir));
  try {
    const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
      import("@electric-sql/pglite"),
      import("pglite-prisma-adapter"),
    ]);
    const buffers = ["-c", `shared_buffers=${PGLITE_SHARED_BUFFERS}`];
    // At every start (directories made with the old default included), and for initdb on a first start.
    const db = new PGlite(dir, { startParams: [...PGlite.defaultStartParams, ...buffers], initDbStartParams: buffers });
    await db.waitReady;
    let closed = false;
    return {
      kind: "pglite",
      label: `embedded PGlite at ${dir}`,
      adapter: new PrismaPGlite(db),
      // PGlite is a single connection: every session is the same one.
      withSession: (fn) =>
        fn({
          query: async (sql, params) => (await db.query(sql, params)).rows as never[],
          exec: async (sql) => void (await db.exec(sql)),
        }),
      async close() {
        if (closed) return;
        closed = true;
        try {
          await db.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}

export function openConnection(env: Env): Promise<Connection> {
  return env.DATABASE_URL ? openPostgres(env, env.DATABASE_URL) : openPglite(env);
}
