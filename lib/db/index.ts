import { getEnv, type Env } from "../env";
import { renormalizeStoredAliases } from "../search/renormalize-stored-aliases";
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
      leaderboardSource: { secretHeaders: true },
      verificationToken: { tokenHash: true },
    },
  });
}

export type Db = ReturnType<typeof createClient>;
/** The client or an interactive transaction on it. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface DatabaseHandle {
  db: Db;
  kind: Connection["kind"];
  label: string;
  /** Migrations this handle applied when it opened (empty: none were pending). */
  applied: string[];
  /** A dedicated raw session: for migrations, locks and catalog queries. */
  withSession: Connection["withSession"];
  close(): Promise<void>;
}
type Handle = DatabaseHandle;

// Kept on globalThis: Next bundles route modules separately, and each copy of
// this module must share the one connection (PGlite allows only one).
const state = globalThis as { __modelwatchDb?: Promise<Handle> };

export class BuildTimeDatabaseError extends Error {
  constructor() {
    super("The database must not be opened during `next build`: make the page dynamic.");
  }
}

/**
 * Opens a database described by `env` and applies pending migrations. The app
 * uses the process-wide `getDb()`; tests and tools open their own with this.
 */
export async function connectDatabase(env: Env, log: (msg: string) => void = () => {}): Promise<Handle> {
  const conn = await openConnection(env);
  try {
    const [applied, renormalized] = await conn.withSession(async (s) => {
      const done = await applyMigrations(s, { log });
      return [done, await renormalizeStoredAliases(s)] as const;
    });
    if (applied.length) log(`applied ${applied.length} migration(s)`);
    if (renormalized) log(`re-normalised ${renormalized} stored model alias(es)`);
    const db = createClient(conn);
    return {
      db,
      kind: conn.kind,
      label: conn.label,
      applied,
      withSession: (fn) => conn.withSession(fn),
      async close() {
        await db.$disconnect().catch(() => {});
        await conn.close();
      },
    };
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
    state.__modelwatchDb = connectDatabase(getEnv(), log).catch((err: unknown) => {
      state.__modelwatchDb = undefined;
      throw err;
    });
  }
  return state.__modelwatchDb;
}

/** Where the data lives, for logs. Opens the database if needed. */
export async function describeDatabase(): Promise<string> {
  return (await getHandle()).label;
}

/** Opens and migrates, logging what it does: what entry points call at boot. */
export function openDatabase(log: (msg: string) => void): Promise<DatabaseHandle> {
  return getHandle(log);
}

export async function closeDb(): Promise<void> {
  const pending = state.__modelwatchDb;
  state.__modelwatchDb = undefined;
  if (!pending) return;
  const h = await pending.catch(() => undefined);
  await h?.close();
}
