import type { Actor } from "../auth/actor";
import type { Db } from "../db";
import { runMutation } from "../db/run-mutation";
import { NotFoundError } from "../errors";
import { resolveModelSlugs } from "../models/resolve-model-slug";

/** Stops watching a model; notifications already received stay. */
export async function removeWatch(db: Db, actor: Actor, slug: string): Promise<void> {
  const { found } = await resolveModelSlugs([slug], db);
  const model = found.get(slug);
  if (!model) throw new NotFoundError(`No model with the slug ${slug}.`);
  await runMutation(db, actor, async ({ tx }) => {
    const { count } = await tx.watchlistEntry.deleteMany({ where: { userId: actor.userId, modelId: model.id } });
    if (count === 0) throw new NotFoundError(`You are not watching ${slug}.`);
  });
}
