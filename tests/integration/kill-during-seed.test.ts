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

/** Boots a fresh embedded database to completion. */
async function bootFully(dir: string): Promise<void> {
  const child = spawnTsx(BOOT, [], { MODELWATCH_DATA_DIR: dir });
  expect(await child.firstJson).toEqual({ booted: true });
  expect(await child.exited).toBe(0);
}

describe("SIGKILL during the first seed of the embedded database", () => {
  it("leaves nothing half-written, and a restart completes the demo data", async () => {
    const reference = makeTempDir();
    const victim = makeTempDir();
    dirs.push(reference, victim);
    await bootFully(reference);
    const full = await counts(reference);
    expect(full.models).toBeGreaterThanOrEqual(9);

    // Freeze the first start in the middle of its seed transaction (models
    // written, the rest not yet), then kill it.
    const child = spawnTsx(BOOT, [], { MODELWATCH_DATA_DIR: victim, MW_TEST_FREEZE_ON: "models written" });
    await new Promise<void>((resolve) => {
      child.proc.stdout?.on("data", (c: Buffer) => {
        if (c.toString().includes("models written")) resolve();
      });
    });
    child.proc.kill("SIGKILL");
    expect(await child.exited).toBe("SIGKILL");

    // Nothing of the interrupted transaction survives: not a model, not a user.
    const afterKill = await counts(victim);
    expect(afterKill).toEqual(Object.fromEntries(Object.keys(full).map((k) => [k, 0])));

    // The restart finds an empty database and seeds it completely.
    await bootFully(victim);
    expect(await counts(victim)).toEqual(full);
  });
});
