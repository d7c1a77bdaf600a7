import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { ConflictError, PolicyViolationError } from "@/lib/errors";
import { fetchSource, type FetchSourceOptions, type FetchSourceResult } from "./fetch-source";
import { readSourceOrThrow, type SourceForChange } from "./read-source-for-change";
import { loadSourceHealth, type SourceHealth } from "./source-health";

const LEASE_MS = 10 * 60_000;
const MINUTE = 60_000;

/**
 * Whether the publisher asked us to wait until `nextFetchAt`: a 429 or 503
 * (Retry-After), or a success scheduled later than the interval (its
 * rate-limit headers or max-age). "Fetch now" never sends a request the
 * source said it would refuse.
 */
export function publisherAskedToWait(s: Pick<SourceForChange, "lastStatus" | "lastAttemptAt" | "nextFetchAt" | "intervalMinutes" | "consecutiveErrors">, now: Date): boolean {
  if (s.nextFetchAt <= now) return false;
  if (s.lastStatus === 429 || s.lastStatus === 503) return true;
  return s.consecutiveErrors === 0 && s.lastAttemptAt !== null && s.nextFetchAt.getTime() > s.lastAttemptAt.getTime() + s.intervalMinutes * MINUTE;
}

/**
 * "Fetch now": leases the source (a worker holding it means it is being
 * fetched: 409) and fetches it in this request, so the editor sees the
 * outcome at once. Refused for a disabled source and while the publisher's
 * own wait runs.
 */
export async function fetchSourceNow(
  db: Db,
  actor: Actor,
  boardSlug: string,
  sourceId: string,
  opts: FetchSourceOptions = {},
): Promise<{ result: FetchSourceResult; source: SourceHealth }> {
  const now = opts.now?.() ?? new Date();
  await runMutation(db, actor, async ({ tx }) => {
    const source = await readSourceOrThrow(tx, boardSlug, sourceId);
    if (!source.enabled) throw new PolicyViolationError(`The source is disabled (${source.disabledReason ?? "no reason recorded"}); enable it to fetch it.`, "source-enabled");
    if (publisherAskedToWait(source, now)) {
      throw new PolicyViolationError(`The publisher asked for no request before ${source.nextFetchAt.toISOString()}; it is fetched then.`, "source-rate-limit");
    }
    const { count } = await tx.leaderboardSource.updateMany({
      where: { id: sourceId, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
      data: { leaseUntil: new Date(now.getTime() + LEASE_MS) },
    });
    if (count === 0) throw new ConflictError("A worker is fetching this source right now; its result shows when it is done.");
  });
  const result = await fetchSource(db, sourceId, opts);
  await runMutation(db, actor, async ({ tx }) => {
    await recordAudit(tx, { actor, action: "source.fetch-now", entityType: "LeaderboardSource", entityId: sourceId, data: { leaderboard: boardSlug, url: result.url, status: result.status } });
  });
  const [source] = await loadSourceHealth(db, { id: sourceId });
  return { result, source: source! };
}
