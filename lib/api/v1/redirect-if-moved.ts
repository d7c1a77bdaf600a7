import { movedPermanently, type RedirectResult } from "@/lib/api/api-result";
import type { Db } from "@/lib/db";
import { resolveModelSlug } from "@/lib/models/resolve-model-slug";

/**
 * A write addressed to a merged model's old slug belongs at its new address:
 * a 308 there (the method and body are kept), null when the slug is current or unknown.
 */
export async function redirectIfMoved(db: Db, slug: string, suffix = ""): Promise<RedirectResult | null> {
  const resolved = await resolveModelSlug(slug, db);
  return resolved.kind === "moved" ? movedPermanently(`/api/v1/models/${resolved.slug}${suffix}`) : null;
}
