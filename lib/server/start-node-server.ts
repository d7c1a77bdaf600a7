import { bootServer } from "../boot";
import { closeDb } from "../db";

/** The Node.js server's start-up: boot, or exit with a clear message; close the database on shutdown. */
export async function startNodeServer(): Promise<void> {
  try {
    await bootServer();
  } catch (err) {
    console.error(`[modelwatch] cannot start: ${(err as Error).message}`);
    process.exit(1);
  }
  // Close the embedded database cleanly so its next start needs no recovery.
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.once(sig, () => {
      void closeDb().finally(() => process.exit(0));
    });
  }
}
