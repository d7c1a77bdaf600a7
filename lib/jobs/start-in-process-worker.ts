import { getDb } from "../db";
import { getLogger } from "../log/logger";
import { runWorker } from "./run-worker";

/**
 * Runs the worker loop inside this server process (the embedded database
 * allows one process). Returns a stop function that waits for the current
 * tick to hand back its work.
 */
export function startInProcessWorker(): () => Promise<void> {
  const controller = new AbortController();
  const running = getDb().then((db) => runWorker(db, { signal: controller.signal, log: (l) => getLogger().info({ worker: "in-process" }, l) }));
  return async () => {
    controller.abort();
    await running.catch(() => {});
  };
}
