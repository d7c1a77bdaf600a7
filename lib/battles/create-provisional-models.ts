import type { Modality, Tx } from "@/lib/db";
import { slugifyName } from "@/lib/catalog/slugify-name";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";

export interface ProvisionalPlan {
  /** One model per distinct slug; names that slugify alike share it. */
  models: { name: string; slug: string }[];
  problems: { name: string; reason: string }[];
}

/** The provisional model each unknown name would become, before anything is written. */
export function planProvisionalModels(names: readonly string[]): ProvisionalPlan {
  const models: { name: string; slug: string }[] = [];
  const problems: { name: string; reason: string }[] = [];
  for (const name of names) {
    const slug = slugifyName(name);
    if (!slug) problems.push({ name, reason: `"${name}" has no letters or digits to make a model slug from` });
    else models.push({ name, slug });
  }
  return { models, problems };
}

/**
 * Creates the planned models as provisional (awaiting an editor), each with
 * its written name as an alias so the next import finds it. A name whose slug
 * another model already has (created meanwhile, or by an earlier name in this
 * list) maps to that model.
 */
export async function createProvisionalModels(tx: Tx, planned: readonly { name: string; slug: string }[], modality: Modality) {
  const ids = new Map<string, string>();
  const slugs: string[] = [];
  for (const { name, slug } of planned) {
    const existing = await tx.model.findUnique({ where: { slug }, select: { id: true } });
    const model =
      existing ??
      (await tx.model.create({ data: { slug, name, provisional: true, modalities: [modality], lifecycleStage: "ARENA_ONLY" }, select: { id: true } }));
    if (!existing) slugs.push(slug);
    ids.set(name, model.id);
    const normalized = normalizeSearchText(name);
    await tx.modelAlias.upsert({
      where: { modelId_normalized: { modelId: model.id, normalized } },
      create: { modelId: model.id, alias: name, normalized },
      update: {},
    });
  }
  return { ids, slugs: slugs.sort() };
}
