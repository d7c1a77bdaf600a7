import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { runMutation } from "@/lib/db/run-mutation";
import { ConflictError, PolicyViolationError } from "@/lib/errors";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";
import type { CreateModelBody, ModelRecord } from "./catalog-types";
import { assertSlugFree } from "./assert-slug-free";
import { findOrCreateOrganization } from "./find-or-create-organization";
import { getModelRecordOrThrow } from "./get-model-record";
import { parseWhen } from "./parse-when";
import { slugifyName } from "./slugify-name";

/** Creates a model; its slug comes from the name unless given, and must be free (409 otherwise). */
export async function createModel(db: Db, actor: Actor, input: CreateModelBody): Promise<ModelRecord> {
  const slug = input.slug ?? slugifyName(input.name);
  if (!slug) {
    throw new PolicyViolationError("The name has no letters or digits to make a slug from: give a `slug`.", "model.slug-required");
  }
  const write = runMutation(db, actor, async ({ tx, invalidates }) => {
    await assertSlugFree(tx, slug);
    const organization = input.organization ? await findOrCreateOrganization(tx, input.organization) : null;
    const aliases = new Map<string, string>();
    for (const alias of input.aliases ?? []) {
      const normalized = normalizeSearchText(alias);
      if (aliases.has(normalized)) throw new ConflictError(`The alias "${alias}" is given twice.`, { alias });
      aliases.set(normalized, alias);
    }
    const model = await tx.model.create({
      data: {
        slug,
        name: input.name,
        organizationId: organization?.id ?? null,
        unit: input.unit ?? null,
        modalities: input.modalities ?? [],
        lifecycleStage: input.lifecycleStage ?? "ANNOUNCED",
        description: input.description ?? null,
        websiteUrl: input.websiteUrl ?? null,
        links: input.links ?? [],
        firstSeenAt: input.firstSeenAt ? parseWhen(input.firstSeenAt) : null,
        announcedAt: input.announcedAt ? parseWhen(input.announcedAt) : null,
        aliases: { create: [...aliases].map(([normalized, alias]) => ({ alias, normalized })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "model.create",
      entityType: "Model",
      entityId: model.id,
      data: { slug, name: input.name },
    });
    invalidates(cacheTags.model(slug), cacheTags.catalog);
    return getModelRecordOrThrow(tx, { id: model.id });
  });
  // Two editors creating the same slug at once: the loser sees the same 409 as a late one.
  return write.catch((err: unknown) => {
    if (isUniqueViolation(err)) throw new ConflictError(`The slug "${slug}" was just taken.`, { slug });
    throw err;
  });
}
