import { getEnv } from "../env";
import { runWorker, workerTick, newWorkerId } from "../jobs/run-worker";
import { createDeliveryTransport } from "../watch/delivery-transport";
import type { CliCommand } from "./cli-command";
import { openCliDatabase } from "./open-cli-database";
import { parseCommandFlags } from "./parse-command-flags";

export const workerCommand: CliCommand = {
  words: ["worker"],
  synopsis: "[--once]",
  summary: "Run background work: fetch due feeds (leased, so several workers share them) and queued jobs, until stopped.",
  details: [
    "--once  one pass (due feeds, then queued jobs), then exit",
    "Feeds fetched at the same time: MODELWATCH_INGEST_CONCURRENCY (default 8).",
    "SIGINT/SIGTERM: stops taking work, hands back unstarted feeds, finishes what is in flight.",
  ],
  async run(args, io) {
    const flags = parseCommandFlags(args, { once: { type: "boolean" } });
    // Before anything else: a worker sends mail and webhooks, whose links need the public URL.
    const transport = createDeliveryTransport(getEnv());
    const { db } = await openCliDatabase(io);
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    try {
      if (flags.once) await workerTick(db, { workerId: newWorkerId(), signal: controller.signal, transport });
      else await runWorker(db, { signal: controller.signal, log: io.out, transport });
    } finally {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    }
  },
};
