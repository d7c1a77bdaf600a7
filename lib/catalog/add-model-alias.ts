import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { runMutation } from "@/lib/db/run-mutation";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";
import type { ModelRecord } from "./catalog-types";
import { getModelRecordOrThrow } from "./get-model-record";

/**
 * Adds another name news may use for the model. Aliases compare normalized
 * (case and accents ignored), so "Klíng" and "kling" are the same alias: 409.
 */
export async function addModelAlias(db: Db, actor: Actor, slug: string, alias: string): Promise<ModelRecord> {
  const normalized = normalizeSearchText(alias);
  const write = runMutation(db, actor, async ({ tx, invalidates }) => {
    const model = await tx.model.findUnique({ where: { slug }, select: { id: true } });
    if (!model) throw new NotFoundError(`No model with the slug "${slug}".`);
    const existing = await tx.modelAlias.findUnique({
      where: { modelId_normalized: { modelId: model.id, normalized } },
      select: { alias: true },
    });
    if (existing) {
      throw new ConflictError(`"${alias}" is already an alias of this model (as "${existing.alias}").`, { alias: existing.alias });
    }
    const created = await tx.modelAlias.create({ data: { modelId: model.id, alias, normalized }, select: { id: true } });
    await recordAudit(tx, {
      actor,
      action: "model.alias-add",
      entityType: "Model",
      entityId: model.id,
      data: { slug, alias, aliasId: created.id },
    });
    invalidates(cacheTags.model(slug), cacheTags.catalog);
    return getModelRecordOrThrow(tx, { id: model.id });
  });
  return write.catch((err: unknown) => {
    if (isUniqueViolation(err)) throw new ConflictError(`"${alias}" is already an alias of this model.`, { alias });
    throw err;
  });
}
