import { getEnv, type Env } from "../env";
import { applyMigrations } from "./apply-migrations";
import { PrismaClient } from "./generated/client";
import { openConnection, type Connection } from "./open-connection";

export * from "./generated/client";

function createClient(conn: Connection) {
  return new PrismaClient({
    adapter: conn.adapter,
    // Secrets never leave this module unless a caller asks for them by name.
    omit: {
      user: { passwordHash: true, feedTokenHash: true },
      apiToken: { tokenHash: true },
      webhook: { secret: true },
      verificationToken: { tokenHash: true },
    },
  });
}

export type Db = ReturnType<typeof createClient>;
/** The client or an interactive transaction on it. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

interface Handle {
  db: Db;
  conn: Connection;
}

// Kept on globalThis: Next bundles route modules separately, and each copy of
// this module must share the one connection (PGlite allows only one).
const state = globalThis as { __modelwatchDb?: Promise<Handle> };

export class BuildTimeDatabaseError extends Error {
  constructor() {
    super("The database must not be opened during `next build`: make the page dynamic.");
  }
}

async function open(env: Env, log: (msg: string) => void): Promise<Handle> {
  const conn = await openConnection(env);
  try {
    const applied = await conn.withSession((s) => applyMigrations(s, { log }));
    if (applied.length) log(`applied ${applied.length} migration(s)`);
    return { db: createClient(conn), conn };
  } catch (err) {
    await conn.close().catch(() => {});
    throw err;
  }
}

/**
 * Opens the database once per process (PGlite, or PostgreSQL when DATABASE_URL
 * is set) and applies pending migrations before anyone can query it.
 */
export function getDb(): Promise<Db> {
  return getHandle().then((h) => h.db);
}

function getHandle(log: (msg: string) => void = () => {}): Promise<Handle> {
  if (process.env.NEXT_PHASE === "phase-production-build") throw new BuildTimeDatabaseError();
  if (!state.__modelwatchDb) {
    state.__modelwatchDb = open(getEnv(), log).catch((err: unknown) => {
      state.__modelwatchDb = undefined;
      throw err;
    });
  }
  return state.__modelwatchDb;
}

/** Where the data lives, for logs. Opens the database if needed. */
export async function describeDatabase(): Promise<string> {
  return (await getHandle()).conn.label;
}

/** Opens and migrates, logging what it does: what entry points call at boot. */
export async function openDatabase(log: (msg: string) => void): Promise<{ db: Db; label: string }> {
  const h = await getHandle(log);
  return { db: h.db, label: h.conn.label };
}

export async function closeDb(): Promise<void> {
  const pending = state.__modelwatchDb;
  state.__modelwatchDb = undefined;
  if (!pending) return;
  const h = await pending.catch(() => undefined);
  if (!h) return;
  await h.db.$disconnect().catch(() => {});
  await h.conn.close();
}
