import { gunzipSync } from "node:zlib";
import { recordAudit } from "@/lib/audit/record-audit";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { NotFoundError } from "@/lib/errors";
import { readSourceBody } from "./read-publication";
import { writeVersionEntries } from "./write-version-entries";

export interface ReparseResult {
  versionDate: Date;
  status: "reparsed" | "error";
  entries: number;
  unmatched: number;
  error: string | null;
}

/**
 * Reads every stored version of a source again from its kept body, with the
 * source's adapter, selector and mapping as they are now (after an adapter
 * fix or a corrected selector), and writes its entries at the version's date
 * again: snapshots replaced or added, names remembered. History, not news: no
 * signals. A version the adapter still cannot read is reported and left as it was.
 */
export async function reparseSource(db: Db, sourceId: string, onVersion?: (r: ReparseResult) => void): Promise<ReparseResult[]> {
  const source = await db.leaderboardSource.findUnique({ where: { id: sourceId }, select: { id: true } });
  if (!source) throw new NotFoundError(`No leaderboard source with the id "${sourceId}".`);
  const versions = await db.sourceVersion.findMany({ where: { sourceId }, orderBy: { versionDate: "asc" }, select: { id: true, versionDate: true } });
  const results: ReparseResult[] = [];
  for (const v of versions) {
    const result = await runMutation(db, null, async ({ tx, invalidates }): Promise<ReparseResult> => {
      const [row] = await tx.$queryRaw<{ leaderboardId: string; createModels: boolean; adapter: string; selector: string | null; mapping: unknown }[]>`
        SELECT "leaderboardId", "createModels", "adapter", "selector", "mapping" FROM "LeaderboardSource" WHERE "id" = ${sourceId} FOR UPDATE`;
      if (!row) throw new NotFoundError(`No leaderboard source with the id "${sourceId}".`);
      const board = await tx.leaderboard.findUniqueOrThrow({
        where: { id: row.leaderboardId },
        select: { id: true, slug: true, name: true, method: true, minVotes: true, modality: true, alertTopN: true },
      });
      await tx.$executeRaw`SELECT 1 FROM "Leaderboard" WHERE id = ${board.id} FOR UPDATE`;
      const { body } = await tx.sourceVersion.findUniqueOrThrow({ where: { id: v.id }, select: { body: true } });
      const read = readSourceBody(row, gunzipSync(body));
      if (!read.ok) return { versionDate: v.versionDate, status: "error", entries: 0, unmatched: 0, error: read.error };
      const written = await writeVersionEntries(tx, { id: sourceId, createModels: row.createModels }, board, v.versionDate, read.board.entries, { news: false, firstVersion: false });
      await tx.sourceVersion.update({ where: { id: v.id }, data: { entryCount: read.board.entries.length, unmatchedCount: written.unmatched } });
      await recordAudit(tx, {
        actor: null,
        action: "leaderboard.source-reparse",
        entityType: "Leaderboard",
        entityId: board.id,
        data: { sourceId, versionId: v.id, entries: read.board.entries.length, unmatched: written.unmatched },
      });
      invalidates(cacheTags.board(board.slug), cacheTags.catalog, ...written.models.map(cacheTags.model));
      return { versionDate: v.versionDate, status: "reparsed", entries: read.board.entries.length, unmatched: written.unmatched, error: null };
    });
    results.push(result);
    onVersion?.(result);
  }
  return results;
}
