import type { Tx } from "@/lib/db";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";

/** `unknown` when nothing has the name (an import may then create it); without it the name is ambiguous. */
export type ModelRef = { id: string; slug: string } | { error: string; unknown?: true };

/**
 * What each slug or alias written in an import names: a model by slug, an old
 * slug that redirects, or an alias that belongs to exactly one model.
 */
export async function resolveModelRefs(tx: Tx, refs: readonly string[]): Promise<Map<string, ModelRef>> {
  const out = new Map<string, ModelRef>();
  const distinct = [...new Set(refs)];
  const bySlug = await tx.model.findMany({ where: { slug: { in: distinct } }, select: { id: true, slug: true } });
  for (const m of bySlug) out.set(m.slug, m);
  let rest = distinct.filter((r) => !out.has(r));
  if (rest.length) {
    const redirects = await tx.slugRedirect.findMany({
      where: { fromSlug: { in: rest } },
      select: { fromSlug: true, model: { select: { id: true, slug: true } } },
    });
    for (const r of redirects) out.set(r.fromSlug, r.model);
    rest = rest.filter((r) => !out.has(r));
  }
  if (rest.length) {
    const normalized = new Map(rest.map((r) => [r, normalizeSearchText(r)]));
    const aliases = await tx.modelAlias.findMany({
      where: { normalized: { in: [...new Set(normalized.values())] } },
      select: { normalized: true, model: { select: { id: true, slug: true } } },
    });
    for (const ref of rest) {
      const models = new Map(aliases.filter((a) => a.normalized === normalized.get(ref)).map((a) => [a.model.id, a.model]));
      if (models.size === 1) out.set(ref, [...models.values()][0] as { id: string; slug: string });
      else if (models.size > 1) out.set(ref, { error: `is an alias of several models (${[...models.values()].map((m) => m.slug).join(", ")}): use the slug` });
      else out.set(ref, { error: `no model has the slug or alias "${ref}"`, unknown: true });
    }
  }
  return out;
}
