import { createProvisionalModels, planProvisionalModels } from "@/lib/battles/create-provisional-models";
import { rankSnapshotGroup } from "@/lib/catalog/rank-snapshot-group";
import { writeSnapshotRows, type ResolvedSnapshotRow, type SnapshotBoard } from "@/lib/catalog/write-snapshot-rows";
import type { Modality, Tx } from "@/lib/db";
import { detectReanchoring } from "./detect-reanchoring";
import { rememberSourceNames } from "./remember-source-names";
import { loadCatalogNames, lookUpName, type CatalogModel } from "./resolve-source-names";
import { loadPriorNames, signalNewContenders, type EntryModels } from "./signal-new-contenders";
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
  const prior = await loadPriorNames(tx, source.id, entries.map((e) => e.sourceKey));
  const catalog = await loadCatalogNames(tx);
  const resolved = entries.map((entry) => ({
    entry,
    modelId: prior.get(entry.sourceKey)?.modelId ?? lookUpName(catalog.index, entry.displayName, entry.sourceKey),
  }));
  if (source.createModels) {
    const unknown = resolved.filter((r) => r.modelId === null);
    const plan = planProvisionalModels(unknown.map((r) => r.entry.displayName));
    const created = await createProvisionalModels(tx, plan.models, board.modality);
    for (const r of unknown) r.modelId = created.ids.get(r.entry.displayName) ?? null;
  }

  // Models created just now are not in the catalog read before: read those.
  const modelIds = [...new Set(resolved.flatMap((r) => (r.modelId ? [r.modelId] : [])))];
  const missing = modelIds.filter((id) => !catalog.models.has(id));
  const fresh = missing.length
    ? await tx.$queryRaw<CatalogModel[]>`
        SELECT "id", "slug", "lifecycleStage"::text AS "lifecycleStage", "organizationId" FROM "Model" WHERE "id" = ANY(${missing}::text[])`
    : [];
  const models: EntryModels = new Map([...modelIds.flatMap((id) => catalog.models.get(id) ?? []), ...fresh].map((m) => [m.id, m]));
  const rows: ResolvedSnapshotRow[] = [];
  const taken = new Set<string>();
  // Two names of one model in one version (a codename and its reveal): the higher-rated stands for it.
  for (const { entry, modelId } of [...resolved].sort((a, b) => b.entry.rating - a.entry.rating)) {
    if (!modelId || taken.has(modelId)) continue;
    taken.add(modelId);
    rows.push(toSnapshotRow(entry, { id: modelId, slug: models.get(modelId)?.slug ?? modelId }, versionDate));
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
  await rememberSourceNames(tx, source.id, versionDate, ranked);
  await signalNewContenders(tx, board, source.id, versionDate, ranked, prior, models, { silent: !opts.news || opts.firstVersion });
  return { unmatched: resolved.filter((r) => r.modelId === null).length, models: written.models };
}

/**
 * The scale this version is on. Its snapshots carry it as their anchor: the
 * previous version's, or when most models moved alike (detectReanchoring) a
 * new one naming the shift, which the charts draw as a method break and
 * rating signals discount.
 */
async function scaleOf(tx: Tx, sourceId: string, boardId: string, versionDate: Date, rows: readonly ResolvedSnapshotRow[]) {
  // The snapshots of the source's version before this one (none when it has none: then the scale is as published).
  const before = await tx.$queryRaw<{ modelId: string; rating: number; anchor: string | null }[]>`
    SELECT "modelId", "rating", "anchor" FROM "EloSnapshot"
    WHERE "leaderboardId" = ${boardId} AND "method" = 'PUBLISHED'
      AND "capturedAt" = (SELECT max("versionDate") FROM "SourceVersion" WHERE "sourceId" = ${sourceId} AND "versionDate" < ${versionDate.toISOString()}::timestamp(3))`;
  const shift = detectReanchoring(new Map(before.map((s) => [s.modelId, s.rating])), new Map(rows.map((r) => [r.model.id, r.rating])));
  if (shift === null) return { anchor: before.find((s) => s.anchor)?.anchor ?? AS_PUBLISHED, shift: null };
  return { anchor: `re-anchored by ${shift > 0 ? "+" : ""}${shift.toFixed(1)} (${versionDate.toISOString().slice(0, 10)})`, shift };
}

const AS_PUBLISHED = "as published";

/** A source entry as a snapshot of its model at the version's date: the figures as published. */
export function toSnapshotRow(entry: SourceEntry, model: { id: string; slug: string }, capturedAt: Date): ResolvedSnapshotRow {
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
