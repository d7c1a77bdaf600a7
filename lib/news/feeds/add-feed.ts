import type { AddFeedBody, FeedHealth } from "./feed-types";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { runMutation } from "@/lib/db/run-mutation";
import { ConflictError, PolicyViolationError } from "@/lib/errors";
import { decodeFeedBody } from "../ingest/decode-feed-body";
import { discoverFeedUrl } from "../ingest/discover-feed-url";
import { FeedFetchError } from "../ingest/feed-fetch-error";
import { fetchFeed } from "../ingest/fetch-feed";
import { parseFeed } from "../ingest/parse-feed";
import { readFeed } from "../ingest/read-feed";
import { toFeedHealth } from "./list-feed-health";

export interface AddFeedOptions {
  allowPrivateNetworks: boolean;
}

const NOT_A_FEED = "url-is-feed";

async function refuseDuplicate(db: Db, url: string): Promise<void> {
  const existing = await db.feed.findUnique({ where: { url }, select: { id: true } });
  if (existing) throw new ConflictError(`The feed ${url} is already there.`, { feedId: existing.id });
}

/**
 * The feed a URL stands for: the URL itself when it serves RSS/Atom, else the
 * feed its HTML page announces (checked by reading it). Fetched with the same
 * safety rules as ingestion, before any transaction.
 */
async function resolveFeedUrl(url: string, opts: AddFeedOptions): Promise<string> {
  try {
    const fetched = await fetchFeed(url, { allowPrivateNetworks: opts.allowPrivateNetworks });
    if (fetched.kind === "not-modified") return url;
    const { text } = decodeFeedBody(fetched.body, fetched.contentType);
    try {
      await parseFeed(text, { url: fetched.url, fetchedAt: fetched.fetchedAt, maxItems: 1 });
      return url;
    } catch (error) {
      if (!(error instanceof FeedFetchError)) throw error;
    }
    const announced = discoverFeedUrl(text, fetched.url);
    if (!announced) throw new PolicyViolationError(`${url} is neither an RSS/Atom feed nor a page announcing one.`, NOT_A_FEED);
    await readFeed(announced, { allowPrivateNetworks: opts.allowPrivateNetworks, maxItems: 1 });
    return announced;
  } catch (error) {
    if (error instanceof FeedFetchError) {
      throw new PolicyViolationError(`${url} could not be read as a feed (${error.code}: ${error.message}).`, error.code === "bad-content" ? NOT_A_FEED : "feed-reachable");
    }
    throw error;
  }
}

/** Adds a feed by URL (a feed, or a page announcing one); it is due at once. */
export async function addFeed(db: Db, actor: Actor, body: AddFeedBody, opts: AddFeedOptions): Promise<FeedHealth> {
  await refuseDuplicate(db, body.url);
  const url = await resolveFeedUrl(body.url, opts);
  if (url !== body.url) await refuseDuplicate(db, url);
  const write = runMutation(db, actor, async ({ tx }) => {
    const feed = await tx.feed.create({ data: { url, title: body.title ?? null, intervalMinutes: body.intervalMinutes ?? 60 } });
    await recordAudit(tx, { actor, action: "feed.add", entityType: "Feed", entityId: feed.id, data: { url, requestedUrl: body.url } });
    return toFeedHealth(feed);
  });
  return write.catch((err: unknown) => {
    // Two editors adding the same feed at once: the unique URL decides.
    if (isUniqueViolation(err)) throw new ConflictError(`The feed ${url} is already there.`);
    throw err;
  });
}
