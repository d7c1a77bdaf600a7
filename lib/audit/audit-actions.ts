// Every action the audit log records, as `area.verb`, with what its row
// carries: the kind of entity it is about and the shape of its `data`. A new
// action is added here first; recordAudit() accepts no other.

/** `{ field: [before, after] }` of an edit. */
type Diff = Record<string, [unknown, unknown]>;
type Note = string | null;
type Token = { ownerId: string; ownerEmail: string; name: string; prefix: string };

export interface AuditRows {
  /** The owner opened the confirmation link mailed at sign-up. */
  "account.address-confirm": { entityType: "User"; data: undefined };
  "account.password-change": { entityType: "User"; data: undefined };
  /** An e-mail link proved an address whose password was never proven: that password was removed, other sessions ended. */
  "account.unproven-password-remove": { entityType: "User"; data: undefined };
  "account.update": { entityType: "User"; data: { name: string | null } };
  "feed.add": { entityType: "Feed"; data: { url: string; requestedUrl: string } };
  "feed.auto-disable": { entityType: "Feed"; data: { url: string; errors: number; lastError: string } };
  "feed.delete": { entityType: "Feed"; data: { url: string; title: string | null; items: number } };
  "feed.fetch-now": { entityType: "Feed"; data: { url: string } };
  /** entityId is "opml": an import touches many feeds. */
  "feed.import-opml": { entityType: "Feed"; data: { added: number; existing: number; invalid: number; addedUrls: string[] } };
  /** The user's private Atom feed, not a news feed. */
  "feed.revoke": { entityType: "User"; data: undefined };
  "feed.rotate": { entityType: "User"; data: undefined };
  "feed.update": { entityType: "Feed"; data: { url: string; version: number; diff: Diff; reason?: string } };
  "leaderboard.battles-import": {
    entityType: "Leaderboard";
    data: { leaderboard: string; importId: string; imported: number; createdModels: string[]; recomputeJob: string; models: number };
  };
  "leaderboard.create": { entityType: "Leaderboard"; data: { slug: string } };
  "leaderboard.import": {
    entityType: "Leaderboard";
    data: { leaderboard: string; created: number; replaced: number; capturedAt: string[]; models: string[]; format: "csv" | "json" };
  };
  "leaderboard.ratings-recompute": {
    entityType: "Leaderboard";
    data: { battles: number; models: number; points: number; anchor: string; rankChanges: number };
  };
  "leaderboard.ratings-recompute-request": {
    entityType: "Leaderboard";
    data: { job: string; anchor: { model: string; rating: number } | null };
  };
  "leaderboard.source-reparse": {
    entityType: "Leaderboard";
    data: { sourceId: string; versionId: string; entries: number; unmatched: number };
  };
  /** A fetched (or backfilled) publication stored as a version of the board. */
  "leaderboard.source-version": {
    entityType: "Leaderboard";
    data: { sourceId: string; versionId: string; versionDate: string; entries: number; unmatched: number; backfilled: boolean };
  };
  "model.alias-add": { entityType: "Model"; data: { slug: string; alias: string; aliasId: string } };
  "model.alias-remove": { entityType: "Model"; data: { slug: string; alias: string } };
  "model.create": { entityType: "Model"; data: { slug: string; name: string } };
  "model.lifecycle": { entityType: "Model"; data: { slug: string; lifecycleEventId: string; from: string; to: string } };
  "model.merge": {
    entityType: "Model";
    data: { from: string; fromId: string; into: string; note: string; moved: Record<string, number> };
  };
  "model.update": { entityType: "Model"; data: { slug: string; version: number; diff: Diff } };
  "news.proposal-accept": {
    entityType: "NewsItem";
    data: { index: number; kind: string; category: string; model: string; claimId: string };
  };
  "notifications.digest": { entityType: "User"; data: { digest: string } };
  "notifications.unsubscribe": { entityType: "User"; data: undefined };
  "source.auto-disable": { entityType: "LeaderboardSource"; data: { url: string; errors: number } };
  /** secretHeaders: the names only, never the values. */
  "source.create": {
    entityType: "LeaderboardSource";
    data: { leaderboard: string; url: string; adapter: string; selector: string | null; secretHeaders: string[] };
  };
  /** Names of secret headers set or removed, never their values. */
  "source.update": {
    entityType: "LeaderboardSource";
    data: { leaderboard: string; url: string; version: number; diff: Diff; reason?: string; headersSet: string[]; headersRemoved: string[] };
  };
  "source.delete": { entityType: "LeaderboardSource"; data: { leaderboard: string; url: string; versions: number } };
  "source.fetch-now": { entityType: "LeaderboardSource"; data: { leaderboard: string; url: string; status: string } };
  "source.backfill": { entityType: "LeaderboardSource"; data: { leaderboard: string; url: string; files: number; stored: number } };
  "source-name.anonymous": { entityType: "SourceName"; data: { sourceKey: string; model: string; created: boolean; attached: number } };
  "source-name.create-model": { entityType: "SourceName"; data: { sourceKey: string; model: string; created: boolean; attached: number } };
  "source-name.map": { entityType: "SourceName"; data: { sourceKey: string; model: string; created: boolean; attached: number } };
  "token.create": { entityType: "ApiToken"; data: Token & { expiresAt: string | null } };
  "token.create-for-user": { entityType: "ApiToken"; data: Token & { expiresAt: string | null } };
  "token.revoke": { entityType: "ApiToken"; data: Token };
  "token.revoke-for-user": { entityType: "ApiToken"; data: Token };
  "user.disable": { entityType: "User"; data: { email: string; note: Note } };
  "user.enable": { entityType: "User"; data: { email: string; note: Note } };
  "user.role-change": { entityType: "User"; data: { from: string | null; to: string | null; email: string; note: Note } };
  /** A subscriber watches a board, or changes what they watch on it. */
  "watch.board-set": { entityType: "BoardWatch"; data: { leaderboard: string; created: boolean; signals: string[]; channels: string[] } };
  "watch.board-remove": { entityType: "BoardWatch"; data: { leaderboard: string } };
  "webhook.create": { entityType: "Webhook"; data: { url: string } };
  "webhook.delete": { entityType: "Webhook"; data: { url: string } };
}

export type AuditAction = keyof AuditRows;

/** The actions in the order the admin page offers them as a filter. */
export const AUDIT_ACTIONS = [
  "account.address-confirm",
  "account.password-change",
  "account.unproven-password-remove",
  "account.update",
  "feed.add",
  "feed.auto-disable",
  "feed.delete",
  "feed.fetch-now",
  "feed.import-opml",
  "feed.revoke",
  "feed.rotate",
  "feed.update",
  "leaderboard.battles-import",
  "leaderboard.create",
  "leaderboard.import",
  "leaderboard.ratings-recompute",
  "leaderboard.ratings-recompute-request",
  "leaderboard.source-reparse",
  "leaderboard.source-version",
  "model.alias-add",
  "model.alias-remove",
  "model.create",
  "model.lifecycle",
  "model.merge",
  "model.update",
  "news.proposal-accept",
  "notifications.digest",
  "notifications.unsubscribe",
  "source.auto-disable",
  "source.backfill",
  "source.create",
  "source.delete",
  "source.fetch-now",
  "source.update",
  "source-name.anonymous",
  "source-name.create-model",
  "source-name.map",
  "token.create",
  "token.create-for-user",
  "token.revoke",
  "token.revoke-for-user",
  "user.disable",
  "user.enable",
  "user.role-change",
  "watch.board-remove",
  "watch.board-set",
  "webhook.create",
  "webhook.delete",
] as const satisfies readonly AuditAction[];

// Every action of AuditRows is in the list (the `satisfies` above checks the converse).
export type AuditActionsListed = [AuditAction] extends [(typeof AUDIT_ACTIONS)[number]] ? true : never;
const _everyActionListed: AuditActionsListed = true;

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
