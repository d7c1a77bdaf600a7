import { getDb, type Db, type Prisma } from "@/lib/db";
import { publicClaimSelect } from "./list-public-claims";

const detailSelect = {
  id: true,
  slug: true,
  name: true,
  unit: true,
  modalities: true,
  lifecycleStage: true,
  firstSeenAt: true,
  announcedAt: true,
  description: true,
  websiteUrl: true,
  links: true,
  isDemo: true,
  updatedAt: true,
  organization: { select: { slug: true, name: true } },
  aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
  lifecycle: {
    select: { fromStage: true, toStage: true, occurredAt: true, note: true, sourceUrl: true },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
  },
  claims: { select: publicClaimSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.ModelSelect;

export type ModelDetail = Prisma.ModelGetPayload<{ select: typeof detailSelect }>;

/**
 * Everything the public API tells about one model: header, lifecycle, and its
 * claims with sources and versions. One round of queries (Prisma batches the
 * includes); ratings come from listModelRatingHistory.
 */
export async function getModelDetailOrNull(slug: string, db?: Db): Promise<ModelDetail | null> {
  const client = db ?? (await getDb());
  return client.model.findUnique({ where: { slug }, select: detailSelect });
}
