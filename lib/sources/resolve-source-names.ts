import type { Tx } from "@/lib/db";
import { slugifyName } from "@/lib/catalog/slugify-name";

/** Case-, accent- and punctuation-insensitive: "Gemini 2.5 Flash", "gemini-2.5-flash" and "GEMINI_2_5_FLASH" meet. */
export function compactName(name: string): string {
  return slugifyName(name).replace(/-/g, "");
}

/**
 * The spellings an entry is looked up by, in order: its shown name, its key,
 * and for `real-name (codename)` the real name alone, then the codename
 * (`gemini-2.5-flash-image-preview (nano-banana)` also finds `nano-banana`).
 */
export function nameCandidates(displayName: string, sourceKey: string): string[] {
  const out = [displayName, sourceKey];
  const paren = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(displayName);
  if (paren?.[1]) out.push(paren[1]);
  if (paren?.[2]) out.push(paren[2]);
  return [...new Set(out.map(compactName).filter(Boolean))];
}

/** Every model by the compact form of its slug, name, aliases and old slugs. */
export type NameIndex = Map<string, Set<string>>;

export function buildNameIndex(models: readonly { id: string; names: readonly string[] }[]): NameIndex {
  const index: NameIndex = new Map();
  for (const m of models) {
    for (const name of m.names) {
      const key = compactName(name);
      if (!key) continue;
      const ids = index.get(key) ?? new Set<string>();
      ids.add(m.id);
      index.set(key, ids);
    }
  }
  return index;
}

/** The one model a candidate names; a spelling several models share names none of them. */
export function lookUpName(index: NameIndex, displayName: string, sourceKey: string): string | null {
  for (const candidate of nameCandidates(displayName, sourceKey)) {
    const ids = index.get(candidate);
    if (ids?.size === 1) return [...ids][0] as string;
  }
  return null;
}

export async function loadNameIndex(tx: Tx): Promise<NameIndex> {
  const models = await tx.model.findMany({
    select: { id: true, slug: true, name: true, aliases: { select: { alias: true } }, redirects: { select: { fromSlug: true } } },
  });
  return buildNameIndex(
    models.map((m) => ({ id: m.id, names: [m.slug, m.name, ...m.aliases.map((a) => a.alias), ...m.redirects.map((r) => r.fromSlug)] })),
  );
}
