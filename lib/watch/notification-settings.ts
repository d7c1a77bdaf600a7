import type { Actor } from "../auth/actor";
import { newOneTimeToken } from "../auth/one-time-token";
import { recordAudit } from "../audit/record-audit";
import type { Db, DigestFrequency } from "../db";
import { runMutation } from "../db/run-mutation";

export interface NotificationSettings {
  digest: DigestFrequency;
  /** Only right after the feed URL is created: it holds the secret. */
  feedUrl: string | null;
  hasFeed: boolean;
}

export async function getNotificationSettings(db: Db, userId: string): Promise<NotificationSettings> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { digest: true, feedTokenHash: true } });
  return { digest: user.digest, feedUrl: null, hasFeed: user.feedTokenHash !== null };
}

export async function setDigestFrequency(db: Db, actor: Actor, digest: DigestFrequency): Promise<NotificationSettings> {
  await runMutation(db, actor, async ({ tx }) => {
    await tx.user.update({ where: { id: actor.userId }, data: { digest } });
    await recordAudit(tx, { actor, action: "notifications.digest", entityType: "User", entityId: actor.userId, data: { digest } });
  });
  return getNotificationSettings(db, actor.userId);
}

/** The path of a private feed, from its secret. */
export function privateFeedPath(token: string): string {
  return `/feeds/me/${token}`;
}

/** A new secret feed URL (the previous one stops working); only its hash is stored. */
export async function rotateFeedToken(db: Db, actor: Actor): Promise<NotificationSettings> {
  const { token, tokenHash } = newOneTimeToken();
  await runMutation(db, actor, async ({ tx }) => {
    await tx.user.update({ where: { id: actor.userId }, data: { feedTokenHash: tokenHash } });
    await recordAudit(tx, { actor, action: "feed.rotate", entityType: "User", entityId: actor.userId });
  });
  return { ...(await getNotificationSettings(db, actor.userId)), feedUrl: privateFeedPath(token) };
}

export async function revokeFeedToken(db: Db, actor: Actor): Promise<NotificationSettings> {
  await runMutation(db, actor, async ({ tx }) => {
    await tx.user.update({ where: { id: actor.userId }, data: { feedTokenHash: null } });
    await recordAudit(tx, { actor, action: "feed.revoke", entityType: "User", entityId: actor.userId });
  });
  return getNotificationSettings(db, actor.userId);
}
