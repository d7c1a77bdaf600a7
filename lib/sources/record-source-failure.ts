import { recordAudit } from "@/lib/audit/record-audit";
import type { Db, Tx } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { errorDelayMs } from "@/lib/news/ingest/feed-retry-delay";
import { recordSignal } from "@/lib/watch/record-signal";

/** Consecutive errors after which a source counts as broken (one signal per episode), as feeds do. */
export const SOURCE_BROKEN_AFTER = 3;
/** Consecutive errors after which a source is disabled, with the reason on its row. */
export const SOURCE_DISABLED_AFTER = 10;

/** A fetch or a reading that failed: `code` from the fetcher (`timeout`, `private-address`…) or `bad-content`. */
export class SourceError extends Error {
  override readonly name = "SourceError";
  constructor(
    readonly code: string,
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

interface FailingSource {
  id: string;
  url: string;
  intervalMinutes: number;
  consecutiveErrors: number;
  enabled: boolean;
}

function sourceSignal(tx: Tx, leaderboardId: string, source: FailingSource, type: "SOURCE_BROKEN" | "SOURCE_RECOVERED", error: string | null) {
  const title = type === "SOURCE_BROKEN" ? `Leaderboard source broken: ${source.url}` : `Leaderboard source recovered: ${source.url}`;
  return recordSignal(tx, { type, leaderboardId, title, payload: { sourceId: source.id, url: source.url, error } });
}

/** In a success's transaction: the recovered signal when the source had been broken. */
export async function recoveredIfBroken(tx: Tx, source: FailingSource): Promise<void> {
  if (source.consecutiveErrors < SOURCE_BROKEN_AFTER) return;
  const row = await tx.leaderboardSource.findUniqueOrThrow({ where: { id: source.id }, select: { leaderboardId: true } });
  await sourceSignal(tx, row.leaderboardId, source, "SOURCE_RECOVERED", null);
}

/**
 * Records a failed attempt on the source and nothing else: backoff (never
 * sooner than Retry-After or a rate-limit reset), the error (never a request
 * header), the broken signal on the third error in a row, and after ten the
 * source disabled with its reason. Returns the message recorded.
 */
export async function recordSourceFailure(db: Db, source: FailingSource, error: unknown, attemptedAt: Date): Promise<string> {
  const known = error instanceof SourceError ? error : null;
  const message = known ? `${known.code}: ${known.message}` : `internal: ${error instanceof Error ? error.message : String(error)}`;
  const errors = source.consecutiveErrors + 1;
  const disable = errors >= SOURCE_DISABLED_AFTER;
  try {
    await runMutation(db, null, async ({ tx }) => {
      const row = await tx.leaderboardSource.update({
        where: { id: source.id },
        data: {
          lastAttemptAt: attemptedAt,
          lastStatus: known?.status ?? null,
          consecutiveErrors: errors,
          lastError: message.slice(0, 1000),
          nextFetchAt: new Date(attemptedAt.getTime() + errorDelayMs(source.intervalMinutes, errors, known?.retryAfterMs)),
          leaseUntil: null,
          ...(disable ? { enabled: false, disabledReason: `disabled automatically after ${errors} consecutive errors (last: ${message.slice(0, 300)})`, version: { increment: 1 } } : {}),
        },
        select: { leaderboardId: true },
      });
      if (errors === SOURCE_BROKEN_AFTER) await sourceSignal(tx, row.leaderboardId, source, "SOURCE_BROKEN", message.slice(0, 1000));
      if (disable && source.enabled) {
        await recordAudit(tx, { actor: null, action: "source.auto-disable", entityType: "LeaderboardSource", entityId: source.id, data: { url: source.url, errors } });
      }
    });
  } catch (writeError) {
    // The lease expires on its own; the next run retries the source.
    console.error(`[sources] could not record the failure of source ${source.id}:`, writeError instanceof Error ? writeError.message : writeError);
  }
  return message;
}
