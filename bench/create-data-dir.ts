/**
 * A server's first start on an empty data directory, in a process of its own:
 * PGlite runs initdb (a second WebAssembly instance, and the compiled initdb
 * module that PGlite then keeps for the life of the process), and the
 * migrations are applied. bench/elo and bench/ingest run this first so that
 * the process they measure opens an existing directory, as every later start
 * of a server does (and `npm start` does the same), and report this
 * process's own peak apart.
 * Usage: node --import tsx bench/create-data-dir.ts DIR   Prints {"peakMb": N}.
 */
import { connectDatabase } from "@/lib/db";
import { getEnv } from "@/lib/env";

async function main() {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: create-data-dir.ts DIR");
  const handle = await connectDatabase(getEnv({ NODE_ENV: "production", MODELWATCH_DATA_DIR: dir, NEXTAUTH_SECRET: "x".repeat(32) }));
  await handle.close();
  // maxRSS is in kilobytes.
  console.log(JSON.stringify({ peakMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
