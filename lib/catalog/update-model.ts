import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db, Prisma } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { ConflictError } from "@/lib/errors";
import { recordSignal } from "@/lib/watch/record-signal";
import type { ModelRecord, UpdateModelBody } from "./catalog-types";
import { findOrCreateOrganization } from "./find-or-create-organization";
import { getModelRecordOrThrow } from "./get-model-record";
import { parseWhen } from "./parse-when";

/** Fields whose before/after the audit row keeps, as editors read them. */
type Diff = Record<string, [unknown, unknown]>;

function diffOf(before: ModelRecord, after: ModelRecord, fields: readonly (keyof UpdateModelBody)[]): Diff {
  const diff: Diff = {};
  for (const field of fields) {
    const from = field === "organization" ? (before.organization?.name ?? null) : before[field];
    const to = field === "organization" ? (after.organization?.name ?? null) : after[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) diff[field] = [from, to];
  }
  return diff;
}

/**
 * Edits a model from the version the editor read. A change made meanwhile
 * wins: the stale write is refused with 409 and the model as it is now.
 */
export async function updateModel(
  db: Db,
  actor: Actor,
  slug: string,
  expectedVersion: number,
  patch: UpdateModelBody,
): Promise<ModelRecord> {
  return runMutation(db, actor, async ({ tx, invalidates }) => {
    const before = await getModelRecordOrThrow(tx, { slug });
    const data: Prisma.ModelUpdateManyMutationInput & { organizationId?: string | null } = {};
    if (patch.name !== undefined) data.name = patch.name;
    if (patch.unit !== undefined) data.unit = patch.unit;
    if (patch.modalities !== undefined) data.modalities = patch.modalities;
    if (patch.description !== undefined) data.description = patch.description;
    if (patch.websiteUrl !== undefined) data.websiteUrl = patch.websiteUrl;
    if (patch.links !== undefined) data.links = patch.links;
    if (patch.firstSeenAt !== undefined) data.firstSeenAt = patch.firstSeenAt ? parseWhen(patch.firstSeenAt) : null;
    if (patch.announcedAt !== undefined) data.announcedAt = patch.announcedAt ? parseWhen(patch.announcedAt) : null;
    if (patch.organization !== undefined) {
      data.organizationId = patch.organization ? (await findOrCreateOrganization(tx, patch.organization)).id : null;
    }
    const { count } = await tx.model.updateMany({
      where: { id: before.id, version: expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) {
      throw new ConflictError(
        `This model was changed since you read it (you sent version ${expectedVersion}, it is at ${before.version}). Nothing was saved: review the current state and apply your change again.`,
        { current: before },
      );
    }
    const after = await getModelRecordOrThrow(tx, { id: before.id });
    await recordAudit(tx, {
      actor,
      action: "model.update",
      entityType: "Model",
      entityId: before.id,
      data: { slug, version: after.version, diff: diffOf(before, after, Object.keys(patch) as (keyof UpdateModelBody)[]) },
    });
    if (!before.organization && after.organization) {
      await recordSignal(tx, {
        type: "OWNERSHIP_CONFIRMED",
        title: `${after.name} is from ${after.organization.name}`,
        modelId: after.id,
        actorId: actor.userId,
        payload: { organization: after.organization.slug },
      });
    }
    invalidates(cacheTags.model(slug), cacheTags.catalog);
    return after;
  });
}
