import { bootServer } from "../boot";
import { closeDb } from "../db";
import { getEnv, requirePublicUrl } from "../env";
import { startInProcessWorker } from "../jobs/start-in-process-worker";

/** How long shutdown waits for in-flight background work before closing the database anyway. */
const WORKER_STOP_GRACE_MS = 10_000;

/** The Node.js server's start-up: boot, or exit with a clear message; close the database on shutdown. */
export async function startNodeServer(): Promise<void> {
  try {
    // The in-process worker sends mail and webhooks: their links need the public URL.
    if (getEnv().inProcessWorker) requirePublicUrl(getEnv());
    await bootServer();
  } catch (err) {
    console.error(`[modelwatch] cannot start: ${(err as Error).message}`);
    process.exit(1);
  }
  const stopWorker = getEnv().inProcessWorker ? startInProcessWorker() : async () => {};
  // Close the embedded database cleanly so its next start needs no recovery.
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.once(sig, () => {
      const grace = new Promise((resolve) => setTimeout(resolve, WORKER_STOP_GRACE_MS).unref());
      void Promise.race([stopWorker(), grace])
        .then(() => closeDb())
        .finally(() => process.exit(0));
    });
  }
}
