import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { NotFoundError, PolicyViolationError } from "@/lib/errors";
import { recordSignal } from "@/lib/watch/record-signal";
import type { LifecycleBody, ModelRecord } from "./catalog-types";
import { getModelRecordOrThrow } from "./get-model-record";
import { parseWhen } from "./parse-when";

/**
 * Moves a model to another lifecycle stage with its evidence: a LifecycleEvent
 * (note, source URL, when it happened), the model's current stage, a
 * LIFECYCLE_CHANGED signal and an audit row, in one transaction.
 */
export async function recordLifecycleStep(db: Db, actor: Actor, slug: string, step: LifecycleBody): Promise<ModelRecord> {
  const occurredAt = parseWhen(step.occurredAt);
  if (occurredAt.getTime() > Date.now() + 24 * 3600_000) {
    throw new PolicyViolationError("A lifecycle step records what happened: `occurredAt` cannot be in the future.", "lifecycle.not-in-future");
  }
  return runMutation(db, actor, async ({ tx, invalidates }) => {
    const model = await tx.model.findUnique({ where: { slug }, select: { id: true, name: true, lifecycleStage: true } });
    if (!model) throw new NotFoundError(`No model with the slug "${slug}".`);
    if (model.lifecycleStage === step.toStage) {
      throw new PolicyViolationError(`${model.name} is already at ${step.toStage}: a step must change the stage.`, "lifecycle.must-change");
    }
    const event = await tx.lifecycleEvent.create({
      data: {
        modelId: model.id,
        fromStage: model.lifecycleStage,
        toStage: step.toStage,
        occurredAt,
        note: step.note,
        sourceUrl: step.sourceUrl ?? null,
        actorId: actor.userId,
      },
      select: { id: true },
    });
    await tx.model.update({ where: { id: model.id }, data: { lifecycleStage: step.toStage, version: { increment: 1 } } });
    await recordSignal(tx, {
      type: "LIFECYCLE_CHANGED",
      title: `${model.name}: ${model.lifecycleStage} → ${step.toStage}`,
      modelId: model.id,
      actorId: actor.userId,
      payload: { from: model.lifecycleStage, to: step.toStage, note: step.note, sourceUrl: step.sourceUrl ?? null },
      verified: Boolean(step.sourceUrl),
    });
    await recordAudit(tx, {
      actor,
      action: "model.lifecycle",
      entityType: "Model",
      entityId: model.id,
      data: { slug, lifecycleEventId: event.id, from: model.lifecycleStage, to: step.toStage },
    });
    invalidates(cacheTags.model(slug), cacheTags.catalog);
    return getModelRecordOrThrow(tx, { id: model.id });
  });
}
