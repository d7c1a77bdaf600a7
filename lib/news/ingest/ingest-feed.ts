import type { Db, Tx } from "../../db";
import { getEnv } from "../../env";
import { getLogger } from "../../log/logger";
import { runMutation } from "../../db/run-mutation";
import { recordAudit } from "../../audit/record-audit";
import { recordSignal } from "../../watch/record-signal";
import type { ModelNames } from "../match/match-models";
import { FeedFetchError } from "./feed-fetch-error";
import { errorDelayMs, successDelayMs } from "./feed-retry-delay";
import type { FetchFeedOptions } from "./fetch-feed";
import { readFeed, type ReadFeedResult } from "./read-feed";
import { storeFeedItems } from "./store-feed-items";

/** Consecutive errors after which a feed counts as broken (one signal, not one per fetch). */
export const FEED_BROKEN_AFTER = 3;
/**
 * Consecutive errors after which a feed is disabled, with the reason on its
 * row for the health page (with backoff, about a week of failures at the default
 * interval). A feed an editor re-enables that fails again is disabled again.
 */
export const FEED_DISABLED_AFTER = 10;

export interface IngestFeedOptions {
  /** Defaults to FEED_ALLOW_PRIVATE_NETWORKS. */
  allowPrivateNetworks?: boolean;
  /** Name lists for model matching; loaded from the database when omitted (a run loads them once). */
  models?: readonly ModelNames[];
  /** Title words a run has found common (see assignNewsClusters); shared by the run's feeds. */
  commonWords?: Set<string>;
  fetch?: Omit<FetchFeedOptions, "etag" | "lastModified" | "allowPrivateNetworks">;
  now?: () => Date;
}

export interface IngestFeedResult {
  feedId: string;
  url: string;
  status: "ok" | "not-modified" | "error" | "missing";
  newItems: number;
  /** Items the fetch served that this feed had stored already (left out before sanitizing). */
  alreadyStored: number;
  error: string | null;
}

/** What ingestion reads of a feed. */
type Feed = Pick<
  NonNullable<Awaited<ReturnType<Db["feed"]["findUnique"]>>>,
  "id" | "url" | "title" | "enabled" | "intervalMinutes" | "etag" | "lastModified" | "consecutiveErrors" | "lastSuccessAt"
>;

// The per-feed statements are raw SQL: at hundreds of feeds a run, Prisma's query
// compiler cost several times what the database did (bench/ingest profile).
async function readFeedRow(db: Db, feedId: string): Promise<Feed | null> {
  const rows = await db.$queryRaw<Feed[]>`
    SELECT "id", "url", "title", "enabled", "intervalMinutes", "etag", "lastModified", "consecutiveErrors", "lastSuccessAt" FROM "Feed" WHERE "id" = ${feedId}`;
  return rows[0] ?? null;
}

/** Which of these GUID hashes the feed has stored (outside the write transaction: it only saves work, the write checks again). */
async function storedGuidHashes(db: Db, feedId: string, guidHashes: string[]): Promise<Set<string>> {
  if (guidHashes.length === 0) return new Set();
  const rows = await db.$queryRaw<{ guidHash: string }[]>`
    SELECT "guidHash" FROM "NewsItem" WHERE "feedId" = ${feedId} AND "guidHash" = ANY(${guidHashes}::text[])`;
  return new Set(rows.map((r) => r.guidHash));
}

/** Every model's name and aliases, for matching news against the catalog. */
export async function loadModelNames(db: Db): Promise<ModelNames[]> {
  const models = await db.model.findMany({ select: { id: true, name: true, aliases: { select: { normalized: true } } } });
  return models.map((m) => ({ modelId: m.id, names: [m.name, ...m.aliases.map((a) => a.normalized)] }));
}

const feedLabel = (feed: Feed) => feed.title ?? feed.url;

/**
 * Fetches one feed and records the outcome. The network fetch happens before
 * the transaction (a slow server never holds a database transaction open);
 * items, health fields, the lease release and broken/recovered signals then
 * commit together. Never throws: every failure ends up on the feed row.
 */
export async function ingestFeed(db: Db, feedId: string, opts: IngestFeedOptions = {}): Promise<IngestFeedResult> {
  const feed = await readFeedRow(db, feedId);
  if (!feed) return { feedId, url: "", status: "missing", newItems: 0, alreadyStored: 0, error: null };
  const now = opts.now ?? (() => new Date());
  const attemptedAt = now();
  let read: ReadFeedResult;
  try {
    read = await readFeed(feed.url, {
      ...opts.fetch,
      now,
      etag: feed.etag,
      lastModified: feed.lastModified,
      allowPrivateNetworks: opts.allowPrivateNetworks ?? getEnv().FEED_ALLOW_PRIVATE_NETWORKS,
      // A feed never fetched has nothing stored: no lookup on a first (cold) fetch.
      storedHashes: feed.lastSuccessAt ? (hashes) => storedGuidHashes(db, feedId, hashes) : undefined,
    });
  } catch (error) {
    return recordFailure(db, feed, error, attemptedAt);
  }
  try {
    const models = read.kind === "fetched" ? (opts.models ?? (await loadModelNames(db))) : [];
    const newItems = await runMutation(db, null, async ({ tx }) => {
      const stored =
        read.kind === "fetched"
          ? await storeFeedItems(tx, {
              feedId,
              sourceName: feed.title ?? read.feed.title,
              fallbackUrl: read.feed.link ?? feed.url,
              items: read.feed.items,
              feedLanguage: read.feed.language,
              models,
              commonWords: opts.commonWords,
            })
          : 0;
      const nextFetchAt = new Date(attemptedAt.getTime() + successDelayMs(feed.intervalMinutes, read.nextFetchDelayMs));
      if (read.kind === "fetched") {
        // The feed's own title only where no editor set one (COALESCE in the statement: one may be setting it now).
        await tx.$executeRaw`
          UPDATE "Feed" SET "etag" = ${read.etag}, "lastModified" = ${read.lastModified}, "siteUrl" = COALESCE(${read.feed.link}, "siteUrl"),
            "title" = COALESCE("title", ${read.feed.title}), "lastStatus" = ${read.status}, "lastAttemptAt" = ${attemptedAt},
            "lastSuccessAt" = ${attemptedAt}, "consecutiveErrors" = 0, "lastError" = NULL, "nextFetchAt" = ${nextFetchAt},
            "leaseUntil" = NULL, "updatedAt" = ${new Date()}
          WHERE "id" = ${feedId}`;
      } else {
        await tx.$executeRaw`
          UPDATE "Feed" SET "lastStatus" = 304, "lastAttemptAt" = ${attemptedAt}, "lastSuccessAt" = ${attemptedAt}, "consecutiveErrors" = 0,
            "lastError" = NULL, "nextFetchAt" = ${nextFetchAt}, "leaseUntil" = NULL, "updatedAt" = ${new Date()}
          WHERE "id" = ${feedId}`;
      }
      if (feed.consecutiveErrors >= FEED_BROKEN_AFTER) await signal(tx, feed, "FEED_RECOVERED", null);
      return stored;
    });
    const alreadyStored = read.kind === "fetched" ? read.feed.alreadyStored : 0;
    return { feedId, url: feed.url, status: read.kind === "fetched" ? "ok" : "not-modified", newItems, alreadyStored, error: null };
  } catch (error) {
    return recordFailure(db, feed, error, attemptedAt);
  }
}

async function recordFailure(db: Db, feed: Feed, error: unknown, attemptedAt: Date): Promise<IngestFeedResult> {
  const fetchError = error instanceof FeedFetchError ? error : null;
  // Anything else (a database hiccup while storing) is still this feed's failure, not the run's.
  const message = fetchError ? `${fetchError.code}: ${fetchError.message}` : `internal: ${error instanceof Error ? error.message : String(error)}`;
  const errors = feed.consecutiveErrors + 1;
  const disable = errors >= FEED_DISABLED_AFTER;
  try {
    await runMutation(db, null, async ({ tx }) => {
      await tx.feed.update({
        where: { id: feed.id },
        data: {
          lastAttemptAt: attemptedAt,
          lastStatus: fetchError?.details.status ?? null,
          consecutiveErrors: errors,
          lastError: message.slice(0, 1000),
          nextFetchAt: new Date(attemptedAt.getTime() + errorDelayMs(feed.intervalMinutes, errors, fetchError?.details.retryAfterMs)),
          leaseUntil: null,
          // Disabling is a settings change: an editor's edit from before it gets a 409, not an overwrite.
          ...(disable ? { enabled: false, disabledReason: autoDisabledReason(errors, message), version: { increment: 1 } } : {}),
        },
      });
      if (errors === FEED_BROKEN_AFTER) await signal(tx, feed, "FEED_BROKEN", message);
      if (disable && feed.enabled) {
        await recordAudit(tx, { actor: null, action: "feed.auto-disable", entityType: "Feed", entityId: feed.id, data: { url: feed.url, errors, lastError: message.slice(0, 1000) } });
      }
    });
  } catch (writeError) {
    // The lease expires on its own; the next run retries the feed.
    getLogger().error({ feed: feed.id, err: writeError }, "could not record the failure of a feed");
  }
  getLogger().info({ feed: feed.id, url: feed.url, error: message }, "feed fetch failed");
  return { feedId: feed.id, url: feed.url, status: "error", newItems: 0, alreadyStored: 0, error: message };
}

/** The reason shown on a feed ingestion disabled. */
export function autoDisabledReason(errors: number, lastError: string): string {
  return `disabled automatically after ${errors} consecutive errors (last: ${lastError.slice(0, 300)})`;
}

function signal(tx: Tx, feed: Feed, type: "FEED_BROKEN" | "FEED_RECOVERED", error: string | null): Promise<void> {
  const title = type === "FEED_BROKEN" ? `Feed broken: ${feedLabel(feed)}` : `Feed recovered: ${feedLabel(feed)}`;
  return recordSignal(tx, { type, feedId: feed.id, title, payload: { url: feed.url, error } });
}
