import type { Db } from "@/lib/db";
import type { LifecycleStage } from "@/lib/db/enums";

export interface LifecycleRow {
  id: string;
  fromStage: LifecycleStage | null;
  toStage: LifecycleStage;
  occurredAt: string;
  note: string;
  sourceUrl: string | null;
  actor: string | null;
}

/** A model's lifecycle steps, newest first, with who recorded each. */
export async function listModelLifecycle(db: Db, slug: string): Promise<LifecycleRow[]> {
  const rows = await db.lifecycleEvent.findMany({
    where: { model: { slug } },
    orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      fromStage: true,
      toStage: true,
      occurredAt: true,
      note: true,
      sourceUrl: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return rows.map(({ actor, occurredAt, ...r }) => ({
    ...r,
    occurredAt: occurredAt.toISOString(),
    actor: actor ? (actor.name ?? actor.email) : null,
  }));
}
