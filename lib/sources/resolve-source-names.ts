import type { Tx } from "@/lib/db";
import { slugifyName } from "@/lib/catalog/slugify-name";

// Every version of every source compacts the whole catalog's names again: the
// same strings, so each is worked out once (bounded, as names come and go).
const compacted = new Map<string, string>();
const COMPACTED_MAX = 20_000;

/** Case-, accent- and punctuation-insensitive: "Gemini 2.5 Flash", "gemini-2.5-flash" and "GEMINI_2_5_FLASH" meet. */
export function compactName(name: string): string {
  let out = compacted.get(name);
  if (out === undefined) {
    out = slugifyName(name).replace(/-/g, "");
    if (compacted.size >= COMPACTED_MAX) compacted.clear();
    compacted.set(name, out);
  }
  return out;
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

/** A model as name resolution and the contender rule need it. */
export interface CatalogModel {
  id: string;
  slug: string;
  lifecycleStage: string;
  organizationId: string | null;
}

export interface CatalogNames {
  index: NameIndex;
  models: Map<string, CatalogModel>;
}

// The catalog changes far more rarely than sources publish: the last one
// read is kept with its digest, and read again only when the database's
// digest differs.
let last: { digest: string; names: CatalogNames } | null = null;

/**
 * Every model with its spellings (slug, name, aliases, old slugs), as the
 * catalog is in this transaction. One statement digests the catalog (each
 * table's row count and the sum of its rows' 64-bit hashes: any change moves
 * it) and sends the catalog itself only when the digest is not the one
 * already read, so digest and catalog are of the same snapshot.
 */
export async function loadCatalogNames(tx: Tx): Promise<CatalogNames> {
  // Taken once: a concurrent call may replace `last` while this one waits.
  const known = last;
  const [row] = await tx.$queryRaw<{ digest: string; models: string | null; aliases: string | null; redirects: string | null }[]>`
    WITH catalog AS (SELECT concat_ws('|',
      (SELECT count(*) || ':' || coalesce(sum(hashtextextended(ROW("id", "slug", "name", "lifecycleStage", "organizationId")::text, 0)), 0) FROM "Model"),
      (SELECT count(*) || ':' || coalesce(sum(hashtextextended(ROW("modelId", "alias")::text, 0)), 0) FROM "ModelAlias"),
      (SELECT count(*) || ':' || coalesce(sum(hashtextextended(ROW("modelId", "fromSlug")::text, 0)), 0) FROM "SlugRedirect")) AS "digest")
    SELECT "digest",
      CASE WHEN "digest" = ${known?.digest ?? ""} THEN NULL ELSE (SELECT json_agg(json_build_array("id", "slug", "name", "lifecycleStage", "organizationId"))::text FROM "Model") END AS "models",
      CASE WHEN "digest" = ${known?.digest ?? ""} THEN NULL ELSE (SELECT json_agg(json_build_array("modelId", "alias"))::text FROM "ModelAlias") END AS "aliases",
      CASE WHEN "digest" = ${known?.digest ?? ""} THEN NULL ELSE (SELECT json_agg(json_build_array("modelId", "fromSlug"))::text FROM "SlugRedirect") END AS "redirects"
    FROM catalog`;
  if (!row) throw new Error("The catalog could not be read.");
  if (known?.digest === row.digest) return known.names;
  const list = <T>(text: string | null) => (text ? (JSON.parse(text) as T[]) : []);
  const models = list<[string, string, string, string, string | null]>(row.models).map(([id, slug, name, lifecycleStage, organizationId]) => ({
    model: { id, slug, lifecycleStage, organizationId },
    names: [slug, name],
  }));
  const byId = new Map(models.map((m) => [m.model.id, m]));
  for (const [id, name] of [...list<[string, string]>(row.aliases), ...list<[string, string]>(row.redirects)]) byId.get(id)?.names.push(name);
  const names = { index: buildNameIndex(models.map((m) => ({ id: m.model.id, names: m.names }))), models: new Map(models.map((m) => [m.model.id, m.model])) };
  last = { digest: row.digest, names };
  return names;
}
