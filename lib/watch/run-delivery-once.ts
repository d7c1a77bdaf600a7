// One full pass of the subscriber pipeline, for `mw deliver --once`, tests and
// the worker's tick: re-check signals, fan-out of every waiting signal, then
// every due delivery.
import type { Db } from "../db";
import { deliverDue } from "./deliver-due";
import type { DeliveryTransport } from "./delivery-transport";
import { fanOutSignals } from "./fan-out-signals";
import { recordRecheckDue } from "./record-recheck-due";

export interface DeliveryRunReport {
  recheckSignals: number;
  signals: number;
  notifications: number;
  sent: number;
  failed: number;
}

export async function runDeliveryOnce(
  db: Db,
  opts: { transport: DeliveryTransport; leaseMs?: number; batch?: number; onProgress?: (r: DeliveryRunReport) => void },
): Promise<DeliveryRunReport> {
  const report: DeliveryRunReport = { recheckSignals: await recordRecheckDue(db), signals: 0, notifications: 0, sent: 0, failed: 0 };
  for (;;) {
    const f = await fanOutSignals(db, { limit: 50 });
    report.signals += f.signals;
    report.notifications += f.notifications;
    if (f.signals < 50) break;
  }
  // Failed rows are rescheduled into the future, so this loop ends.
  for (;;) {
    const d = await deliverDue(db, { limit: opts.batch ?? 100, transport: opts.transport, leaseMs: opts.leaseMs });
    report.sent += d.sent;
    report.failed += d.failed;
    opts.onProgress?.(report);
    if (d.claimed === 0) break;
  }
  return report;
}
