import { NotFoundError } from "@/lib/errors";
import { resolveModelSlugs } from "@/lib/models/resolve-model-slug";

/**
 * Model ids for slugs given as a query parameter, following merged models'
 * redirects, in the order given (duplicates folded). An unknown slug is a 404
 * that names the parameter: a filter on a typo must not look like "no results".
 */
export async function findModelIdsOrThrow(slugs: readonly string[], param: string): Promise<string[]> {
  const { found, missing } = await resolveModelSlugs(slugs);
  if (missing.length) {
    const list = missing.map((s) => `"${s}"`).join(", ");
    throw new NotFoundError(`No model with the slug ${list} (parameter \`${param}\`).`);
  }
  return [...new Set(slugs.map((s) => (found.get(s) as { id: string }).id))];
}

/** One optional model filter; undefined when absent. */
export async function findModelIdParam(slug: string | undefined, param = "model"): Promise<string | undefined> {
  if (slug === undefined) return undefined;
  const [id] = await findModelIdsOrThrow([slug], param);
  return id;
}
