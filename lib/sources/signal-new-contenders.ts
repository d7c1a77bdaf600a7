import type { Tx } from "@/lib/db";
import { recordSignal } from "@/lib/watch/record-signal";
import { findNewContenders, type ContenderInput } from "./find-new-contenders";
import type { CatalogModel } from "./resolve-source-names";
import type { SourceEntry } from "./source-entry";

interface Board {
  id: string;
  slug: string;
  name: string;
  alertTopN: number;
}

export type PriorNames = Map<string, { modelId: string | null; lastRank: number | null; lastSeenAt: Date; contenderAt: Date | null }>;

/**
 * What the source remembers of a version's names before the version is
 * remembered (read first: remembering overwrites it): the model each was
 * mapped to, where it stood last, whether it was a contender already.
 */
export async function loadPriorNames(tx: Tx, sourceId: string, keys: readonly string[]): Promise<PriorNames> {
  const rows = await tx.$queryRaw<{ sourceKey: string; modelId: string | null; lastRank: number | null; lastSeenAt: Date; contenderAt: Date | null }[]>`
    SELECT "sourceKey", "modelId", "lastRank", "lastSeenAt", "contenderAt" FROM "SourceName" WHERE "sourceId" = ${sourceId} AND "sourceKey" = ANY(${[...keys]}::text[])`;
  return new Map(rows.map((n) => [n.sourceKey, n]));
}

/** The models a version's entries resolved to, as the contender rule needs them. */
export type EntryModels = Map<string, CatalogModel>;

interface RankedEntry {
  entry: SourceEntry;
  modelId: string | null;
  rank: number | null;
}

/**
 * NEW_CONTENDER for every unmatched or anonymous entry that just became a
 * contender on the board (findNewContenders), in the version's transaction:
 * to editors, to watchers of the entry's model when it has one and of the
 * models it displaced; once per entry per board (the name remembers it).
 * Never for a source's first version or a backfill (silent).
 */
export async function signalNewContenders(
  tx: Tx,
  board: Board,
  sourceId: string,
  versionDate: Date,
  entries: readonly RankedEntry[],
  names: PriorNames,
  models: EntryModels,
  /** The source's first version, or a backfill: contenders are noted as seen, and nobody is told. */
  options: { silent: boolean },
): Promise<number> {
  const anonymous = (id: string | null) => {
    const m = id ? models.get(id) : undefined;
    return m !== undefined && m.lifecycleStage === "ARENA_ONLY" && m.organizationId === null;
  };
  const input: ContenderInput[] = entries.map(({ entry, modelId, rank }) => {
    const name = names.get(entry.sourceKey);
    return {
      key: entry.sourceKey,
      rating: entry.rating,
      ciLow: entry.ciLow ?? null,
      ciHigh: entry.ciHigh ?? null,
      rank,
      unknownOwner: modelId === null || anonymous(modelId),
      // A rank from an older version than this one's predecessor still says where it stood last.
      previousRank: name && name.lastSeenAt < versionDate ? name.lastRank : null,
      signaled: name?.contenderAt != null,
    };
  });
  const byKey = new Map(entries.map((e) => [e.entry.sourceKey, e]));
  const found = findNewContenders(input, board.alertTopN);
  for (const c of found) {
    const { entry, modelId, rank } = byKey.get(c.key)!;
    const displaced = c.displaced.flatMap((k) => {
      const id = byKey.get(k)?.modelId;
      const model = id ? models.get(id) : undefined;
      return model ? [{ id: model.id, slug: model.slug }] : [];
    });
    await tx.sourceName.updateMany({ where: { sourceId, sourceKey: c.key }, data: { contenderAt: versionDate } });
    if (options.silent) continue;
    await recordSignal(tx, {
      type: "NEW_CONTENDER",
      title: `New contender on ${board.name}: ${entry.displayName}${rank !== null ? ` at rank ${rank}` : ""}`,
      leaderboardId: board.id,
      modelId,
      payload: {
        leaderboard: board.slug,
        sourceKey: entry.sourceKey,
        displayName: entry.displayName,
        rating: entry.rating,
        ciLow: entry.ciLow ?? null,
        ciHigh: entry.ciHigh ?? null,
        rank,
        reason: c.reason,
        displaced: displaced.map((d) => d.slug),
        // Their watchers hear of it too (fan-out reads these).
        displacedModelIds: displaced.map((d) => d.id),
        versionDate: versionDate.toISOString(),
      },
    });
  }
  return found.length;
}
