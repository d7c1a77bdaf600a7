// The one way to change data: the state change, its audit rows and its
// signals commit in one transaction; cache invalidation and other side
// effects run only after the commit succeeded.
import type { Actor } from "../auth/actor";
import { invalidateCache } from "../cache/invalidate-cache";
import { wakeWorkers } from "../jobs/wake-workers";
import { getLogger } from "../log/logger";
import type { Db, Tx } from "./index";

export interface MutationScope {
  tx: Tx;
  actor: Actor | null;
  /** Cache tags (lib/cache/cache-tags.ts) this change makes stale; expired after commit. */
  invalidates(...tags: string[]): void;
  /** Work that must not happen unless the change is committed (mail, webhooks, wake-ups). */
  afterCommit(effect: () => Promise<void> | void): void;
}

export async function runMutation<T>(
  db: Db,
  actor: Actor | null,
  change: (scope: MutationScope) => Promise<T>,
  /** Longer than the 30 s default for bulk writes (a million-battle import, a ratings recompute). */
  options: { timeoutMs?: number } = {},
): Promise<T> {
  const tags = new Set<string>();
  const effects: (() => Promise<void> | void)[] = [];
  const result = await db.$transaction(
    (tx) =>
      change({
        tx,
        actor,
        invalidates: (...t) => t.forEach((tag) => tags.add(tag)),
        afterCommit: (effect) => effects.push(effect),
      }),
    // The embedded database runs one transaction at a time: a burst of writes
    // queues, and Prisma's 2 s default wait would turn a queue into 500s.
    { maxWait: 30_000, timeout: options.timeoutMs ?? 30_000 },
  );
  await invalidateCache(tags);
  // The change may have recorded signals to fan out or queued a job: an in-process worker looks now, not at its next poll.
  wakeWorkers();
  for (const effect of effects) {
    try {
      await effect();
    } catch (err) {
      // The change is committed and stays; a failed side effect is logged, and
      // anything that must happen is an outbox row written in the transaction.
      getLogger().error({ err, userId: actor?.userId, tokenId: actor?.tokenId }, "after-commit effect failed");
    }
  }
  return result;
}
