import { getDb, type Db } from "@/lib/db";
import { findSlugRedirect } from "./find-slug-redirect";

export type ResolvedModelSlug =
  | { kind: "model"; id: string; slug: string }
  /** A merged or renamed model: the slug it lives under now. */
  | { kind: "moved"; slug: string }
  | { kind: "missing" };

/** What a model slug refers to today: the model, a redirect to its new slug, or nothing. */
export async function resolveModelSlug(slug: string, db?: Db): Promise<ResolvedModelSlug> {
  const client = db ?? (await getDb());
  const model = await client.model.findUnique({ where: { slug }, select: { id: true, slug: true } });
  if (model) return { kind: "model", ...model };
  const target = await findSlugRedirect(slug, client);
  return target ? { kind: "moved", slug: target } : { kind: "missing" };
}

/**
 * Resolves several slugs at once (two queries), following redirects: the
 * models found, by the slug asked for, and the slugs that match nothing.
 */
export async function resolveModelSlugs(
  slugs: readonly string[],
  db?: Db,
): Promise<{ found: Map<string, { id: string; slug: string }>; missing: string[] }> {
  const client = db ?? (await getDb());
  const found = new Map<string, { id: string; slug: string }>();
  const direct = await client.model.findMany({ where: { slug: { in: [...slugs] } }, select: { id: true, slug: true } });
  for (const m of direct) found.set(m.slug, m);
  const rest = slugs.filter((s) => !found.has(s));
  if (rest.length) {
    const redirects = await client.slugRedirect.findMany({
      where: { fromSlug: { in: rest } },
      select: { fromSlug: true, model: { select: { id: true, slug: true } } },
    });
    for (const r of redirects) found.set(r.fromSlug, r.model);
  }
  return { found, missing: slugs.filter((s) => !found.has(s)) };
}
