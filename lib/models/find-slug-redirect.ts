import { getDb, type Db } from "@/lib/db";

/** The current slug for a merged or renamed model's old slug, or null. */
export async function findSlugRedirect(fromSlug: string, db?: Db): Promise<string | null> {
  const client = db ?? (await getDb());
  const row = await client.slugRedirect.findUnique({
    where: { fromSlug },
    select: { model: { select: { slug: true } } },
  });
  // A redirect pointing at itself would loop forever: treat it as absent.
  return row && row.model.slug !== fromSlug ? row.model.slug : null;
}
