import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { connectDatabase } from "@/lib/db";
import { DataDirInUseError } from "@/lib/db/data-dir-lock";
import { readMigrations } from "@/lib/db/apply-migrations";
import { getEnv } from "@/lib/env";
import { spawnTsx, type Child } from "../helpers/spawn-tsx";
import { createPostgresDatabase, makeTempDir, testDatabaseKinds } from "../helpers/test-databases";

const CHILD = "tests/helpers/child-open-database.ts";
const children: Child[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.proc.kill("SIGKILL");
});

describe("embedded database lock", () => {
  it("refuses a second process clearly, and recovers after the holder is killed", async () => {
    const dir = makeTempDir();
    const holder = spawnTsx(CHILD, ["hold"], { MODELWATCH_DATA_DIR: dir });
    children.push(holder);
    expect(await holder.firstJson).toMatchObject({ ready: true });

    // Another process is refused with a message that says what to do.
    const second = spawnTsx(CHILD, [], { MODELWATCH_DATA_DIR: dir });
    const refusal = await second.firstJson;
    expect(refusal.error).toBe("DataDirInUseError");
    expect(String(refusal.message)).toMatch(/in use by process \d+/);
    expect(String(refusal.message)).toMatch(/DATABASE_URL/);
    expect(await second.exited).toBe(1);

    // So is this process.
    const env = getEnv({ NODE_ENV: "test", MODELWATCH_DATA_DIR: dir });
    await expect(connectDatabase(env)).rejects.toBeInstanceOf(DataDirInUseError);

    // The holder dies without cleaning up; its stale lock is reclaimed and the data is intact.
    holder.proc.kill("SIGKILL");
    await holder.exited;
    expect(fs.existsSync(path.join(dir, "pglite.lock"))).toBe(true);
    const h = await connectDatabase(env);
    try {
      const rows = await h.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
      expect(rows[0]?.n).toBe(readMigrations().length);
    } finally {
      await h.close();
    }
    expect(fs.existsSync(path.join(dir, "pglite.lock"))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe.each(testDatabaseKinds().filter((k) => k === "postgres"))("concurrent start-up on %s", () => {
  it("lets exactly one of several starting instances migrate", async () => {
    const { url, drop } = await createPostgresDatabase();
    try {
      const starters = Array.from({ length: 3 }, () => spawnTsx(CHILD, [], { DATABASE_URL: url }));
      children.push(...starters);
      const results = await Promise.all(starters.map((s) => s.firstJson));
      expect(await Promise.all(starters.map((s) => s.exited))).toEqual([0, 0, 0]);
      const appliedCounts = results.map((r) => (r.applied as string[]).length).sort();
      expect(appliedCounts).toEqual([0, 0, readMigrations().length]);
      const env = getEnv({ NODE_ENV: "test", DATABASE_URL: url });
      const h = await connectDatabase(env);
      const rows = await h.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
      expect(rows[0]?.n).toBe(readMigrations().length);
      await h.close();
    } finally {
      await drop();
    }
  });
});
