import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { connectDatabase, type Db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { spawnTsx } from "../helpers/spawn-tsx";
import { makeTempDir } from "../helpers/test-databases";

const BOOT = "tests/helpers/child-boot-server.ts";
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function counts(dir: string): Promise<Record<string, number>> {
  const h = await connectDatabase(getEnv({ NODE_ENV: "test", MODELWATCH_DATA_DIR: dir }));
  try {
    const db: Db = h.db;
    return {
      models: await db.model.count(),
      claims: await db.claim.count(),
      events: await db.claimEvent.count(),
      snapshots: await db.eloSnapshot.count(),
      news: await db.newsItem.count(),
      users: await db.user.count(),
      settings: await db.setting.count(),
    };
  } finally {
    await h.close();
  }
}

/** Boots a fresh embedded database to completion; returns how long the seed phase took. */
async function bootFully(dir: string): Promise<number> {
  const child = spawnTsx(BOOT, [], { MODELWATCH_DATA_DIR: dir });
  let seedStartedAt = 0;
  child.proc.stdout?.on("data", (c: Buffer) => {
    if (!seedStartedAt && c.toString().includes("database:")) seedStartedAt = Date.now();
  });
  expect(await child.firstJson).toEqual({ booted: true });
  expect(await child.exited).toBe(0);
  return Date.now() - seedStartedAt;
}

describe("SIGKILL during the first seed of the embedded database", () => {
  it("leaves nothing half-written, and a restart completes the demo data", async () => {
    const reference = makeTempDir();
    const victim = makeTempDir();
    dirs.push(reference, victim);
    const seedMs = await bootFully(reference);
    const full = await counts(reference);
    expect(full.models).toBeGreaterThanOrEqual(9);

    // Kill the first start half-way through its seed.
    const child = spawnTsx(BOOT, [], { MODELWATCH_DATA_DIR: victim });
    await new Promise<void>((resolve) => {
      child.proc.stdout?.on("data", (c: Buffer) => {
        if (c.toString().includes("database:")) setTimeout(resolve, Math.max(50, seedMs / 2));
      });
    });
    child.proc.kill("SIGKILL");
    expect(await child.exited).toBe("SIGKILL");

    // All or nothing: the transaction either committed or left no trace.
    const afterKill = await counts(victim);
    const empty = Object.values(afterKill).every((n) => n === 0);
    expect(empty || JSON.stringify(afterKill) === JSON.stringify(full)).toBe(true);

    // The restart finds an empty (or complete) database and ends complete.
    await bootFully(victim);
    expect(await counts(victim)).toEqual(full);
  });
});
