import type { Db, Tx } from "@/lib/db";
import type { ModelRecord } from "./catalog-types";
import { NotFoundError } from "@/lib/errors";

const recordSelect = {
  id: true,
  slug: true,
  name: true,
  organization: { select: { slug: true, name: true } },
  unit: true,
  modalities: true,
  lifecycleStage: true,
  description: true,
  websiteUrl: true,
  links: true,
  firstSeenAt: true,
  announcedAt: true,
  aliases: { select: { id: true, alias: true }, orderBy: { alias: "asc" } },
  version: true,
  updatedAt: true,
} as const;

/** The `links` JSON column, keeping only well-formed entries. */
function linksOf(value: unknown): ModelRecord["links"] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) =>
    typeof v === "object" && v !== null && "url" in v && typeof v.url === "string"
      ? [{ label: "label" in v && typeof v.label === "string" ? v.label : v.url, url: v.url }]
      : [],
  );
}

/** A model as editors see and write it (with its version for If-Match), or null. */
export async function getModelRecord(db: Db | Tx, where: { slug: string } | { id: string }): Promise<ModelRecord | null> {
  const m = await db.model.findUnique({ where, select: recordSelect });
  if (!m) return null;
  return {
    ...m,
    links: linksOf(m.links),
    firstSeenAt: m.firstSeenAt?.toISOString() ?? null,
    announcedAt: m.announcedAt?.toISOString() ?? null,
    updatedAt: m.updatedAt.toISOString(),
  };
}

export async function getModelRecordOrThrow(db: Db | Tx, where: { slug: string } | { id: string }): Promise<ModelRecord> {
  const record = await getModelRecord(db, where);
  if (!record) throw new NotFoundError(`No model ${"slug" in where ? `with the slug "${where.slug}"` : "with that id"}.`);
  return record;
}
