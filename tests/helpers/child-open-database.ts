// A separate process that opens the configured database (applying migrations),
// reports what it applied as JSON on stdout, then either exits or holds the
// database open until killed (argv[2] === "hold"). Used by the integration
// tests for concurrent start-up and for the embedded database's lock.
import { applyMigrations } from "../../lib/db/apply-migrations";
import { openConnection } from "../../lib/db/open-connection";
import { getEnv } from "../../lib/env";

async function main(): Promise<void> {
  const conn = await openConnection(getEnv());
  const applied = await conn.withSession((s) => applyMigrations(s));
  process.stdout.write(`${JSON.stringify({ ready: true, pid: process.pid, applied })}\n`);
  if (process.argv[2] === "hold") {
    setInterval(() => {}, 1 << 30);
    return;
  }
  await conn.close();
}

main().catch((err: Error) => {
  process.stdout.write(`${JSON.stringify({ error: err.name, message: err.message })}\n`);
  process.exit(1);
});
