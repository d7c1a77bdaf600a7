import { randomUUID } from "node:crypto";
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
export function recordSignal(tx: Tx, signal: SignalInput): Promise<void> {
  return recordSignals(tx, [signal]);
}

/**
 * Several signals of one change in one statement (ingest proposing claim changes for a whole
 * feed). Raw SQL from one JSON parameter: Prisma's query compiler costs more per row than the
 * database does, and ingest runs this for every feed (bench/ingest).
 */
export async function recordSignals(tx: Tx, signals: readonly SignalInput[]): Promise<void> {
  if (signals.length === 0) return;
  // Timestamps without a zone holding UTC, as Prisma writes them.
  const now = new Date().toISOString();
  const rows = signals.map((s) => ({
    id: randomUUID(),
    type: s.type,
    title: s.title,
    modelId: s.modelId ?? null,
    claimId: s.claimId ?? null,
    leaderboardId: s.leaderboardId ?? null,
    feedId: s.feedId ?? null,
    newsItemId: s.newsItemId ?? null,
    actorId: s.actorId ?? null,
    payload: s.payload ?? {},
    verified: s.verified ?? false,
  }));
  await tx.$executeRaw`
    INSERT INTO "Signal" ("id", "type", "title", "modelId", "claimId", "leaderboardId", "feedId", "newsItemId", "actorId", "payload",
      "verified", "occurredAt", "createdAt")
    SELECT r."id", r."type", r."title", r."modelId", r."claimId", r."leaderboardId", r."feedId", r."newsItemId", r."actorId", r."payload",
      r."verified", ${now}::timestamp(3), ${now}::timestamp(3)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("id" text, "type" "SignalType", "title" text, "modelId" text, "claimId" text,
      "leaderboardId" text, "feedId" text, "newsItemId" text, "actorId" text, "payload" jsonb, "verified" boolean)`;
}
