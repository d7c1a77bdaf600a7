import type { Db } from "..";

export interface SeedResult {
  seeded: boolean;
}

/** Placeholder signature: the demo data is being written (see README). */
export async function seedDemoData(db: Db, opts: { log?: (msg: string) => void } = {}): Promise<SeedResult> {
  void db;
  opts.log?.("no demo data yet");
  return { seeded: false };
}
