import { z } from "zod";
import { getEnv } from "../env";
import { createDeliveryTransport } from "../watch/delivery-transport";
import { runDeliveryOnce } from "../watch/run-delivery-once";
import type { CliCommand } from "./cli-command";
import { CliUsageError } from "./cli-usage-error";
import { openCliDatabase } from "./open-cli-database";
import { parseCommandFlags, validateFlags } from "./parse-command-flags";

const flagOptions = { once: { type: "boolean" }, "lease-seconds": { type: "string" } } as const;
const deliverFlagsSchema = z.object({
  once: z.literal(true),
  "lease-seconds": z.coerce.number().int().min(1, "must be at least 1").max(3600, "must be at most 3600").default(60),
});

export function parseDeliverFlags(args: string[]): z.output<typeof deliverFlagsSchema> {
  const values = parseCommandFlags(args, flagOptions);
  if (!values.once) throw new CliUsageError("Missing --once.");
  return validateFlags(deliverFlagsSchema, values);
}

export const deliverCommand: CliCommand = {
  words: ["deliver"],
  synopsis: "--once [--lease-seconds N]",
  summary: "Fan out new signals to watchers, then send every due e-mail and webhook once.",
  details: [
    "--once             run the pipeline once until nothing is due, then exit",
    "--lease-seconds N  how long a claimed delivery is held before another run may retry it (default 60)",
  ],
  async run(args, io) {
    const flags = parseDeliverFlags(args);
    const transport = createDeliveryTransport(getEnv());
    const handle = await openCliDatabase(io);
    const report = await runDeliveryOnce(handle.db, { transport, leaseMs: flags["lease-seconds"] * 1000 });
    io.out(`signals fanned out: ${report.signals} (re-check due: ${report.recheckSignals})`);
    io.out(`notifications: ${report.notifications}`);
    io.out(`deliveries sent: ${report.sent}, failed (will retry or gave up): ${report.failed}`);
  },
};
