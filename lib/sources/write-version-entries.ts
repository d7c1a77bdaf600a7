import { createProvisionalModels, planProvisionalModels } from "@/lib/battles/create-provisional-models";
import { rankSnapshotGroup } from "@/lib/catalog/rank-snapshot-group";
import { writeSnapshotRows, type ResolvedSnapshotRow, type SnapshotBoard } from "@/lib/catalog/write-snapshot-rows";
import type { Modality, Tx } from "@/lib/db";
import { detectReanchoring } from "./detect-reanchoring";
import { rememberSourceNames } from "./remember-source-names";
import { loadNameIndex, lookUpName } from "./resolve-source-names";
import { loadPriorNames, signalNewContenders } from "./signal-new-contenders";
import type { SourceEntry } from "./source-entry";

export interface VersionBoard extends SnapshotBoard {
  modality: Modality;
  alertTopN: number;
}

/**
 * A version's entries into the board at its date, in the caller's transaction
 * (which holds the source and the board): names resolved (remembered mapping,
 * then slugs and aliases; with createModels, unknown names become provisional
 * models), matched entries written as PUBLISHED snapshots through the snapshot
 * import's path on the version's scale, every name remembered with its rank,
 * and new contenders signaled. `news: false` (a backfill, a re-parse) writes
 * history without signals.
 */
export async function writeVersionEntries(
  tx: Tx,
  source: { id: string; createModels: boolean },
  board: VersionBoard,
  versionDate: Date,
  entries: readonly SourceEntry[],
  opts: { news: boolean; firstVersion: boolean },
): Promise<{ unmatched: number; models: string[] }> {
  const remembered = new Map(
    (await tx.sourceName.findMany({ where: { sourceId: source.id, modelId: { not: null } }, select: { sourceKey: true, modelId: true } })).map(
      (n) => [n.sourceKey, n.modelId as string],
    ),
  );
  const index = await loadNameIndex(tx);
  const resolved = entries.map((entry) => ({
    entry,
    modelId: remembered.get(entry.sourceKey) ?? lookUpName(index, entry.displayName, entry.sourceKey),
  }));
  if (source.createModels) {
    const unknown = resolved.filter((r) => r.modelId === null);
    const plan = planProvisionalModels(unknown.map((r) => r.entry.displayName));
    const created = await createProvisionalModels(tx, plan.models, board.modality);
    for (const r of unknown) r.modelId = created.ids.get(r.entry.displayName) ?? null;
  }

  const slugs = new Map(
    (await tx.model.findMany({ where: { id: { in: [...new Set(resolved.flatMap((r) => (r.modelId ? [r.modelId] : [])))] } }, select: { id: true, slug: true } })).map(
      (m) => [m.id, m.slug],
    ),
  );
  const rows: ResolvedSnapshotRow[] = [];
  const taken = new Set<string>();
  // Two names of one model in one version (a codename and its reveal): the higher-rated stands for it.
  for (const { entry, modelId } of [...resolved].sort((a, b) => b.entry.rating - a.entry.rating)) {
    if (!modelId || taken.has(modelId)) continue;
    taken.add(modelId);
    rows.push(toSnapshotRow(entry, { id: modelId, slug: slugs.get(modelId) ?? modelId }, versionDate));
  }
  const scale = await scaleOf(tx, source.id, board.id, versionDate, rows);
  for (const r of rows) r.anchor = scale.anchor;
  const written = await writeSnapshotRows(tx, board, null, rows, { signals: opts.news, scaleShift: scale.shift ?? 0 });
  // Rank with uncertainty among every entry, matched or not: where an unknown name stands.
  const ranks = rankSnapshotGroup(
    resolved.map(({ entry }) => ({ rating: entry.rating, ciLow: entry.ciLow ?? null, ciHigh: entry.ciHigh ?? null, votes: entry.votes ?? null })),
    board.minVotes,
  );
  const ranked = resolved.map((r, i) => ({ ...r, rank: ranks[i] ?? null }));
  const prior = await loadPriorNames(tx, source.id, resolved.map((r) => r.entry.sourceKey));
  await rememberSourceNames(tx, source.id, versionDate, ranked);
  await signalNewContenders(tx, board, source.id, versionDate, ranked, prior, { silent: !opts.news || opts.firstVersion });
  return { unmatched: resolved.filter((r) => r.modelId === null).length, models: written.models };
}

/**
 * The scale this version is on. Its snapshots carry it as their anchor: the
 * previous version's, or when most models moved alike (detectReanchoring) a
 * new one naming the shift, which the charts draw as a method break and
 * rating signals discount.
 */
async function scaleOf(tx: Tx, sourceId: string, boardId: string, versionDate: Date, rows: readonly ResolvedSnapshotRow[]) {
  const previous = await tx.sourceVersion.findFirst({ where: { sourceId, versionDate: { lt: versionDate } }, orderBy: { versionDate: "desc" }, select: { versionDate: true } });
  if (!previous) return { anchor: AS_PUBLISHED, shift: null };
  const before = await tx.eloSnapshot.findMany({
    where: { leaderboardId: boardId, capturedAt: previous.versionDate, method: "PUBLISHED" },
    select: { modelId: true, rating: true, anchor: true },
  });
  const shift = detectReanchoring(new Map(before.map((s) => [s.modelId, s.rating])), new Map(rows.map((r) => [r.model.id, r.rating])));
  if (shift === null) return { anchor: before.find((s) => s.anchor)?.anchor ?? AS_PUBLISHED, shift: null };
  return { anchor: `re-anchored by ${shift > 0 ? "+" : ""}${shift.toFixed(1)} (${versionDate.toISOString().slice(0, 10)})`, shift };
}

const AS_PUBLISHED = "as published";

function toSnapshotRow(entry: SourceEntry, model: { id: string; slug: string }, capturedAt: Date): ResolvedSnapshotRow {
  return {
    model,
    capturedAt,
    method: "PUBLISHED",
    rating: entry.rating,
    ciLow: entry.ciLow ?? null,
    ciHigh: entry.ciHigh ?? null,
    votes: entry.votes ?? null,
    appearances: null,
    pool: null,
    anchor: null,
    displayLabel: entry.displayName,
  };
}
