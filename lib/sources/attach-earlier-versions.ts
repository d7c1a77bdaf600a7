import { gunzipSync } from "node:zlib";
import { writeSnapshotRows, type ResolvedSnapshotRow } from "@/lib/catalog/write-snapshot-rows";
import type { Tx } from "@/lib/db";
import { readSourceBody } from "./read-publication";
import { toSnapshotRow } from "./write-version-entries";

/**
 * A name just mapped to a model gets its history: every stored version of the
 * source is re-read from its kept body, and where the name appears (and the
 * model has no snapshot on the board at that date yet) its figures become the
 * model's snapshot then. History, not news: no signals. Returns the number of
 * snapshots written.
 */
export async function attachEarlierVersions(tx: Tx, sourceId: string, sourceKey: string, model: { id: string; slug: string }): Promise<number> {
  const source = await tx.leaderboardSource.findUniqueOrThrow({
    where: { id: sourceId },
    select: { adapter: true, selector: true, mapping: true, leaderboard: { select: { id: true, slug: true, name: true, method: true, minVotes: true } } },
  });
  const board = source.leaderboard;
  // The board's snapshots are re-ranked below: one writer per board at a time, as imports and fetches do.
  await tx.$executeRaw`SELECT 1 FROM "Leaderboard" WHERE id = ${board.id} FOR UPDATE`;
  const versions = await tx.sourceVersion.findMany({ where: { sourceId }, orderBy: { versionDate: "asc" }, select: { id: true, body: true, versionDate: true } });
  const taken = new Set(
    (await tx.eloSnapshot.findMany({ where: { leaderboardId: board.id, modelId: model.id, method: "PUBLISHED" }, select: { capturedAt: true } })).map((s) =>
      s.capturedAt.getTime(),
    ),
  );
  const rows: ResolvedSnapshotRow[] = [];
  const versionIds: string[] = [];
  for (const v of versions) {
    if (taken.has(v.versionDate.getTime())) continue;
    const read = readSourceBody(source, gunzipSync(v.body));
    const entry = read.ok ? read.board.entries.find((e) => e.sourceKey === sourceKey) : undefined;
    if (!entry) continue;
    versionIds.push(v.id);
    rows.push(toSnapshotRow(entry, model, v.versionDate));
  }
  if (rows.length === 0) return 0;
  await writeSnapshotRows(tx, board, null, rows, { signals: false });
  await tx.sourceVersion.updateMany({ where: { id: { in: versionIds }, unmatchedCount: { gt: 0 } }, data: { unmatchedCount: { decrement: 1 } } });
  return rows.length;
}
