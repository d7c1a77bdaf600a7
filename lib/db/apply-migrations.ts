import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlSession } from "./sql-session";

/** Same key for every Modelwatch process: only one of them migrates at a time. */
const MIGRATION_LOCK_KEY = 727_0001;

// Read at run time from the app directory; the ignore hint keeps the bundler from tracing the whole project.
export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

export class MigrationError extends Error {
  override name = "MigrationError";
}

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!fs.existsSync(dir)) throw new MigrationError(`No migrations directory at ${dir}`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Applies pending migrations, recording them in Prisma's own `_prisma_migrations`
 * table (so `prisma migrate status` agrees). A session-level advisory lock makes
 * concurrent starters wait for the first one instead of migrating twice; each
 * migration runs in its own transaction, so a crash leaves it either applied or not.
 */
export async function applyMigrations(
  session: SqlSession,
  opts: { dir?: string; log?: (msg: string) => void } = {},
): Promise<string[]> {
  const log = opts.log ?? (() => {});
  const files = readMigrations(opts.dir);
  await session.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await session.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const rows = await session.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const known = new Set(files.map((f) => f.name));
    const unknown = [...applied.keys()].filter((n) => !known.has(n));
    if (unknown.length) {
      throw new MigrationError(
        `The database has migrations this code does not know (${unknown.join(", ")}): ` +
          `it was migrated by a newer Modelwatch. Upgrade this instance.`,
      );
    }
    const done: string[] = [];
    for (const file of files) {
      const previous = applied.get(file.name);
      if (previous !== undefined) {
        if (previous !== file.checksum) {
          throw new MigrationError(
            `Migration ${file.name} was edited after it was applied. ` +
              `Never edit an applied migration: add a new one (README, "Authoring a migration").`,
          );
        }
        continue;
      }
      log(`applying migration ${file.name}`);
      await session.exec("BEGIN");
      try {
        await session.exec(file.sql);
        await session.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), file.checksum, file.name],
        );
        await session.exec("COMMIT");
      } catch (err) {
        await session.exec("ROLLBACK").catch(() => {});
        throw new MigrationError(`Migration ${file.name} failed: ${(err as Error).message}`);
      }
      done.push(file.name);
    }
    return done;
  } finally {
    await session.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}
