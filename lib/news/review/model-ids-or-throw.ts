import type { Db } from "@/lib/db";
import { PolicyViolationError } from "@/lib/errors";
import { resolveModelSlugs } from "@/lib/models/resolve-model-slug";

/** The ids of the models an editor named by slug (old slugs followed); 422 naming the unknown ones. */
export async function modelIdsOrThrow(db: Db, slugs: readonly string[]): Promise<string[]> {
  const { found, missing } = await resolveModelSlugs(slugs, db);
  if (missing.length) {
    throw new PolicyViolationError(
      `No model with the slug ${missing.map((s) => `"${s}"`).join(", ")}: create it first, or pick an existing one.`,
      "linked-model-exists",
    );
  }
  return [...new Set(slugs.map((s) => (found.get(s) as { id: string }).id))];
}
