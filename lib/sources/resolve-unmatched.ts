import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertSlugFree } from "@/lib/catalog/assert-slug-free";
import { findOrCreateOrganization } from "@/lib/catalog/find-or-create-organization";
import { slugifyName } from "@/lib/catalog/slugify-name";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db, Tx } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { ConflictError, NotFoundError, PolicyViolationError } from "@/lib/errors";
import { attachEarlierVersions } from "./attach-earlier-versions";

/**
 * What an editor does with an unmatched name: say which model it is; create
 * the model it is (prefilled from the name); or record it as an anonymous
 * codename — a model in the arena-only stage with no known owner, which a
 * later merge into the revealed model carries over, history included.
 */
export type UnmatchedAction =
  | { action: "map"; model: string }
  | { action: "create-model"; name?: string; slug?: string; organization?: string }
  | { action: "anonymous"; name?: string; slug?: string };

export interface ResolvedName {
  id: string;
  sourceKey: string;
  displayName: string;
  model: { id: string; slug: string; created: boolean };
  /** Snapshots written from the source's earlier versions. */
  attached: number;
}

async function newModel(tx: Tx, name: string, slug: string | undefined, stage: "ANNOUNCED" | "ARENA_ONLY", organization: string | undefined, boardId: string) {
  const finalSlug = slug ?? slugifyName(name);
  if (!finalSlug) throw new PolicyViolationError("The name has no letters or digits to make a slug from: give a `slug`.", "model.slug-required");
  await assertSlugFree(tx, finalSlug);
  const board = await tx.leaderboard.findUniqueOrThrow({ where: { id: boardId }, select: { modality: true } });
  const org = organization ? await findOrCreateOrganization(tx, organization) : null;
  return tx.model.create({
    data: { slug: finalSlug, name, lifecycleStage: stage, organizationId: org?.id ?? null, modalities: [board.modality] },
    select: { id: true, slug: true },
  });
}

/** Resolves one unmatched name of the board; the mapping is remembered and the name's earlier versions become the model's history. */
export async function resolveUnmatched(db: Db, actor: Actor, boardSlug: string, nameId: string, input: UnmatchedAction): Promise<ResolvedName> {
  return runMutation(db, actor, async ({ tx, invalidates }) => {
    const [name] = await tx.$queryRaw<{ id: string; sourceId: string; sourceKey: string; displayName: string; modelId: string | null; leaderboardId: string }[]>`
      SELECT n."id", n."sourceId", n."sourceKey", n."displayName", n."modelId", s."leaderboardId"
      FROM "SourceName" n JOIN "LeaderboardSource" s ON s."id" = n."sourceId" JOIN "Leaderboard" b ON b."id" = s."leaderboardId"
      WHERE n."id" = ${nameId} AND b."slug" = ${boardSlug}
      FOR UPDATE OF n`;
    if (!name) throw new NotFoundError(`The board "${boardSlug}" has no unmatched name with the id "${nameId}".`);
    if (name.modelId) throw new ConflictError("This name is already mapped to a model.", { modelId: name.modelId });
    let model: { id: string; slug: string };
    let created = true;
    if (input.action === "map") {
      const found = await tx.model.findUnique({ where: { slug: input.model }, select: { id: true, slug: true } });
      if (!found) throw new NotFoundError(`No model with the slug "${input.model}".`);
      model = found;
      created = false;
    } else if (input.action === "create-model") {
      model = await newModel(tx, input.name ?? name.displayName, input.slug, "ANNOUNCED", input.organization, name.leaderboardId);
    } else {
      model = await newModel(tx, input.name ?? name.displayName, input.slug, "ARENA_ONLY", undefined, name.leaderboardId);
    }
    await tx.sourceName.update({ where: { id: name.id }, data: { modelId: model.id, mappedById: actor.userId } });
    const attached = await attachEarlierVersions(tx, name.sourceId, name.sourceKey, model);
    await recordAudit(tx, {
      actor,
      action: `source-name.${input.action}`,
      entityType: "SourceName",
      entityId: name.id,
      data: { sourceKey: name.sourceKey, model: model.slug, created, attached },
    });
    invalidates(cacheTags.board(boardSlug), cacheTags.model(model.slug), cacheTags.catalog);
    return { id: name.id, sourceKey: name.sourceKey, displayName: name.displayName, model: { ...model, created }, attached };
  });
}
