import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { readSourceOrThrow } from "./read-source-for-change";

export interface DeletedSource {
  id: string;
  url: string;
  /** Versions dropped with it; the board's snapshots from them stay as its history. */
  versions: number;
}

/**
 * Stops following a publication: the source, its kept versions and its
 * remembered names go; the snapshots its versions wrote stay on the board
 * as history (they are the board's figures, not the source's).
 */
export async function deleteSource(db: Db, actor: Actor, boardSlug: string, sourceId: string): Promise<DeletedSource> {
  return runMutation(db, actor, async ({ tx, invalidates }) => {
    const source = await readSourceOrThrow(tx, boardSlug, sourceId);
    const versions = await tx.sourceVersion.count({ where: { sourceId } });
    await tx.leaderboardSource.delete({ where: { id: sourceId } });
    await recordAudit(tx, { actor, action: "source.delete", entityType: "LeaderboardSource", entityId: sourceId, data: { leaderboard: boardSlug, url: source.url, versions } });
    // The board page's source line names this source.
    invalidates(cacheTags.board(boardSlug));
    return { id: sourceId, url: source.url, versions };
  });
}
