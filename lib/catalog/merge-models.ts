import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db, Tx } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { ConflictError } from "@/lib/errors";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";
import { recordSignal } from "@/lib/watch/record-signal";
import type { MergeBody, MergeResult } from "./catalog-types";
import { getModelRecordOrThrow } from "./get-model-record";
import { previewModelMerge, type MergePreview } from "./preview-model-merge";

const LINK_STRENGTH = { REJECTED: 0, SUGGESTED: 1, CONFIRMED: 2 } as const;

/** Each claim moves with its own MOVED event and a new version, so its history says where it came from. */
async function moveClaims(tx: Tx, plan: MergePreview, actorId: string, note: string): Promise<number> {
  const claims = await tx.claim.findMany({ where: { modelId: plan.source.id }, select: { id: true, status: true } });
  for (const claim of claims) {
    const { version } = await tx.claim.update({
      where: { id: claim.id },
      data: { modelId: plan.target.id, version: { increment: 1 } },
      select: { version: true },
    });
    await tx.claimEvent.create({
      data: {
        claimId: claim.id,
        type: "MOVED",
        actorId,
        fromStatus: claim.status,
        toStatus: claim.status,
        note,
        diff: { model: [plan.source.slug, plan.target.slug] },
        claimVersion: version,
      },
    });
  }
  return claims.length;
}

/** Snapshots keep the arena's name for the entry at the time they were captured. */
async function moveSnapshots(tx: Tx, plan: MergePreview): Promise<{ moved: number; dropped: number; boards: string[] }> {
  let dropped = 0;
  for (const c of plan.collisions) {
    const res = await tx.eloSnapshot.deleteMany({
      where: { modelId: plan.source.id, leaderboard: { slug: c.leaderboard }, capturedAt: new Date(c.capturedAt), method: c.method },
    });
    dropped += res.count;
  }
  const boards = await tx.eloSnapshot.findMany({
    where: { modelId: plan.source.id },
    distinct: ["leaderboardId"],
    select: { leaderboard: { select: { slug: true } } },
  });
  await tx.eloSnapshot.updateMany({ where: { modelId: plan.source.id, displayLabel: null }, data: { displayLabel: plan.source.name } });
  const { count } = await tx.eloSnapshot.updateMany({ where: { modelId: plan.source.id }, data: { modelId: plan.target.id } });
  return { moved: count, dropped, boards: boards.map((b) => b.leaderboard.slug) };
}

/** A news item linked to both keeps one link, in the stronger of the two states. */
async function moveNewsLinks(tx: Tx, plan: MergePreview): Promise<number> {
  const links = await tx.newsModelLink.findMany({ where: { modelId: plan.source.id } });
  for (const link of links) {
    const existing = await tx.newsModelLink.findUnique({
      where: { newsItemId_modelId: { newsItemId: link.newsItemId, modelId: plan.target.id } },
      select: { state: true },
    });
    if (!existing) {
      await tx.newsModelLink.create({ data: { ...link, modelId: plan.target.id } });
    } else if (LINK_STRENGTH[link.state] > LINK_STRENGTH[existing.state]) {
      await tx.newsModelLink.update({
        where: { newsItemId_modelId: { newsItemId: link.newsItemId, modelId: plan.target.id } },
        data: { state: link.state },
      });
    }
  }
  await tx.newsModelLink.deleteMany({ where: { modelId: plan.source.id } });
  return links.length;
}

/** The source's aliases and its own name become aliases of the target (skipping what the target already answers to). */
async function moveAliases(tx: Tx, plan: MergePreview): Promise<number> {
  const target = await tx.modelAlias.findMany({ where: { modelId: plan.target.id }, select: { normalized: true } });
  const taken = new Set([normalizeSearchText(plan.target.name), ...target.map((a) => a.normalized)]);
  const source = await tx.modelAlias.findMany({ where: { modelId: plan.source.id }, select: { alias: true, normalized: true } });
  const wanted = [{ alias: plan.source.name, normalized: normalizeSearchText(plan.source.name) }, ...source];
  let added = 0;
  for (const a of wanted) {
    if (taken.has(a.normalized)) continue;
    taken.add(a.normalized);
    await tx.modelAlias.create({ data: { modelId: plan.target.id, alias: a.alias, normalized: a.normalized } });
    added += 1;
  }
  return added;
}

/** A reader watching both keeps the target entry; rivals pointing at the source now point at the target. */
async function moveWatchers(tx: Tx, plan: MergePreview): Promise<number> {
  const both = await tx.watchlistEntry.findMany({ where: { modelId: plan.target.id }, select: { userId: true } });
  const { count } = await tx.watchlistEntry.updateMany({
    where: { modelId: plan.source.id, userId: { notIn: both.map((w) => w.userId) } },
    data: { modelId: plan.target.id },
  });
  await tx.watchlistEntry.updateMany({ where: { rivalModelId: plan.source.id, modelId: plan.target.id }, data: { rivalModelId: null } });
  await tx.watchlistEntry.updateMany({ where: { rivalModelId: plan.source.id }, data: { rivalModelId: plan.target.id } });
  return count;
}

/**
 * Votes between the two entries say nothing once they are one model (a
 * model cannot beat itself): those are dropped, every other battle moves.
 */
async function moveBattles(tx: Tx, plan: MergePreview): Promise<number> {
  const [s, t] = [plan.source.id, plan.target.id];
  await tx.battle.deleteMany({ where: { OR: [{ modelAId: s, modelBId: t }, { modelAId: t, modelBId: s }] } });
  const a = await tx.battle.updateMany({ where: { modelAId: s }, data: { modelAId: t } });
  const b = await tx.battle.updateMany({ where: { modelBId: s }, data: { modelBId: t } });
  return a.count + b.count;
}

/**
 * Merges an anonymous arena entry (the source) into the real model once its
 * owner is confirmed. Everything moves in one transaction: claims (a MOVED
 * event each), snapshots, news links, aliases (the source's name becomes one),
 * watch-list entries, battles, lifecycle steps, signals; old slugs redirect
 * to the target; the source model is deleted.
 *
 * Snapshot collisions (both models on the same board at the same time and
 * method) are refused with 409 listing them, unless the editor chose
 * `keep-target`: two ratings for one model at one instant cannot both be true,
 * and picking one silently would lose data.
 */
export async function mergeModels(db: Db, actor: Actor, sourceSlug: string, body: MergeBody): Promise<MergeResult> {
  return runMutation(db, actor, async ({ tx, invalidates }) => {
    // Lock both rows so two merges touching the same models run one after the other.
    await tx.$executeRaw`SELECT 1 FROM "Model" WHERE slug IN (${sourceSlug}, ${body.into}) FOR UPDATE`;
    const plan = await previewModelMerge(tx, sourceSlug, body.into);
    if (plan.collisions.length && body.snapshotConflicts !== "keep-target") {
      throw new ConflictError(
        `Both models have snapshots on the same leaderboard at the same time (${plan.collisions.length}). Nothing was merged: remove one of each pair, or merge with snapshotConflicts: "keep-target" to keep the target's.`,
        { collisions: plan.collisions },
      );
    }
    const { source, target } = plan;
    const claims = await moveClaims(tx, plan, actor.userId, body.note);
    const snapshots = await moveSnapshots(tx, plan);
    const newsLinks = await moveNewsLinks(tx, plan);
    const aliases = await moveAliases(tx, plan);
    const watchers = await moveWatchers(tx, plan);
    const battles = await moveBattles(tx, plan);
    const lifecycle = await tx.lifecycleEvent.updateMany({ where: { modelId: source.id }, data: { modelId: target.id } });
    await tx.signal.updateMany({ where: { modelId: source.id }, data: { modelId: target.id } });
    // Names leaderboard sources publish for it keep resolving, to the revealed model.
    await tx.sourceName.updateMany({ where: { modelId: source.id }, data: { modelId: target.id } });
    const oldSlugs = await tx.slugRedirect.findMany({ where: { modelId: source.id }, select: { fromSlug: true } });
    const redirects = await tx.slugRedirect.updateMany({ where: { modelId: source.id }, data: { modelId: target.id } });
    await tx.model.delete({ where: { id: source.id } });
    await tx.slugRedirect.create({ data: { fromSlug: source.slug, modelId: target.id } });
    await tx.model.update({ where: { id: target.id }, data: { version: { increment: 1 } } });

    const moved = {
      claims,
      snapshots: snapshots.moved,
      snapshotsDropped: snapshots.dropped,
      newsLinks,
      aliases,
      watchers,
      battles,
      lifecycleSteps: lifecycle.count,
      redirects: redirects.count,
    };
    await recordSignal(tx, {
      type: "MODEL_MERGED",
      title: `${source.name} is now part of ${target.name}`,
      modelId: target.id,
      actorId: actor.userId,
      payload: { from: source.slug, into: target.slug, note: body.note, moved },
    });
    if (target.organizationId && !source.organizationId) {
      await recordSignal(tx, {
        type: "OWNERSHIP_CONFIRMED",
        title: `${source.name} is ${target.name}, from ${target.organizationName ?? "its owner"}`,
        modelId: target.id,
        actorId: actor.userId,
        payload: { from: source.slug, into: target.slug, note: body.note },
      });
    }
    await recordAudit(tx, {
      actor,
      action: "model.merge",
      entityType: "Model",
      entityId: target.id,
      data: { from: source.slug, fromId: source.id, into: target.slug, note: body.note, moved },
    });
    invalidates(
      cacheTags.model(source.slug),
      cacheTags.model(target.slug),
      ...oldSlugs.map((r) => cacheTags.model(r.fromSlug)),
      ...snapshots.boards.map(cacheTags.board),
      cacheTags.catalog,
      cacheTags.news,
    );
    return { from: source.slug, into: await getModelRecordOrThrow(tx, { id: target.id }), moved };
  });
}
