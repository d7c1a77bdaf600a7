import { getEnv } from "./env";
import { openDatabase } from "./db";
import { seedDemoData } from "./db/seed/seed-demo-data";

const log = (msg: string) => console.log(`[modelwatch] ${msg}`);

/**
 * What every server process does before it serves a request: check the
 * configuration, open the database, apply pending migrations, and seed demo
 * data into an empty embedded database. Throws with a clear message on failure.
 */
export async function bootServer(): Promise<void> {
  const env = getEnv();
  const handle = await openDatabase(log);
  log(`database: ${handle.label}`);
  // Only into an empty database: auto-seed must never mix demo rows into real data.
  if (env.autoSeed && (await handle.db.model.count()) === 0) {
    const result = await seedDemoData(handle.db, { log });
    if (result.seeded) log("demo data seeded (illustrative ratings and news)");
  }
}
