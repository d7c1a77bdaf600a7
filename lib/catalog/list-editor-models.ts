import type { Db } from "@/lib/db";
import type { LifecycleStage } from "@/lib/db/enums";

export interface EditorModelRow {
  slug: string;
  name: string;
  organization: string | null;
  lifecycleStage: LifecycleStage;
  claims: number;
  snapshots: number;
  aliases: number;
  provisional: boolean;
  updatedAt: string;
}

/** Every model for the editors' catalog list, owner-less ones (arena entries awaiting a merge) first. */
export async function listEditorModels(db: Db): Promise<EditorModelRow[]> {
  const rows = await db.model.findMany({
    orderBy: [{ name: "asc" }],
    select: {
      slug: true,
      name: true,
      lifecycleStage: true,
      provisional: true,
      updatedAt: true,
      organization: { select: { name: true } },
      _count: { select: { claims: true, snapshots: true, aliases: true } },
    },
  });
  return rows
    .map((m) => ({
      slug: m.slug,
      name: m.name,
      organization: m.organization?.name ?? null,
      lifecycleStage: m.lifecycleStage,
      claims: m._count.claims,
      snapshots: m._count.snapshots,
      aliases: m._count.aliases,
      provisional: m.provisional,
      updatedAt: m.updatedAt.toISOString(),
    }))
    .sort((a, b) => Number(a.organization !== null) - Number(b.organization !== null));
}
