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
 * another model already has (created meanwhile, by an earlier name in this
 * list, or by another import or fetch committing at the same moment) maps to
 * that model: inserts skip existing rows (ON CONFLICT DO NOTHING) instead of
 * failing the whole transaction on a race.
 */
export async function createProvisionalModels(tx: Tx, planned: readonly { name: string; slug: string }[], modality: Modality) {
  const ids = new Map<string, string>();
  if (planned.length === 0) return { ids, slugs: [] as string[] };
  // Names that slugify alike share one model, named by the first of them.
  const wanted = new Map<string, string>();
  for (const { slug, name } of planned) if (!wanted.has(slug)) wanted.set(slug, name);
  const created = await tx.model.createManyAndReturn({
    data: [...wanted].map(([slug, name]) => ({ slug, name, provisional: true, modalities: [modality], lifecycleStage: "ARENA_ONLY" as const })),
    skipDuplicates: true,
    select: { slug: true },
  });
  const bySlug = new Map((await tx.model.findMany({ where: { slug: { in: [...wanted.keys()] } }, select: { id: true, slug: true } })).map((m) => [m.slug, m.id]));
  const aliases: { modelId: string; alias: string; normalized: string }[] = [];
  for (const { name, slug } of planned) {
    const id = bySlug.get(slug);
    if (!id) continue; // cannot happen: the row was inserted or already there
    ids.set(name, id);
    aliases.push({ modelId: id, alias: name, normalized: normalizeSearchText(name) });
  }
  await tx.modelAlias.createMany({ data: aliases, skipDuplicates: true });
  return { ids, slugs: created.map((m) => m.slug).sort() };
}
