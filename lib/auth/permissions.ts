// The one role → permission table. Every mutation names the permission it
// needs (Endpoint.permission) and apiRoute() checks it here, on the server,
// against the role read from the database on this request.
import type { Role } from "../db/enums";

const EVERYONE_SIGNED_IN: readonly Role[] = ["SUBSCRIBER", "EDITOR", "ADMIN"];
const EDITORS: readonly Role[] = ["EDITOR", "ADMIN"];
const ADMINS: readonly Role[] = ["ADMIN"];

export const PERMISSIONS = {
  /** Own profile, password, API tokens. */
  "account.manage": EVERYONE_SIGNED_IN,
  /** Own watch-list, notification settings, webhooks. */
  "watchlist.manage": EVERYONE_SIGNED_IN,
  /** Create, edit, verify, retract claims and their sources. */
  "claims.edit": EDITORS,
  /** Create and edit models, aliases, lifecycle; merge models. */
  "models.edit": EDITORS,
  /** Create leaderboards, import and enter snapshots. */
  "leaderboards.edit": EDITORS,
  /** Work the news review queue. */
  "news.review": EDITORS,
  /** Add, edit and import news feeds. */
  "feeds.manage": EDITORS,
  /** Follow background jobs: ingestion runs, ratings recomputes. */
  "jobs.read": EDITORS,
  /** Change roles, disable accounts, issue and revoke anyone's tokens. */
  "users.manage": ADMINS,
  /** Read the admin audit log. */
  "audit.read": ADMINS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Every permission a role has, e.g. for showing or hiding navigation. */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}
