import type { Prisma, SignalType, Tx } from "../db";

export interface SignalInput {
  type: SignalType;
  title: string;
  modelId?: string | null;
  claimId?: string | null;
  leaderboardId?: string | null;
  feedId?: string | null;
  newsItemId?: string | null;
  actorId?: string | null;
  payload?: Prisma.InputJsonValue;
  /** Verified changes are listed first in digests. */
  verified?: boolean;
}

/**
 * Records that something happened to a model, in the transaction of the change
 * that caused it; fan-out to watchers reads these rows later (outbox).
 */
export async function recordSignal(tx: Tx, signal: SignalInput): Promise<void> {
  await tx.signal.create({ data: signal });
}

/** Several signals of one change in one statement (ingest proposing claim changes for a whole feed). */
export async function recordSignals(tx: Tx, signals: readonly SignalInput[]): Promise<void> {
  if (signals.length > 0) await tx.signal.createMany({ data: [...signals] });
}
