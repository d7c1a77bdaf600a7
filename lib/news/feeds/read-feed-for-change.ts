// Optimistic concurrency for feed settings, as for claims and models: a change
// applies only to the version the editor read, and the conditional UPDATE is
// the arbiter when two editors race.
import type { Prisma, Tx } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { toFeedHealth } from "./list-feed-health";

export async function readFeedOrThrow(tx: Tx, feedId: string) {
  const feed = await tx.feed.findUnique({ where: { id: feedId } });
  if (!feed) throw new NotFoundError(`No feed has the id "${feedId}".`);
  return feed;
}

function staleFeed(feed: Awaited<ReturnType<typeof readFeedOrThrow>>, expectedVersion: number): ConflictError {
  return new ConflictError(
    `This feed was changed since you read it (you sent version ${expectedVersion}, it is at ${feed.version}). Nothing was saved: review the current state and apply your change again.`,
    { current: toFeedHealth(feed) },
  );
}

/** Applies `data` and increments the version only if nobody else did first. */
export async function bumpFeedVersion(tx: Tx, feedId: string, expectedVersion: number, data: Prisma.FeedUpdateManyMutationInput) {
  const { count } = await tx.feed.updateMany({ where: { id: feedId, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw staleFeed(await readFeedOrThrow(tx, feedId), expectedVersion);
  return readFeedOrThrow(tx, feedId);
}

/** The feed as the editor read it; a stale version is refused before any work. */
export async function readFeedForChange(tx: Tx, feedId: string, expectedVersion: number) {
  const feed = await readFeedOrThrow(tx, feedId);
  if (feed.version !== expectedVersion) throw staleFeed(feed, expectedVersion);
  return feed;
}
