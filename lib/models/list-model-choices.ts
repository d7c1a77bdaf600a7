import { getDb, type Db } from "@/lib/db";

export interface ModelChoice {
  slug: string;
  name: string;
  organization: string | null;
}

/** Every model for the picker, by name. One query. */
export async function listModelChoices(db?: Db): Promise<ModelChoice[]> {
  const client = db ?? (await getDb());
  const rows = await client.model.findMany({
    orderBy: { name: "asc" },
    select: { slug: true, name: true, organization: { select: { name: true } } },
  });
  return rows.map((r) => ({ slug: r.slug, name: r.name, organization: r.organization?.name ?? null }));
}
