import { createHash } from "node:crypto";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { getEnv } from "@/lib/env";
import { FeedFetchError } from "@/lib/news/ingest/feed-fetch-error";
import { successDelayMs } from "@/lib/news/ingest/feed-retry-delay";
import { fetchFeed, type FetchFeedOptions } from "@/lib/news/ingest/fetch-feed";
import { readSourceBody } from "./read-publication";
import { recordSourceFailure, recoveredIfBroken, SOURCE_BROKEN_AFTER, SourceError } from "./record-source-failure";
import { storeSourceVersion } from "./store-source-version";

export interface FetchSourceOptions {
  /** Defaults to FEED_ALLOW_PRIVATE_NETWORKS. */
  allowPrivateNetworks?: boolean;
  fetch?: Omit<FetchFeedOptions, "etag" | "lastModified" | "allowPrivateNetworks" | "headers" | "accept">;
  now?: () => Date;
}

export interface FetchSourceResult {
  sourceId: string;
  url: string;
  /** new-version: a changed body stored; unchanged: same body as the last version; not-modified: a 304. */
  status: "new-version" | "unchanged" | "not-modified" | "error" | "missing";
  entries: number;
  unmatched: number;
  error: string | null;
}

const ACCEPT = "application/json, text/csv;q=0.9, text/plain;q=0.8, */*;q=0.5";

export interface SourceRow {
  id: string;
  url: string;
  adapter: string;
  selector: string | null;
  mapping: unknown;
  intervalMinutes: number;
  etag: string | null;
  lastModified: string | null;
  consecutiveErrors: number;
  enabled: boolean;
  secretHeaders: unknown;
}

async function readSourceRow(db: Db, sourceId: string): Promise<SourceRow | null> {
  // The secret headers are omitted by default: asked for by name, for the request only.
  return db.leaderboardSource.findUnique({
    where: { id: sourceId },
    select: { id: true, url: true, adapter: true, selector: true, mapping: true, intervalMinutes: true, etag: true, lastModified: true, consecutiveErrors: true, enabled: true, secretHeaders: true },
  });
}

const asHeaders = (value: unknown): Record<string, string> =>
  value && typeof value === "object" ? Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string")) : {};


/**
 * Fetches one source and records the outcome. The request goes through the
 * news fetcher (addresses checked after DNS on every hop, time and size caps
 * while streaming, conditional GET, Retry-After and X-RateLimit-* honoured)
 * before any transaction; a 304 or a body equal to the last version's updates
 * only the source's health; a changed body that reads well becomes one version
 * and one dated snapshot of the board in one transaction. Never throws: every
 * failure ends up on the source row, nothing else written.
 */
export async function fetchSource(db: Db, sourceId: string, opts: FetchSourceOptions = {}): Promise<FetchSourceResult> {
  const source = await readSourceRow(db, sourceId);
  if (!source) return { sourceId, url: "", status: "missing", entries: 0, unmatched: 0, error: null };
  const now = opts.now ?? (() => new Date());
  const attemptedAt = now();
  const base = { sourceId, url: source.url };
  try {
    const fetched = await fetchFeed(source.url, {
      ...opts.fetch,
      now,
      accept: ACCEPT,
      headers: asHeaders(source.secretHeaders),
      etag: source.etag,
      lastModified: source.lastModified,
      allowPrivateNetworks: opts.allowPrivateNetworks ?? getEnv().FEED_ALLOW_PRIVATE_NETWORKS,
    });
    const nextFetchAt = new Date(attemptedAt.getTime() + successDelayMs(source.intervalMinutes, fetched.nextFetchDelayMs));
    const healthy = { lastAttemptAt: attemptedAt, lastSuccessAt: attemptedAt, consecutiveErrors: 0, lastError: null, nextFetchAt, leaseUntil: null };
    // Health only (and the recovered signal of a broken source). The board page says when its
    // numbers were last confirmed current, so its cached copy goes too.
    const markHealthy = (data: object) =>
      runMutation(db, null, async ({ tx, invalidates }) => {
        const row = await tx.leaderboardSource.update({ where: { id: sourceId }, data, select: { leaderboard: { select: { slug: true } } } });
        invalidates(cacheTags.board(row.leaderboard.slug));
        if (source.consecutiveErrors >= SOURCE_BROKEN_AFTER) await recoveredIfBroken(tx, source);
      });
    if (fetched.kind === "not-modified") {
      await markHealthy({ ...healthy, lastStatus: 304 });
      return { ...base, status: "not-modified", entries: 0, unmatched: 0, error: null };
    }
    const validators = { etag: fetched.etag, lastModified: fetched.lastModified, lastStatus: fetched.status };
    const bodyHash = createHash("sha256").update(fetched.body).digest("hex");
    const latest = await db.sourceVersion.findFirst({ where: { sourceId }, orderBy: { versionDate: "desc" }, select: { bodyHash: true, entryCount: true, unmatchedCount: true } });
    if (latest?.bodyHash === bodyHash) {
      await markHealthy({ ...healthy, ...validators });
      return { ...base, status: "unchanged", entries: latest.entryCount, unmatched: latest.unmatchedCount, error: null };
    }
    const read = readSourceBody(source, fetched.body);
    if (!read.ok) throw new SourceError("bad-content", read.error, fetched.status);
    const stored = await runMutation(db, null, async ({ tx, invalidates }) => {
      const result = await storeSourceVersion(tx, { sourceId, body: fetched.body, bodyHash, board: read.board, fetchedAt: fetched.fetchedAt, backfilled: false });
      await tx.leaderboardSource.update({ where: { id: sourceId }, data: { ...healthy, ...validators } });
      if (result.stored) invalidates(cacheTags.board(result.boardSlug), cacheTags.catalog, ...result.models.map(cacheTags.model));
      await recoveredIfBroken(tx, source);
      return result;
    });
    if (!stored.stored) return { ...base, status: "unchanged", entries: read.board.entries.length, unmatched: 0, error: null };
    return { ...base, status: "new-version", entries: stored.entries, unmatched: stored.unmatched, error: null };
  } catch (error) {
    const failure = error instanceof FeedFetchError ? new SourceError(error.code, error.message, error.details.status, error.details.retryAfterMs) : error;
    const message = await recordSourceFailure(db, source, failure, attemptedAt);
    return { ...base, status: "error", entries: 0, unmatched: 0, error: message };
  }
}
