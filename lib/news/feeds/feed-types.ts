// Feeds and their health as editors see them, and what the feed changes take.
// lib/api/v1/schemas/feed-schemas.ts describes these shapes for HTTP; the
// compiler holds them equal.

export interface FeedHealth {
  id: string;
  /** The feed's own URL (RSS or Atom). */
  url: string;
  title: string | null;
  siteUrl: string | null;
  enabled: boolean;
  disabledReason: string | null;
  intervalMinutes: number;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** HTTP status of the last attempt (304: unchanged). */
  lastStatus: number | null;
  consecutiveErrors: number;
  /** `<code>: <message>` of the last failure, null after a success. */
  lastError: string | null;
  nextFetchAt: string;
  itemsLast7Days: number;
  itemsLast30Days: number;
  version: number;
}

export interface AddFeedBody {
  /** The feed, or an HTML page whose <link rel="alternate"> names one. */
  url: string;
  title?: string;
  intervalMinutes?: number;
}

export interface UpdateFeedBody {
  enabled?: boolean;
  /** Why the feed is disabled; goes only with `enabled: false`. */
  reason?: string;
  intervalMinutes?: number;
  title?: string | null;
}

export interface OpmlOutlineReport {
  /** The outline's `xmlUrl` as written. */
  url: string;
  title: string | null;
  result: "added" | "exists" | "invalid";
  reason: string | null;
  feedId: string | null;
}

export interface OpmlImportReport {
  added: number;
  existing: number;
  invalid: number;
  outlines: OpmlOutlineReport[];
}
