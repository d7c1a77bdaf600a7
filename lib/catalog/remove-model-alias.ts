import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { NotFoundError } from "@/lib/errors";
import type { ModelRecord } from "./catalog-types";
import { getModelRecordOrThrow } from "./get-model-record";

/** Removes one alias (by id) of the model; the audit row keeps what it was. */
export async function removeModelAlias(db: Db, actor: Actor, slug: string, aliasId: string): Promise<ModelRecord> {
  return runMutation(db, actor, async ({ tx, invalidates }) => {
    const alias = await tx.modelAlias.findFirst({
      where: { id: aliasId, model: { slug } },
      select: { id: true, alias: true, modelId: true },
    });
    if (!alias) throw new NotFoundError(`The model "${slug}" has no alias with that id.`);
    await tx.modelAlias.delete({ where: { id: alias.id } });
    await recordAudit(tx, {
      actor,
      action: "model.alias-remove",
      entityType: "Model",
      entityId: alias.modelId,
      data: { slug, alias: alias.alias },
    });
    invalidates(cacheTags.model(slug), cacheTags.catalog);
    return getModelRecordOrThrow(tx, { id: alias.modelId });
  });
}
